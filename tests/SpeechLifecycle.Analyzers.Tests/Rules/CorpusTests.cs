using Microsoft.CodeAnalysis.Diagnostics;
using SpeechLifecycle.Analyzers.Rules;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using SpeechLifecycle.Analyzers.Tests.Verifiers;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

/// <summary>
/// A project the way users write one: a REST batch client, SDK recognition, translation, a training request, generated
/// code and appsettings.json — over 30 usages, good and bad. Every diagnostic of both analyzers is marked; anything
/// else reported, or anything marked and missing, fails.
/// </summary>
public sealed class CorpusTests
{
    private sealed class AllAnalyzersTest : SpeechAnalyzerTest
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetAnalyzers() => new DiagnosticAnalyzer[] { new ModelLifecycleAnalyzer(), new RetiredApiVersionAnalyzer() };
    }

    private const string Eastus = "https://eastus.api.cognitive.microsoft.com";

    [Fact]
    public Task RealisticProject_ReportsExactlyTheExpectedSet()
    {
        var test = new AllAnalyzersTest
        {
            TestCodePath = "Batch/BatchTranscriptionClient.cs",
            TestCode = $$""""
                using System;
                using System.Collections.Generic;
                using System.Net.Http;

                namespace Contoso.Transcription;

                public sealed class EntityReference { public Uri? Self { get; set; } }
                public sealed class TranscriptionRequest { public EntityReference? Model { get; set; } public string Locale { get; set; } = "en-US"; }

                public sealed class BatchTranscriptionClient
                {
                    private const string ApiVersion = "2025-10-15";
                    private readonly string _endpoint = "{{Eastus}}";

                    // Before the migration this called {{Eastus}}/speechtotext/v3.1/models/{{ExpiredCustom}}.
                    public string SubmitUrl => $"{_endpoint}/speechtotext/transcriptions:submit?api-version={ApiVersion}";
                    public string LegacySubmitPath => "{|SPL2002:speechtotext/v3.1|}/transcriptions";
                    public string ModelUrl(string id) => $"{_endpoint}/{|SPL2002:speechtotext/v3.2|}/models/{id}";

                    public object CallCenterBody(string audio) => new
                    {
                        contentUrls = new[] { audio },
                        locale = "en-US",
                        displayName = "Call center batch",
                        model = new { self = "{|SPL1001:{{Eastus}}/speechtotext/models/{{ExpiredCustom}}?api-version=2025-10-15|}" },
                        properties = new { wordLevelTimestampsEnabled = true },
                    };

                    public object FastDefinition() => new { locales = new[] { "en-US" }, model = new { self = "{|SPL1002:{{Eastus}}/speechtotext/models/base/{{ExpiringBase}}?api-version=2025-10-15|}" } };

                    public object HealthyBody() => new { model = new { self = "{{Eastus}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15" } };

                    public TranscriptionRequest Typed() => new()
                    {
                        Model = new EntityReference { Self = new Uri("{|SPL1001:{|SPL2002:{{Eastus}}/speechtotext/v3.1/models/base/{{ExpiredBase}}|}|}") },
                    };

                    public string DocsSample => "{{Eastus}}/speechtotext/models/aaaabbbb-0000-cccc-1111-dddd2222eeee?api-version=2025-10-15";
                    public string Deleted => "{|SPL1007:{{Eastus}}/speechtotext/models/{{MissingModel}}?api-version=2025-10-15|}";
                    public string Unknown => "{|SPL9001:{{Eastus}}/speechtotext/models/{{UnknownModel}}?api-version=2025-10-15|}";
                    public string Legacy => "{|SPL9002:{{Eastus}}/speechtotext/models/{{StaleCustom}}?api-version=2025-10-15|}";
                    public Guid Correlation { get; } = Guid.Parse("{{ExpiredCustom}}");
                    public string Name => nameof(BatchTranscriptionClient);
                    public Dictionary<string, string> Headers { get; } = new() { ["x-correlation"] = "{{ExpiredCustom}}" };
                }
                """",
        }.WithLifecycleData();

        test.Sources.Add(("Realtime/Recognition.cs", $$"""
            using System;
            using Microsoft.CognitiveServices.Speech;
            using Microsoft.CognitiveServices.Speech.Audio;
            using Microsoft.CognitiveServices.Speech.Transcription;

            namespace Contoso.Realtime;

            public sealed class Recognition
            {
                private const string ClaimsEndpoint = {|SPL1005:"{{ExpiredEndpoint}}"|};

                public SpeechRecognizer Claims(string key)
                {
                    var config = SpeechConfig.FromSubscription(key, "eastus");
                    config.SpeechRecognitionLanguage = "en-US";
                    config.EndpointId = {|SPL1005:"{{ExpiredEndpoint}}"|};
                    return new SpeechRecognizer(config, AudioConfig.FromDefaultMicrophoneInput());
                }

                public SpeechRecognizer Support(string key)
                {
                    var config = SpeechConfig.FromSubscription(key, "eastus");
                    return new SpeechRecognizer(config, SourceLanguageConfig.FromLanguage("en-US", {|SPL1006:"{{ExpiringEndpoint}}"|}));
                }

                public SpeechRecognizer Multilingual(string key)
                {
                    var config = SpeechConfig.FromSubscription(key, "eastus");
                    config.SetProperty(PropertyId.SpeechServiceConnection_EndpointId, ClaimsEndpoint);
                    var languages = AutoDetectSourceLanguageConfig.FromSourceLanguageConfigs(new[]
                    {
                        SourceLanguageConfig.FromLanguage("de-DE", "{{HealthyEndpoint}}"),
                        SourceLanguageConfig.FromLanguage("fr-FR", ClaimsEndpoint),
                    });
                    return new SpeechRecognizer(config, languages);
                }

                public SpeechConfig ByUri(string key) =>
                    SpeechConfig.FromEndpoint(new Uri("{|SPL1005:wss://eastus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?cid={{ExpiredEndpoint}}|}"), key);

                public ConversationTranscriber Meetings(string key)
                {
                    var config = SpeechConfig.FromSubscription(key, "eastus");
                    config.EndpointId = "{{HealthyEndpoint}}";
                    return new ConversationTranscriber(config);
                }

                public SpeechSynthesizer Voice(string key)
                {
                    var config = SpeechConfig.FromSubscription(key, "eastus");
                    config.SpeechSynthesisVoiceName = "ContosoBrandNeural";
                    config.EndpointId = "{{VoiceDeployment}}";
                    return new SpeechSynthesizer(config);
                }

                public Guid Session { get; } = Guid.Parse("{{ExpiredEndpoint}}");
            }
            """));

        test.Sources.Add(("Realtime/Translation.cs", $$"""
            using Microsoft.CognitiveServices.Speech;
            using Microsoft.CognitiveServices.Speech.Translation;

            namespace Contoso.Realtime;

            public sealed class Translation
            {
                public TranslationRecognizer Create(string key)
                {
                    var config = SpeechTranslationConfig.FromSubscription(key, "eastus");
                    config.SpeechRecognitionLanguage = "en-US";
                    config.AddTargetLanguage("de");
                    config.EndpointId = {|SPL1006:"{{ExpiringEndpoint}}"|};
                    return new TranslationRecognizer(config);
                }
            }
            """));

        test.Sources.Add(("Training/ModelTraining.cs", $$""""
            using System.Collections.Generic;

            namespace Contoso.Training;

            public sealed class ModelTraining
            {
                public object Retrain(string project, string dataset) => new
                {
                    project = new { self = project },
                    displayName = "Call center 2026-11",
                    locale = "en-US",
                    baseModel = new { self = "{|SPL1003:{{Eastus}}/speechtotext/models/base/{{ExpiredBase}}?api-version=2025-10-15|}" },
                    datasets = new[] { new { self = dataset } },
                };

                public object Claims() => new { locale = "en-US", baseModel = new { self = "{|SPL1004:{{Eastus}}/speechtotext/models/base/{{TrainingClosesSoonBase}}?api-version=2025-10-15|}" } };

                public object Current() => new { locale = "en-US", baseModel = new { self = "{{Eastus}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15" } };

                public string Json => """
                    {
                      "displayName": "Legacy",
                      "baseModel": { "self": "{|SPL1003:{|SPL2002:{{Eastus}}/speechtotext/v3.2/models/base/{{ExpiredBase}}|}|}" }
                    }
                    """;

                public Dictionary<string, object> Dictionary() => new() { ["baseModel"] = "{|SPL1003:{{Eastus}}/speechtotext/models/base/{{ExpiredBase}}?api-version=2025-10-15|}" };
            }
            """"));

        test.Sources.Add(("Generated/SpeechClient.g.cs", $$"""
            // <auto-generated/>
            namespace Contoso.Generated;

            public sealed class SpeechClient
            {
                public string Model => "{{Eastus}}/speechtotext/v3.0/models/{{ExpiredCustom}}";
            }
            """));

        test.AdditionalFiles.Add(TestAdditionalFile.Config($$"""
            {
              "Logging": { "LogLevel": { "Default": "Information" } },
              "Speech": {
                "Region": "eastus",
                "EndpointId": "{|SPL1005:{{ExpiredEndpoint}}|}",
                "CustomModelId": "{|SPL1002:{{ExpiringCustom}}|}",
                "BaseModelId": "{{HealthyBase}}",
                "ModelUri": "{|SPL1001:{|SPL2001:{{Eastus}}/speechtotext/v3.0/models/{{ExpiredCustom}}|}|}",
                "CorrelationId": "{{ExpiredCustom}}",
                "Training": { "baseModel": "{|SPL1003:{{Eastus}}/speechtotext/models/base/{{ExpiredBase}}?api-version=2025-10-15|}" }
              }
            }
            """));
        test.AdditionalFiles.Add(new TestAdditionalFile("notes.json", $$"""{ "EndpointId": "{{ExpiredEndpoint}}" }"""));
        return test.RunAsync();
    }
}
