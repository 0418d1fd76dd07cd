using Microsoft.CodeAnalysis;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

public sealed partial class SPL9002Tests
{
    [Fact]
    public Task StaleData_Triggers()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string model = "{|#0:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{StaleCustom}}|}"; }""",
        }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.LifecycleDataStale)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Info)
            .WithMessage("Speech lifecycle data for custom model 'Legacy 2023' is stale (fetched at an unknown time): refreshing it from the Speech service failed, so older data was used"));
        return test.RunAsync();
    }

    [Fact]
    public Task StaleData_IsReportedBesideTheDateVerdict()
    {
        var snapshot = new SnapshotBuilder().BaseModel(ExpiredBase, "20210831 + Audio file adaptation", adaptation: "2023-01-15", transcription: "2024-01-15", stale: true, fetchedAt: "2026-10-01");
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string model = "{|#0:https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/{{ExpiredBase}}|}"; }""",
        }.WithLifecycleData(snapshot);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.LifecycleDataStale).WithLocation(0)
            .WithMessage("Speech lifecycle data for base model '20210831 + Audio file adaptation' is stale (fetched on 2026-10-01): refreshing it from the Speech service failed, so older data was used"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiredForTranscription).WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task FreshData_DoesNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string model = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{HealthyCustom}}"; }""",
        }.WithLifecycleData();
        return test.RunAsync();
    }
}
