using Microsoft.CodeAnalysis;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using SpeechLifecycle.Recognition;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

public sealed partial class SPL1007Tests
{
    [Fact]
    public Task ModelTheServiceDoesNotKnow_Triggers_WithTheDetail()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class BatchClient
                {
                    object Body() => new { model = new { self = "{|#0:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{MissingModel}}?api-version=2025-10-15|}" } };
                }
                """,
        }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ReferenceNotFound)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Warning)
            .WithMessage($"The Speech service does not know custom model {MissingModel} on eastus.api.cognitive.microsoft.com (404): it was deleted, belongs to another resource or region, or is a custom-voice endpoint; Is it a model of another Speech resource? Add that resource as a SpeechLifecycleResource item"));
        return test.RunAsync();
    }

    [Fact]
    public Task EndpointTheServiceDoesNotKnow_Triggers()
    {
        var snapshot = Standard().NotFound(ReferenceKind.Endpoint, UnknownModel);
        var test = new Verify.Test
        {
            TestCode = $$"""
                using Microsoft.CognitiveServices.Speech;

                class Recognition
                {
                    void Configure(SpeechConfig config) => config.EndpointId = {|SPL1007:"{{UnknownModel}}"|};
                }
                """,
        }.WithLifecycleData(snapshot);
        return test.RunAsync();
    }

    [Fact]
    public Task ResolvedModel_DoesNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class BatchClient
                {
                    object Body() => new { model = new { self = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{HealthyCustom}}?api-version=2025-10-15" } };
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }
}
