using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>Entry points in the shape of Microsoft.CodeAnalysis.Testing's <c>CSharpCodeFixVerifier</c>, over <see cref="SpeechCodeFixTest"/>.</summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic() => new(AnalyzerDescriptors.Single(new TAnalyzer()));

    public static DiagnosticResult Diagnostic(string id) => new(AnalyzerDescriptors.Find(new TAnalyzer(), id));

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        CSharpAnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(source, expected);

    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        VerifyCodeFixAsync(source, Array.Empty<DiagnosticResult>(), fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource) =>
        VerifyCodeFixAsync(source, new[] { expected }, fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public sealed class Test : SpeechCodeFixTest
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetAnalyzers()
        {
            yield return new TAnalyzer();
        }

        protected override CodeFixProvider GetCodeFixProvider() => new TCodeFix();
    }
}
