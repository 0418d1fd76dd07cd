using Microsoft.CodeAnalysis;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using SpeechLifecycle.Analyzers.Tests.Verifiers;
using SpeechLifecycle.Json;
using SpeechLifecycle.Snapshots;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

public sealed partial class SPL9001Tests
{
    private static string ModelUri(string id) => $"https://eastus.api.cognitive.microsoft.com/speechtotext/models/{id}?api-version=2025-10-15";

    [Fact]
    public Task NoEndpointAndNoData_Triggers_AndSaysWhatToDo()
    {
        var test = new Verify.Test { TestCode = $$"""class C { string model = "{|#0:{{ModelUri(UnknownModel)}}|}"; }""" };
        test.GlobalOptions["build_property.SpeechLifecycleEvaluationDate"] = EvaluationDate;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.LifecycleDataUnavailable)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Warning)
            .WithMessage($"No Speech lifecycle data for custom model {UnknownModel}: no Speech endpoint is configured (SpeechLifecycleEndpoint is empty) and no snapshot has it; set SpeechLifecycleEndpoint and the SPEECH_KEY environment variable, or commit a speech-lifecycle.json snapshot"));
        return test.RunAsync();
    }

    [Fact]
    public Task EndpointConfiguredButReferenceMissing_Triggers()
    {
        var test = new Verify.Test { TestCode = $$"""class C { string model = "{|#0:{{ModelUri(UnknownModel)}}|}"; }""" }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.LifecycleDataUnavailable)
            .WithLocation(0)
            .WithMessage($"No Speech lifecycle data for custom model {UnknownModel}: it is not in the lifecycle data; build again so the SpeechLifecycle task looks it up through https://eastus.api.cognitive.microsoft.com, or refresh the committed snapshot with the SpeechLifecycleUpdateSnapshot target"));
        return test.RunAsync();
    }

    [Fact]
    public Task UnavailableEntry_Triggers_WithItsReason()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string model = "{|#0:https://westus.api.cognitive.microsoft.com/speechtotext/models/{{UnavailableModel}}?api-version=2025-10-15|}"; }""",
        }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.LifecycleDataUnavailable)
            .WithLocation(0)
            .WithMessage($"No Speech lifecycle data for custom model {UnavailableModel}: no key is configured for westus.api.cognitive.microsoft.com; set the SPEECH_KEY environment variable, or add a SpeechLifecycleResource item with a KeyVariable for that host"));
        return test.RunAsync();
    }

    [Fact]
    public Task CorruptSnapshot_TriggersOnce_AndNeverThrows()
    {
        var test = new Verify.Test { TestCode = $$"""class C { string a = "{|#1:{{ModelUri(HealthyCustom)}}|}"; string b = "{|#2:{{ModelUri(ExpiredCustom)}}|}"; }""" };
        test.GlobalOptions["build_property.SpeechLifecycleEvaluationDate"] = EvaluationDate;
        const string corrupt = "{ \"formatVersion\": 1, \"entries\": [ { \"kind\": ";
        Assert.False(LifecycleSnapshotReader.TryRead(corrupt, out _, out var error));
        test.AdditionalFiles.Add(TestAdditionalFile.Snapshot("{|#0:|}" + corrupt, "speech-lifecycle.json"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.LifecycleDataUnavailable).WithLocation(0)
            .WithMessage($"No Speech lifecycle data for snapshot file '/0/speech-lifecycle.json': it cannot be read ({error}) and is ignored; regenerate it with the SpeechLifecycleUpdateSnapshot target"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.LifecycleDataUnavailable).WithLocation(1));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.LifecycleDataUnavailable).WithLocation(2));
        return test.RunAsync();
    }

    [Fact]
    public Task MalformedConfigFile_TriggersOnce()
    {
        var test = new Verify.Test { TestCode = "class C { }" }.WithLifecycleData();
        test.AdditionalFiles.Add(TestAdditionalFile.Config($$"""
            {
              "Speech": { "EndpointId": "{{ExpiredEndpoint}}" {|#0:|}"Region": "eastus" }
            }
            """));
        var parseError = Assert.Throws<JsonParseException>(() => JsonParser.Parse(test.AdditionalFiles[^1].Content.Replace("{|#0:|}", string.Empty, StringComparison.Ordinal)));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.LifecycleDataUnavailable).WithLocation(0)
            .WithMessage($"No Speech lifecycle data for config file '/0/appsettings.json': it is not valid JSON ({parseError.Message}), so its Speech references were not checked"));
        return test.RunAsync();
    }

    [Fact]
    public Task ResolvedData_DoesNotTrigger()
    {
        var test = new Verify.Test { TestCode = $$"""class C { string model = "{{ModelUri(HealthyCustom)}}"; }""" }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task PlaceholderIds_DoNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using Microsoft.CognitiveServices.Speech;

                class Docs
                {
                    string a = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/aaaabbbb-0000-cccc-1111-dddd2222eeee?api-version=2025-10-15";
                    string b = "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/00000000-0000-0000-0000-000000000000";
                    void M(SpeechConfig config) => config.EndpointId = "bbbbcccc-1111-dddd-2222-eeee3333ffff";
                }
                """,
        };
        test.GlobalOptions["build_property.SpeechLifecycleEvaluationDate"] = EvaluationDate;
        return test.RunAsync();
    }

    /// <summary>
    /// GUIDs of other services in the files teams keep next to their Speech IDs are not references: a key outside the
    /// convention would otherwise be reported as "no data" (or looked up) here.
    /// </summary>
    [Fact]
    public Task NonSpeechGuidsAndPlaceholdersInLocalAndLaunchSettings_DoNotTrigger()
    {
        var test = new Verify.Test { TestCode = "class C { }" }.WithLifecycleData();
        test.AdditionalFiles.Add(TestAdditionalFile.Config($$"""
            {
              "Values": {
                "AzureWebJobsStorage": "UseDevelopmentStorage=true",
                "APPINSIGHTS_INSTRUMENTATIONKEY": "{{UnknownModel}}",
                "APPLICATIONINSIGHTS_CONNECTION_STRING": "InstrumentationKey={{UnknownModel}};IngestionEndpoint=https://eastus-8.in.applicationinsights.azure.com/",
                "AZURE_CLIENT_ID": "{{UnknownModel}}",
                "AZURE_TENANT_ID": "{{UnknownModel}}",
                "SPEECH_ENDPOINT_ID": "aaaabbbb-0000-cccc-1111-dddd2222eeee",
                "AZURE_SPEECH_CUSTOM_MODEL_ID": "<your-custom-model-id>"
              }
            }
            """, "local.settings.json"));
        test.AdditionalFiles.Add(TestAdditionalFile.Config($$"""
            {
              "profiles": {
                "App": {
                  "environmentVariables": {
                    "ClientId": "{{UnknownModel}}",
                    "TenantId": "{{UnknownModel}}",
                    "SubscriptionId": "{{UnknownModel}}",
                    "Speech__EndpointId": "00000000-0000-0000-0000-000000000000"
                  }
                }
              }
            }
            """, "Properties/launchSettings.json"));
        return test.RunAsync();
    }

    [Fact]
    public Task UnknownIdUnderEnvironmentVariableStyleKey_Triggers()
    {
        var test = new Verify.Test { TestCode = "class C { }" }.WithLifecycleData();
        test.AdditionalFiles.Add(TestAdditionalFile.Config($$"""
            { "Values": { "AZURE_SPEECH_CUSTOM_MODEL_ID": "{|#0:{{UnknownModel}}|}" } }
            """, "local.settings.json"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.LifecycleDataUnavailable).WithLocation(0));
        return test.RunAsync();
    }
}
