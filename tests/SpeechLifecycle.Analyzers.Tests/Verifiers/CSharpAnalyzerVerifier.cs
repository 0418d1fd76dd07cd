using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>Entry points in the shape of Microsoft.CodeAnalysis.Testing's <c>CSharpAnalyzerVerifier</c>.</summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The analyzer's only descriptor; throws when it supports several.</summary>
    public static DiagnosticResult Diagnostic() => new(DescriptorLookup.Single(new TAnalyzer()));

    public static DiagnosticResult Diagnostic(string id) => new(DescriptorLookup.Find(new TAnalyzer(), id));

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public sealed class Test : SpeechAnalyzerTest
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetAnalyzers()
        {
            yield return new TAnalyzer();
        }
    }
}
