using Microsoft.CodeAnalysis;
using SpeechLifecycle.Analyzers.Rules;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using SpeechLifecycle.Analyzers.Tests.Verifiers;
using SpeechLifecycle.Snapshots;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.RetiredApiVersionAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

public sealed partial class SPL2001Tests
{
    [Fact]
    public Task CompleteV3Uri_Triggers_WithRewrite()
    {
        return Verify.VerifyAnalyzerAsync(
            $$"""
            class Client
            {
                const string Model = "{|#0:https://eastus.api.cognitive.microsoft.com/speechtotext/v3.0/models/base/{{ExpiredBase}}|}";
            }
            """,
            Verify.Diagnostic(DiagnosticIds.RetiredApiVersion)
                .WithLocation(0)
                .WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("'speechtotext/v3.0' is a retired Speech-to-text REST API version (retired on 2026-03-31 per Microsoft's 'Speech to text REST API' page (rest-speech-to-text.md)): requests to it fail; use '/speechtotext/...?api-version=2025-10-15'")
                .WithProperty(DiagnosticProperties.RewrittenUri, $"https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{ExpiredBase}?api-version=2025-10-15"));
    }

    [Fact]
    public Task BasePath_Triggers_WithoutRewrite()
    {
        return Verify.VerifyAnalyzerAsync(
            """
            class Client
            {
                string transcriptions = "{|#0:speechtotext/v3.0|}/transcriptions";
                string host = "https://eastus.api.cognitive.microsoft.com/";
                string Url(string id) => $"{host}{|#1:speechtotext/v3.2-preview.2|}/models/{id}";
            }
            """,
            Verify.Diagnostic(DiagnosticIds.RetiredApiVersion).WithLocation(0).WithProperty(DiagnosticProperties.RewrittenUri, null),
            Verify.Diagnostic(DiagnosticIds.RetiredApiVersion).WithLocation(1).WithProperty(DiagnosticProperties.RewrittenUri, null)
                .WithMessage("'speechtotext/v3.2-preview.2' is a retired Speech-to-text REST API version (retired on 2026-03-31 per Microsoft's 'Speech to text REST API' page (rest-speech-to-text.md)): requests to it fail; use '/speechtotext/...?api-version=2025-10-15'"));
    }

