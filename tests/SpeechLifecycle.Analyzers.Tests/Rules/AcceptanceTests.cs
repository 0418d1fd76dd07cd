using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpeechLifecycle.Analyzers.Rules;
using SpeechLifecycle.Recognition;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

/// <summary>
/// SpeechLifecycleAcceptance: the analyzer appends the acceptance to the message and, while it is active, marks the
/// diagnostic for <see cref="AcceptanceSuppressor"/>. The markup verifier runs analyzers, not suppressors (it asks for
/// unsuppressed diagnostics only), so the suppressor is tested on a plain compilation with CompilationWithAnalyzers
/// and <c>reportSuppressedDiagnostics</c>, the way the compiler runs it.
/// </summary>
public sealed class AcceptanceTests
{
    private const string ExpiredCustomMessage =
        "Speech model 'Call center 2024-07' (en-US) expired for transcription on 2026-07-15, 129 days ago: transcription requests that use it fail with 4xx errors";

    private static readonly string ExpiredCustomUri = $"https://eastus.api.cognitive.microsoft.com/speechtotext/models/{ExpiredCustom}?api-version=2025-10-15";

    private static string Source(string uri) => $$"""
        class Models
        {
            const string Model = "{|#0:{{uri}}|}";
        }
        """;

    [Fact]
    public Task ActiveAcceptance_KeepsTheIdAndSeverity_AppendsTheReason_AndMarksTheDiagnostic()
    {
        var test = new Verify.Test { TestCode = Source(ExpiredCustomUri) }
            .WithLifecycleData(Standard().Acceptance(ReferenceKind.CustomModel, ExpiredCustom, "2027-01-31", "Vendor contract ends in January"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Error)
            .WithMessage(ExpiredCustomMessage + " (accepted until 2027-01-31: Vendor contract ends in January)")
            .WithProperty(DiagnosticProperties.AcceptedUntil, "2027-01-31")
            .WithProperty(DiagnosticProperties.AcceptanceReason, "Vendor contract ends in January"));
        return test.RunAsync();
    }

    [Fact]
    public Task AcceptanceFromItsUntilDate_SaysItEnded()
    {
        var test = new Verify.Test { TestCode = Source(ExpiredCustomUri) }
            .WithLifecycleData(Standard().Acceptance(ReferenceKind.CustomModel, ExpiredCustom, EvaluationDate, "Vendor contract ends in January"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Error)
            .WithMessage(ExpiredCustomMessage + $" (accepted until {EvaluationDate}: Vendor contract ends in January; that acceptance has ended)"));
        return test.RunAsync();
    }

    [Fact]
    public Task AcceptanceOfOtherRulesOrAnotherId_LeavesTheMessageUnchanged()
    {
        var test = new Verify.Test { TestCode = Source(ExpiredCustomUri) }
            .WithLifecycleData(Standard()
                .Acceptance(ReferenceKind.CustomModel, ExpiredCustom, "2027-01-31", "Only the warning", "SPL1002")
                .Acceptance(ReferenceKind.Endpoint, ExpiredEndpoint, "2027-01-31", "Another reference"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription)
            .WithLocation(0)
            .WithMessage(ExpiredCustomMessage));
        return test.RunAsync();
    }

    [Fact]
    public async Task Suppressor_SuppressesWhileActive_AndNotFromTheUntilDate()
    {
        var active = await DiagnosticsAsync(Standard().Acceptance(ReferenceKind.CustomModel, ExpiredCustom, "2027-01-31", "Vendor contract ends in January").ToJson());
        var ended = await DiagnosticsAsync(Standard().Acceptance(ReferenceKind.CustomModel, ExpiredCustom, EvaluationDate, "Vendor contract ends in January").ToJson());
        var none = await DiagnosticsAsync(Standard().ToJson());

        var suppressed = Assert.Single(active, d => d.Id == DiagnosticIds.ModelExpiredForTranscription);
        Assert.True(suppressed.IsSuppressed);
        Assert.Equal(DiagnosticSeverity.Error, suppressed.Severity);
        Assert.Contains("Vendor contract ends in January", suppressed.GetMessage(), StringComparison.Ordinal);
        Assert.False(Assert.Single(ended, d => d.Id == DiagnosticIds.ModelExpiredForTranscription).IsSuppressed);
        Assert.False(Assert.Single(none, d => d.Id == DiagnosticIds.ModelExpiredForTranscription).IsSuppressed);
    }

    [Fact]
    public void Suppressor_HasOneSuppressionPerLifecycleRule_WithAJustification()
    {
        var suppressions = new AcceptanceSuppressor().SupportedSuppressions;

        Assert.Equal(
            new[] { "SPL1001", "SPL1002", "SPL1003", "SPL1004", "SPL1005", "SPL1006", "SPL1007" },
            suppressions.Select(s => s.SuppressedDiagnosticId));
        Assert.All(suppressions, s => Assert.Equal("SPLS" + s.SuppressedDiagnosticId.Substring(3), s.Id));
        Assert.All(suppressions, s => Assert.Contains("SpeechLifecycleAcceptance", s.Justification.ToString(), StringComparison.Ordinal));
    }

    /// <summary>The compiler's view: both the analyzer and the suppressor, suppressed diagnostics included.</summary>
    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string snapshotJson)
    {
        var source = Source(ExpiredCustomUri).Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal);
        var compilation = CSharpCompilation.Create(
            "Accepted",
            new[] { CSharpSyntaxTree.ParseText(source, path: "/0/Models.cs") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var snapshot = new InMemoryText("/0/obj/speech-lifecycle.g.json", snapshotJson);
        var options = new AnalyzerOptions(
            ImmutableArray.Create<AdditionalText>(snapshot),
            new Options(
                new Dictionary<string, string>
                {
                    ["build_property.SpeechLifecycleEvaluationDate"] = EvaluationDate,
                    ["build_property.SpeechLifecycleEndpoint"] = "https://eastus.api.cognitive.microsoft.com",
                },
                new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SpeechLifecycleKind"] = "Snapshot" }));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new ModelLifecycleAnalyzer(), new AcceptanceSuppressor()),
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptions _global;
        private readonly AnalyzerConfigOptions _additionalFile;

        public Options(Dictionary<string, string> global, Dictionary<string, string> additionalFile)
        {
            _global = new Values(global);
            _additionalFile = new Values(additionalFile);
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _additionalFile;
    }

    private sealed class Values : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Values(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
