using Microsoft.CodeAnalysis;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using SpeechLifecycle.Analyzers.Tests.Verifiers;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

public sealed partial class SPL1005Tests
{
    private const string Message =
        "Custom endpoint 'Claims line' serves model 'Call center 2024-07' (en-US), which expired for transcription on 2026-07-15, 129 days ago: recognition silently falls back to the latest base model for en-US";

    [Fact]
    public Task EndpointIdAssignment_Triggers()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using Microsoft.CognitiveServices.Speech;

                class Recognition
                {
                    SpeechRecognizer Create(string key)
                    {
                        var config = SpeechConfig.FromSubscription(key, "eastus");
                        config.SpeechRecognitionLanguage = "en-US";
                        config.EndpointId = {|#0:"{{ExpiredEndpoint}}"|};
                        return new SpeechRecognizer(config);
                    }
                }
                """,
        }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.EndpointModelExpired)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Error)
            .WithMessage(Message)
            .WithProperty(DiagnosticProperties.ReferenceKind, "Endpoint")
            .WithProperty(DiagnosticProperties.ReplacementId, null));
        return test.RunAsync();
    }

    [Fact]
    public Task EverySdkShape_Triggers()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using System;
                using Microsoft.CognitiveServices.Speech;
                using Microsoft.CognitiveServices.Speech.Translation;

                class Recognition
                {
                    const string ClaimsEndpoint = {|SPL1005:"{{ExpiredEndpoint}}"|};

                    void Shapes(string key)
                    {
                        var config = SpeechConfig.FromSubscription(key, "eastus");
                        config.SetProperty(PropertyId.SpeechServiceConnection_EndpointId, {|SPL1005:"{{ExpiredEndpoint}}"|});
                        config.EndpointId = ClaimsEndpoint;

                        var sources = new[] { SourceLanguageConfig.FromLanguage("en-US", {|SPL1005:"{{ExpiredEndpoint}}"|}), SourceLanguageConfig.FromLanguage("de-DE", ClaimsEndpoint) };

                        var translation = SpeechTranslationConfig.FromSubscription(key, "eastus");
                        translation.EndpointId = ClaimsEndpoint;

                        var fromUri = SpeechConfig.FromEndpoint(new Uri("{|SPL1005:wss://eastus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?cid={{ExpiredEndpoint}}|}"), key);
                    }

                    string Management => "{|SPL1005:https://eastus.api.cognitive.microsoft.com/speechtotext/endpoints/{{ExpiredEndpoint}}?api-version=2025-10-15|}";
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task ConstantInAnotherFile_Triggers_OnTheConstant()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using Microsoft.CognitiveServices.Speech;

                class Recognition
                {
                    void Claims(SpeechConfig config) => config.EndpointId = SpeechSettings.Claims;
                    void Again(SpeechConfig config) => config.SetProperty(PropertyId.SpeechServiceConnection_EndpointId, SpeechSettings.Claims);
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("SpeechSettings.cs", $$"""
            static class SpeechSettings
            {
                public const string Claims = {|SPL1005:"{{ExpiredEndpoint}}"|};
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task ConfigFileEndpointId_Triggers()
    {
        var test = new Verify.Test { TestCode = "class C { }" }.WithLifecycleData();
        test.AdditionalFiles.Add(TestAdditionalFile.Config($$"""
            {
              "Speech": {
                "Region": "eastus",
                "ClaimsEndpointId": "{|#0:{{ExpiredEndpoint}}|}"
              }
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.EndpointModelExpired).WithLocation(0).WithMessage(Message));
        return test.RunAsync();
    }

    [Fact]
    public Task ConfigFileNonReferences_DoNotTrigger()
    {
        var test = new Verify.Test { TestCode = "class C { }" }.WithLifecycleData();
        test.AdditionalFiles.Add(TestAdditionalFile.Config($$"""
            {
              // The claims endpoint was {{ExpiredEndpoint}} until 2026.
              "Speech": {
                "EndpointId": "aaaabbbb-0000-cccc-1111-dddd2222eeee",
                "SessionId": "{{ExpiredEndpoint}}",
                "Endpoints": [ "{{ExpiredEndpoint}}" ],
                "EndpointIdNote": "see {{ExpiredEndpoint}}"
              }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task CodeBeingTyped_DoesNotTrigger_AndDoesNotThrow()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using Microsoft.CognitiveServices.Speech;

                class Typing
                {
                    void M(SpeechConfig config)
                    {
                        config.EndpointId = {|CS0029:42|};
                        var source = SourceLanguageConfig.{|CS1501:FromLanguage|}("en-US", "{{ExpiredEndpoint}}", "extra");
                        config.SetProperty({|CS1503:"{{ExpiredEndpoint}}"|}, {|CS1503:PropertyId.SpeechServiceConnection_EndpointId|});
                    }
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task SynthesisConfigs_DoNotTrigger()
    {
        // EndpointId on a config used for synthesis is a custom-voice deployment, not a speech-to-text endpoint.
        var test = new Verify.Test
        {
            TestCode = $$"""
                using Microsoft.CognitiveServices.Speech;

                class Voice
                {
                    private readonly SpeechConfig _voiceConfig = SpeechConfig.FromSubscription("key", "eastus");

                    void ByVoiceName()
                    {
                        var config = SpeechConfig.FromSubscription("key", "eastus");
                        config.SpeechSynthesisVoiceName = "ContosoNeural";
                        config.EndpointId = "{{ExpiredEndpoint}}";
                    }

                    void BySynthesizer()
                    {
                        var config = SpeechConfig.FromSubscription("key", "eastus");
                        config.SetProperty(PropertyId.SpeechServiceConnection_EndpointId, "{{ExpiredEndpoint}}");
                        using var synthesizer = new SpeechSynthesizer(config);
                    }

                    void ByField()
                    {
                        _voiceConfig.EndpointId = "{{ExpiredEndpoint}}";
                    }

                    SpeechSynthesizer Speaker() => new SpeechSynthesizer(_voiceConfig);
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task UnrelatedGuidsAndHealthyEndpoints_DoNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using System;
                using Microsoft.CognitiveServices.Speech;

                class Other
                {
                    Guid order = Guid.Parse("{{ExpiredEndpoint}}");
                    string correlation = "{{ExpiredEndpoint}}";

                    void Healthy(SpeechConfig config) => config.EndpointId = "{{HealthyEndpoint}}";
                    void Runtime(SpeechConfig config, string id) => config.EndpointId = id;
                    void OtherProperty(SpeechConfig config) => config.SetProperty(PropertyId.SpeechServiceConnection_Region, "{{ExpiredEndpoint}}");
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task EnvironmentVariableStyleEndpointIds_Trigger()
    {
        var test = new Verify.Test { TestCode = "class C { }" }.WithLifecycleData();
        test.AdditionalFiles.Add(TestAdditionalFile.Config($$"""
            { "Values": { "SPEECH_ENDPOINT_ID": "{|#0:{{ExpiredEndpoint}}|}" } }
            """, "local.settings.json"));
        test.AdditionalFiles.Add(TestAdditionalFile.Config($$"""
            { "profiles": { "App": { "environmentVariables": { "Speech__EndpointId": "{|#1:{{ExpiredEndpoint}}|}" } } } }
            """, "Properties/launchSettings.json"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.EndpointModelExpired).WithLocation(0).WithMessage(Message));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.EndpointModelExpired).WithLocation(1).WithMessage(Message));
        return test.RunAsync();
    }
}
