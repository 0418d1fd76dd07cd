using Microsoft.CodeAnalysis;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

public sealed partial class SPL1004Tests
{
    private static readonly string ClosingBaseUri = $"https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{TrainingClosesSoonBase}?api-version=2025-10-15";

    [Fact]
    public Task BaseModelWhoseTrainingWindowCloses_Triggers()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class Training
                {
                    object Request() => new { displayName = "Claims", locale = "en-US", baseModel = new { self = "{|#0:{{ClosingBaseUri}}|}" } };
                }
                """,
        }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.BaseModelTrainingClosesSoon)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Warning)
            .WithMessage("Base model '20241218' (en-US) stops accepting training on 2027-01-10, in 50 days: after that, custom models cannot be trained on it")
            .WithProperty(DiagnosticProperties.ReplacementId, HealthyBase));
        return test.RunAsync();
    }

    [Fact]
    public Task SameModelUsedForTranscription_DoesNotTrigger()
    {
        // Its transcription date is 2028: only the training route is closing.
        var test = new Verify.Test
        {
            TestCode = $$"""class Batch { object Body() => new { model = new { self = "{{ClosingBaseUri}}" } }; }""",
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task NarrowerWindow_DoesNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""class Training { object Request() => new { baseModel = new { self = "{{ClosingBaseUri}}" } }; }""",
            EditorConfig = "root = true\n\n[*.cs]\nspeech_lifecycle.warning_days = 30\n",
        }.WithLifecycleData();
        return test.RunAsync();
    }
}
