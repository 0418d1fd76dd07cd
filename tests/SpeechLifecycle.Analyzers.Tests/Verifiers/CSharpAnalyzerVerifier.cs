using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>Entry points in the shape of Microsoft.CodeAnalysis.Testing's <c>CSharpAnalyzerVerifier</c>, over <see cref="SpeechAnalyzerTest"/>.</summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The analyzer's only descriptor; throws when it supports several.</summary>
    public static DiagnosticResult Diagnostic() => new(AnalyzerDescriptors.Single(new TAnalyzer()));

    public static DiagnosticResult Diagnostic(string id) => new(AnalyzerDescriptors.Find(new TAnalyzer(), id));

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

internal static class AnalyzerDescriptors
{
    public static DiagnosticDescriptor Find(DiagnosticAnalyzer analyzer, string id) =>
        analyzer.SupportedDiagnostics.FirstOrDefault(d => d.Id == id)
        ?? throw new InvalidOperationException($"{analyzer.GetType().Name} does not support {id}; it supports {string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id))}.");

    public static DiagnosticDescriptor Single(DiagnosticAnalyzer analyzer)
    {
        var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().ToList();
        return ids.Count == 1
            ? analyzer.SupportedDiagnostics[0]
            : throw new InvalidOperationException($"{analyzer.GetType().Name} supports {string.Join(", ", ids)}: name the ID with Diagnostic(id).");
    }
}
