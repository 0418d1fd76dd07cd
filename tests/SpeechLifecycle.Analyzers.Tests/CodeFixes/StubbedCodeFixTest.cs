using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SpeechLifecycle.Analyzers.Tests.Verifiers;

namespace SpeechLifecycle.Analyzers.Tests.CodeFixes;

/// <summary>A code-fix test whose diagnostics come from <see cref="ReportingStubAnalyzer"/>.</summary>
internal class StubbedCodeFixTest<TCodeFix> : SpeechCodeFixTest
    where TCodeFix : CodeFixProvider, new()
{
    private readonly ReportingStubAnalyzer _analyzer;

    public StubbedCodeFixTest(string id, string pattern, Func<string, IReadOnlyDictionary<string, string?>?> propertiesFor)
    {
        _analyzer = new ReportingStubAnalyzer(id, pattern, propertiesFor);
        IncludeSpeechSdk = false;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetAnalyzers() => new[] { _analyzer };

    protected override CodeFixProvider GetCodeFixProvider() => new TCodeFix();
}
