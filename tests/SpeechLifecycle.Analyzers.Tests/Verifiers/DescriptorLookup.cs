using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

internal static class DescriptorLookup
{
    public static DiagnosticDescriptor Find(DiagnosticAnalyzer analyzer, string id) =>
        analyzer.SupportedDiagnostics.FirstOrDefault(d => d.Id == id)
        ?? throw new VerificationException($"{analyzer.GetType().Name} does not support {id}; it supports {string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id))}.");

    public static DiagnosticDescriptor Single(DiagnosticAnalyzer analyzer)
    {
        var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().ToList();
        return ids.Count == 1
            ? analyzer.SupportedDiagnostics[0]
            : throw new VerificationException($"{analyzer.GetType().Name} supports {string.Join(", ", ids)}: name the ID with Diagnostic(id).");
    }
}
