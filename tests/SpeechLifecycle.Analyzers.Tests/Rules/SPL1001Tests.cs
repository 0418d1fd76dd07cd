using Microsoft.CodeAnalysis;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using SpeechLifecycle.Analyzers.Tests.Verifiers;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

public sealed partial class SPL1001Tests
{
    private const string ExpiredCustomMessage =
        "Speech model 'Call center 2024-07' (en-US) expired for transcription on 2026-07-15, 129 days ago: transcription requests that use it fail with 4xx errors";

    [Fact]
    public Task ExpiredCustomModelInBatchRequest_Triggers()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class BatchClient
                {
                    object Body(string url) => new
                    {
                        contentUrls = new[] { url },
                        locale = "en-US",
                        model = new { self = "{|#0:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}?api-version=2025-10-15|}" },
                    };
                }
                """,
        }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Error)
            .WithMessage(ExpiredCustomMessage)
            .WithProperty(DiagnosticProperties.ReferenceKind, "CustomModel")
            .WithProperty(DiagnosticProperties.IsRequestModelMember, "true")
            .WithProperty(DiagnosticProperties.ReplacementId, HealthyCustom)
            .WithProperty(DiagnosticProperties.ReplacementKind, "CustomModel")
            .WithProperty(DiagnosticProperties.ReplacementName, "Call center 2026-10"));
        return test.RunAsync();
    }

    [Fact]
    public Task ExpiredBaseModelInEntityReference_Triggers_WithNewestBaseAsReplacement()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using System;

                class EntityReference { public Uri? Self { get; set; } }
                class Transcription { public EntityReference? Model { get; set; } public string Locale { get; set; } = ""; }

                class BatchClient
                {
                    Transcription Create() => new Transcription
                    {
                        Locale = "en-US",
                        Model = new EntityReference { Self = new Uri("{|#0:https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/{{ExpiredBase}}|}") },
                    };
                }
                """,
        }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription)
            .WithLocation(0)
            .WithMessage("Speech model '20210831 + Audio file adaptation' (en-US) expired for transcription on 2024-01-15, 1041 days ago: transcription requests that use it fail with 4xx errors")
            .WithProperty(DiagnosticProperties.ReferenceKind, "BaseModel")
            .WithProperty(DiagnosticProperties.IsRequestModelMember, "true")
            .WithProperty(DiagnosticProperties.ReplacementId, HealthyBase)
            .WithProperty(DiagnosticProperties.ReplacementKind, "BaseModel"));
        return test.RunAsync();
    }

    [Fact]
    public Task EveryLiteralKind_Triggers_OnTheExactSpan()
    {
        var uri = $"https://eastus.api.cognitive.microsoft.com/speechtotext/models/{ExpiredCustom}";
        var test = new Verify.Test
        {
            TestCode = $$""""
                class Literals
                {
                    string regular = "{|SPL1001:{{uri}}|}";
                    string verbatim = @"{|SPL1001:{{uri}}|}";
                    string raw = """{|SPL1001:{{uri}}|}""";
                    string multiLine = """
                        see {|SPL1001:{{uri}}|}
                        """;
                    System.ReadOnlySpan<byte> Utf8 => "{|SPL1001:{{uri}}|}"u8;
                    string Interpolated(string version) => $"{|SPL1001:{{uri}}?api-version=|}{version}";
                    string json = "{ \"model\": { \"self\": \"{|SPL1001:{{uri}}|}\" } }";
                    string escaped = "{|SPL1001:https://eastus.api.cognitive.microsoft.com/speechtotext/models/\u0039{{ExpiredCustom.Substring(1)}}|}";
                    string tabbed = "\t\"\x41\U00000041 {|SPL1001:{{uri}}|}";
                    string verbatimJson = @"{ ""model"": { ""self"": ""{|SPL1001:{{uri}}|}"" } }";
                    string RawInterpolated(string locale) => $"""locale: "{locale}", self: "{|SPL1001:{{uri}}|}" """;
                }
                """",
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task EscapedBracesInInterpolations_MapToTheExactSpan()
    {
        var uri = $"https://eastus.api.cognitive.microsoft.com/speechtotext/models/{ExpiredCustom}";
        var test = new Verify.Test
        {
            TestCode = "class C {\n"
                + """  string A(string l) => $"{{ \"locale\": \"{l}\", \"model\": {{ \"self\": \"{|SPL1001:""" + uri + """|}\" }} }}";""" + "\n"
                + """  string B(string l) => $@"{{ ""locale"": ""{l}"", ""self"": ""{|SPL1001:""" + uri + """|}"" }}";""" + "\n"
                + "}\n",
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task ConstantCompletedIntoUri_Triggers_OnTheConstantOnce()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using System;

                static class Models
                {
                    public const string CallCenter = "{|#0:{{ExpiredCustom}}|}";
                    public const string Whisper = "{|#1:{{ExpiredBase}}|}";
                    public const string Unused = "{{ExpiredCustom}}";
                }

                class BatchClient
                {
                    const string Host = "https://eastus.api.cognitive.microsoft.com";

                    Uri Model() => new Uri($"{Host}/speechtotext/models/{Models.CallCenter}?api-version=2025-10-15");
                    string Again(string host) => $"{host}/speechtotext/models/{Models.CallCenter}";
                    Uri Base() => new Uri(Host + "/speechtotext/models/base/" + Models.Whisper);
                    string NotAUri() => $"call-center:{Models.CallCenter}";
                }
                """,
        }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription).WithLocation(0).WithMessage(ExpiredCustomMessage));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription).WithLocation(1));
        return test.RunAsync();
    }

    [Fact]
    public Task ConfigFile_Triggers_OnTheJsonValue()
    {
        var test = new Verify.Test { TestCode = "class C { }" }.WithLifecycleData();
        test.AdditionalFiles.Add(TestAdditionalFile.Config($$"""
            {
              "Transcription": {
                "CustomModelId": "{|#0:{{ExpiredCustom}}|}",
                "ModelUri": "{|#1:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}|}",
                "ModelId": "{|#2:{{ExpiredBase}}|}"
              }
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription).WithLocation(0).WithMessage(ExpiredCustomMessage));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription).WithLocation(1));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription).WithLocation(2));
        return test.RunAsync();
    }

    [Fact]
    public Task OnTheDeadlineDay_Triggers_AsExpiredToday()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string m = "{|#0:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}|}"; }""",
        }.WithLifecycleData(evaluationDate: "2026-07-15");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription).WithLocation(0)
            .WithMessage("Speech model 'Call center 2024-07' (en-US) expired for transcription on 2026-07-15, today: transcription requests that use it fail with 4xx errors"));
        return test.RunAsync();
    }

    [Fact]
    public Task EstimatedDate_SaysSo()
    {
        var snapshot = new SnapshotBuilder().CustomModel(UnknownModel, "Imported 2023", transcription: "2025-10-15", created: "2023-09-01", estimated: true);
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string m = "{|#0:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{UnknownModel}}|}"; }""",
        }.WithLifecycleData(snapshot);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription).WithLocation(0)
            .WithMessage("Speech model 'Imported 2023' (en-US) expired for transcription on 2025-10-15 (estimated), 402 days ago: transcription requests that use it fail with 4xx errors"));
        return test.RunAsync();
    }

    [Fact]
    public Task HealthyModels_DoNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class C
                {
                    string a = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{HealthyCustom}}?api-version=2025-10-15";
                    string b = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15";
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task NotReferences_DoNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using System;

                [AttributeUsage(AttributeTargets.All)]
                sealed class ModelAttribute : Attribute { public ModelAttribute(string uri) { } }

                // Migrated from https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}} in 2025.
                [Model("https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}")]
                class C
                {
                    /// <summary>Was https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}.</summary>
                    Guid order = Guid.Parse("{{ExpiredCustom}}");
                    string id = "{{ExpiredCustom}}";
                    string name = nameof(C);
                    string placeholder = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/aaaabbbb-0000-cccc-1111-dddd2222eeee";
                    string otherService = "https://eastus.api.cognitive.microsoft.com/customvoice/models/{{ExpiredCustom}}";
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Generated/Client.g.cs", $$"""
            // <auto-generated/>
            class GeneratedClient { string model = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}"; }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task WithoutEvaluationDate_DoesNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string m = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}"; }""",
        };
        test.AdditionalFiles.Add(Standard().ToFile());
        return test.RunAsync();
    }

    [Fact]
    public Task MasterSwitchOff_DoesNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string m = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}"; }""",
        }.WithLifecycleData();
        test.GlobalOptions["build_property.SpeechLifecycleEnabled"] = "false";
        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfigSeverity_IsRespected()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string m = "{|#0:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}|}"; }""",
            EditorConfig = "root = true\n\n[*.cs]\ndotnet_diagnostic.SPL1001.severity = warning\n",
        }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning));
        return test.RunAsync();
    }

    [Fact]
    public Task FirstSnapshotWins()
    {
        var renewed = new SnapshotBuilder().CustomModel(ExpiredCustom, "Call center 2024-07", transcription: "2028-01-15", project: CallCenterProject);
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string m = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}"; }""",
        }.WithLifecycleData(renewed);
        test.AdditionalFiles.Add(Standard().ToFile("speech-lifecycle.json"));
        return test.RunAsync();
    }

    [Fact]
    public Task LocalSettingsValues_Trigger_OnTheJsonValue()
    {
        var test = new Verify.Test { TestCode = "class C { }" }.WithLifecycleData();
        test.AdditionalFiles.Add(TestAdditionalFile.Config($$"""
            {
              "IsEncrypted": false,
              "Values": {
                "AzureWebJobsStorage": "UseDevelopmentStorage=true",
                "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
                "AZURE_SPEECH_CUSTOM_MODEL_ID": "{|#0:{{ExpiredCustom}}|}",
                "SPEECH_MODEL_ID": "{|#1:{{ExpiredBase}}|}",
                "SPEECH_BASE_MODEL_ID": "{{HealthyBase}}"
              }
            }
            """, "local.settings.json"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription).WithLocation(0).WithMessage(ExpiredCustomMessage));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription).WithLocation(1));
        return test.RunAsync();
    }

    [Fact]
    public Task LaunchSettingsEnvironmentVariables_Trigger_OnTheJsonValue()
    {
        var test = new Verify.Test { TestCode = "class C { }" }.WithLifecycleData();
        test.AdditionalFiles.Add(TestAdditionalFile.Config($$"""
            {
              "profiles": {
                "http": {
                  "commandName": "Project",
                  "applicationUrl": "http://localhost:5000",
                  "environmentVariables": {
                    "ASPNETCORE_ENVIRONMENT": "Development",
                    "Speech__CustomModelId": "{|#0:{{ExpiredCustom}}|}"
                  }
                },
                "staging": {
                  "commandName": "Project",
                  "environmentVariables": { "Speech:BaseModelId": "{|#1:{{ExpiredBase}}|}" }
                }
              }
            }
            """, "Properties/launchSettings.json"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription).WithLocation(0).WithMessage(ExpiredCustomMessage));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription).WithLocation(1));
        return test.RunAsync();
    }
}
