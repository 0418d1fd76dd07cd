using Microsoft.CodeAnalysis;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

public sealed partial class SPL1006Tests
{
    [Fact]
    public Task EndpointWhoseModelExpiresSoon_Triggers()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using Microsoft.CognitiveServices.Speech;
                using Microsoft.CognitiveServices.Speech.Transcription;

                class Meetings
                {
                    ConversationTranscriber Create(string key)
                    {
                        var config = SpeechConfig.FromSubscription(key, "eastus");
                        config.EndpointId = {|#0:"{{ExpiringEndpoint}}"|};
                        return new ConversationTranscriber(config);
                    }
                }
                """,
        }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.EndpointModelExpiresSoon)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Warning)
            .WithMessage("Custom endpoint 'Support line' serves model 'Call center 2025-01' (en-US), which expires for transcription on 2027-01-15, in 55 days: after that, recognition silently falls back to the latest base model for en-US"));
        return test.RunAsync();
    }

    [Fact]
    public Task HealthyEndpoint_DoesNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using Microsoft.CognitiveServices.Speech;

                class Sales
                {
                    SourceLanguageConfig Source() => SourceLanguageConfig.FromLanguage("en-US", "{{HealthyEndpoint}}");
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task NarrowerWindow_DoesNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using Microsoft.CognitiveServices.Speech;

                class Support
                {
                    void Configure(SpeechConfig config) => config.EndpointId = "{{ExpiringEndpoint}}";
                }
                """,
        }.WithLifecycleData();
        test.GlobalOptions["build_property.SpeechLifecycleWarningDays"] = "30";
        return test.RunAsync();
    }
}
