using Microsoft.CodeAnalysis;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using SpeechLifecycle.Analyzers.Tests.Verifiers;
using SpeechLifecycle.Snapshots;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.RetiredApiVersionAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

public sealed partial class SPL2002Tests
{
    private const string CatalogueSource =
        "retirement announced for 2026-03-31 by Microsoft's migration guides (migrate-2024-11-15.md, migrate-v3-0-to-v3-1.md), while the newest 'Speech to text REST API' page (rest-speech-to-text.md) no longer lists it as retired";

    [Fact]
    public Task CompleteV32Uri_Triggers_WithTheCatalogueSourceAndARewrite()
    {
        return Verify.VerifyAnalyzerAsync(
            $$"""
            class Client
            {
                const string Model = "{|#0:https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/{{HealthyBase}}|}";
            }
            """,
            Verify.Diagnostic(DiagnosticIds.ApiVersionRetirementAnnounced)
                .WithLocation(0)
                .WithSeverity(DiagnosticSeverity.Info)
                .WithMessage($"'speechtotext/v3.2' is a Speech-to-text REST API version whose retirement is announced or uncertain ({CatalogueSource}): move to '/speechtotext/...?api-version=2025-10-15' before requests to it fail")
                .WithProperty(DiagnosticProperties.RewrittenUri, $"https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{HealthyBase}?api-version=2025-10-15"));
    }

    [Fact]
    public Task BasePathsAndConfigValues_Trigger_WithoutRewrite()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class Client
                {
                    string transcriptions = "{|#0:speechtotext/v3.1|}/transcriptions";
                    string Url(string host, string id) => $"{host}{|#1:speechtotext/v3.2|}/models/{id}";
                }
                """,
        };
        test.AdditionalFiles.Add(TestAdditionalFile.Config(
            """
            { "Speech": { "Submit": "https://eastus.api.cognitive.microsoft.com/{|SPL2002:speechtotext/v3.2|}/transcriptions" } }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ApiVersionRetirementAnnounced).WithLocation(0).WithProperty(DiagnosticProperties.RewrittenUri, null));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ApiVersionRetirementAnnounced).WithLocation(1).WithProperty(DiagnosticProperties.RewrittenUri, null));
        return test.RunAsync();
    }

    [Fact]
    public Task VersionTheServiceServes_Triggers_SayingTheServiceServedIt()
    {
        var snapshot = new SnapshotBuilder().ApiVersion(SnapshotBuilder.EastUs, "v3.2", ApiVersionServiceStatus.Served, "2026-11-20");
        var test = new Verify.Test
        {
            TestCode = """class C { string a = "https://eastus.api.cognitive.microsoft.com/{|#0:speechtotext/v3.2|}/transcriptions"; }""",
        }.WithLifecycleData(snapshot);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ApiVersionRetirementAnnounced).WithLocation(0)
            .WithMessage($"'speechtotext/v3.2' is a Speech-to-text REST API version whose retirement is announced or uncertain (the service on eastus.api.cognitive.microsoft.com still served it on 2026-11-20; {CatalogueSource}): move to '/speechtotext/...?api-version=2025-10-15' before requests to it fail"));
        return test.RunAsync();
    }

    [Fact]
    public Task VerdictOfTheNamedHost_WinsOverAnotherResources()
    {
        // westus refused v3.2, eastus serves it: a path on eastus gets eastus's verdict, a path without a host the refusal.
        var snapshot = new SnapshotBuilder()
            .ApiVersion(SnapshotBuilder.EastUs, "v3.2", ApiVersionServiceStatus.Served, "2026-11-20")
            .ApiVersion("westus.api.cognitive.microsoft.com", "v3.2", ApiVersionServiceStatus.Retired, "2026-11-20");
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    string east = "https://eastus.api.cognitive.microsoft.com/{|SPL2002:speechtotext/v3.2|}/transcriptions";
                    string west = "https://westus.api.cognitive.microsoft.com/{|SPL2001:speechtotext/v3.2|}/transcriptions";
                    string bare = "{|SPL2001:speechtotext/v3.2|}/transcriptions";
                }
                """,
        }.WithLifecycleData(snapshot);
        return test.RunAsync();
    }

    [Fact]
    public Task CurrentAndUnknownVersions_DoNotTrigger()
    {
        var snapshot = new SnapshotBuilder().ApiVersion(SnapshotBuilder.EastUs, "v4.0", ApiVersionServiceStatus.Served, "2026-11-20");
        var test = new Verify.Test
        {
            TestCode = $$"""
                class C
                {
                    string a = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{HealthyCustom}}?api-version=2025-10-15";
                    string b = "speechtotext/v4.0/transcriptions";
                    string c = "speechtotext/v9.9/transcriptions";
                }
                """,
        }.WithLifecycleData(snapshot);
        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfigSeverity_IsRespected()
    {
        var test = new Verify.Test
        {
            TestCode = """class C { string a = "{|#0:speechtotext/v3.2|}/transcriptions"; }""",
            EditorConfig = "root = true\n\n[*.cs]\ndotnet_diagnostic.SPL2002.severity = warning\n",
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ApiVersionRetirementAnnounced).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning));
        return test.RunAsync();
    }
}