    [Fact]
    public Task EveryLiteralKind_Triggers()
    {
        return Verify.VerifyAnalyzerAsync(
            $$""""
            class Client
            {
                string regular = "{|SPL2001:https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/models/{{ExpiredCustom}}|}";
                string verbatim = @"{|SPL2001:https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/models/{{ExpiredCustom}}|}";
                string raw = """{|SPL2001:https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/models/{{ExpiredCustom}}|}""";
                System.ReadOnlySpan<byte> Utf8 => "{|SPL2001:https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/models/{{ExpiredCustom}}|}"u8;
                string json = "{ \"model\": { \"self\": \"{|SPL2001:https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/models/{{ExpiredCustom}}|}\" } }";
                string escaped = "{|SPL2001:https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/models/\u0039{{ExpiredCustom.Substring(1)}}|}";
            }
            """");
    }

    [Fact]
    public Task JsonConfigValue_Triggers()
    {
        var test = new Verify.Test { TestCode = "class C { }" };
        test.AdditionalFiles.Add(TestAdditionalFile.Config(
            $$"""
            {
              "Speech": {
                "TranscriptionsUrl": "https://eastus.api.cognitive.microsoft.com/{|SPL2001:speechtotext/v3.0|}/transcriptions",
                "ModelUrl": "{|SPL2001:https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2-preview.1/models/{{HealthyCustom}}|}",
                "Current": "https://eastus.api.cognitive.microsoft.com/speechtotext/transcriptions:submit?api-version=2025-10-15"
              }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task RetiredFamilies_Trigger_WithTheirSource()
    {
        return Verify.VerifyAnalyzerAsync(
            $$"""
            class Client
            {
                string v2 = "https://westus.cris.ai/api/{|#0:speechtotext/v2.0|}/transcriptions";
                string preview = "{|#1:speechtotext/v3.1-preview.1|}/models";
            }
            """,
            Verify.Diagnostic(DiagnosticIds.RetiredApiVersion).WithLocation(0)
                .WithMessage("'speechtotext/v2.0' is a retired Speech-to-text REST API version (retired per Microsoft's docs: the v2 API of the cris.ai era was replaced by v3.0, and the 'Speech to text REST API' page (rest-speech-to-text.md) no longer documents it): requests to it fail; use '/speechtotext/...?api-version=2025-10-15'"),
            Verify.Diagnostic(DiagnosticIds.RetiredApiVersion).WithLocation(1));
    }

    [Fact]
    public Task AnnouncedVersionsOffline_DoNotTriggerSPL2001()
    {
        // v3.1 and v3.2: Microsoft's newest page no longer lists them as retired, so without a resource's answer they
        // get SPL2002, never SPL2001's "requests fail".
        return Verify.VerifyAnalyzerAsync(
            $$"""
            class Client
            {
                string a = "{|SPL2002:https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/{{HealthyCustom}}|}";
                string b = "{|SPL2002:speechtotext/v3.1|}/transcriptions";
            }
            """);
    }

    [Fact]
    public Task VersionTheServiceRefused_Triggers_SayingTheServiceSaidSo()
    {
        var snapshot = new SnapshotBuilder().ApiVersion(SnapshotBuilder.EastUs, "v3.2", ApiVersionServiceStatus.Retired, "2026-11-20");
        var test = new Verify.Test
        {
            TestCode = $$"""
                class Client
                {
                    string model = "{|#0:https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/{{HealthyCustom}}|}";
                    string path = "{|#1:speechtotext/v3.2|}/transcriptions";
                }
                """,
        }.WithLifecycleData(snapshot);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.RetiredApiVersion).WithLocation(0)
            .WithMessage("'speechtotext/v3.2' is a retired Speech-to-text REST API version (the service on eastus.api.cognitive.microsoft.com refused it on 2026-11-20): requests to it fail; use '/speechtotext/...?api-version=2025-10-15'")
            .WithProperty(DiagnosticProperties.RewrittenUri, $"https://eastus.api.cognitive.microsoft.com/speechtotext/models/{HealthyCustom}?api-version=2025-10-15"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.RetiredApiVersion).WithLocation(1));
        return test.RunAsync();
    }

    [Fact]
    public Task RetiredVersionTheServiceStillServes_DoesNotTriggerSPL2001()
    {
        // A version a resource answers is not failing, whatever the docs say: SPL2002, naming both sources.
        var snapshot = new SnapshotBuilder().ApiVersion(SnapshotBuilder.EastUs, "v3.0", ApiVersionServiceStatus.Served, "2026-11-20");
        var test = new Verify.Test
        {
            TestCode = """class C { string a = "https://eastus.api.cognitive.microsoft.com/{|#0:speechtotext/v3.0|}/transcriptions"; }""",
        }.WithLifecycleData(snapshot);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ApiVersionRetirementAnnounced).WithLocation(0)
            .WithMessage("'speechtotext/v3.0' is a Speech-to-text REST API version whose retirement is announced or uncertain (the service on eastus.api.cognitive.microsoft.com still served it on 2026-11-20; retired on 2026-03-31 per Microsoft's 'Speech to text REST API' page (rest-speech-to-text.md)): move to '/speechtotext/...?api-version=2025-10-15' before requests to it fail"));
        return test.RunAsync();
    }

    [Fact]
    public Task UnknownVersionTheServiceRefused_Triggers()
    {
        var snapshot = new SnapshotBuilder().ApiVersion(SnapshotBuilder.EastUs, "v3.3", ApiVersionServiceStatus.Retired, "2026-11-20");
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    string a = "{|SPL2001:speechtotext/v3.3|}/transcriptions";
                    string b = "speechtotext/v4.0/transcriptions";
                }
                """,
        }.WithLifecycleData(snapshot);
        return test.RunAsync();
    }

    [Fact]
    public Task CurrentApiVersions_DoNotTrigger()
    {
        return Verify.VerifyAnalyzerAsync(
            $$"""
            class Client
            {
                string a = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{{ExpiredBase}}?api-version=2025-10-15";
                string b = "https://eastus.api.cognitive.microsoft.com/speechtotext/transcriptions:submit?api-version=2024-11-15";
                string c = "speechtotext/models";
                // "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.0/models" in a comment is not code.
                string d = nameof(Client);
            }
            """);
    }

    [Fact]
    public Task GeneratedCodeAndAttributes_DoNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = """
                [System.Obsolete("Moved off speechtotext/v3.0 in 2026")]
                class Client { }
                """,
        };
        test.Sources.Add(("Generated/Client.g.cs", """
            // <auto-generated/>
            class GeneratedClient { string url = "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.0/transcriptions"; }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task MasterSwitchOff_DoesNotTrigger()
    {
        var test = new Verify.Test { TestCode = """class C { string a = "speechtotext/v3.0/transcriptions"; }""" };
        test.GlobalOptions["build_property.SpeechLifecycleEnabled"] = "false";
        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfigSeverity_IsRespected()
    {
        var test = new Verify.Test
        {
            TestCode = """class C { string a = "{|#0:speechtotext/v3.0|}/transcriptions"; }""",
            EditorConfig = "root = true\n\n[*.cs]\ndotnet_diagnostic.SPL2001.severity = error\n",
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.RetiredApiVersion).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
        return test.RunAsync();
    }
}
