using System.Text.Json;
using SpeechLifecycle.IntegrationTests.Infrastructure;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>
/// SpeechLifecycleAcceptance in a real build: before Until the expired model does not fail the build and SARIF lists
/// the SPL1001 result as suppressed with the reason; from Until on (SpeechLifecycleAsOf) the build fails with SPL1001.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class AcceptanceTests
{
    private const string Reason = "Migration to the 2026 base model ships in sprint 12";

    private readonly PackedPackage package;

    public AcceptanceTests(PackedPackage package) => this.package = package;

    [Fact]
    public async Task Before_Until_the_build_passes_with_a_suppressed_SARIF_result_and_from_Until_it_fails_with_SPL1001()
    {
        var workspace = new ConsumerWorkspace(package, "acceptance");
        var uri = SampleData.BaseModelUri(SampleData.ExpiredBaseModel);
        var source = SampleData.ModelsClass("Accepted", uri);
        workspace.AddProject(
            "Accepted",
            new Dictionary<string, string>
            {
                ["Models.cs"] = source,
                ["speech-lifecycle.json"] = package.SampleSnapshot(SampleData.BatchSnapshotSample),
            },
            extraProjectContent: $"""
                <ItemGroup>
                  <SpeechLifecycleAcceptance Include="{uri}" Until="2026-11-22" Reason="{Reason}" Rules="SPL1001" />
                </ItemGroup>
                """);
        var log = Path.Combine(workspace.Directory, "accepted.sarif");

        var before = await workspace.BuildAsync("Accepted", $"-p:ErrorLog={log}%2Cversion=2.1");
        var after = await workspace.BuildAsync("Accepted", "-p:SpeechLifecycleAsOf=2026-11-22");

        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.DoesNotContain(BuildDiagnostic.Parse(before.Output), d => d.Id == "SPL1001");
        using var sarif = JsonDocument.Parse(File.ReadAllText(log));
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "SPL1001");
        Assert.Contains($"(accepted until 2026-11-22: {Reason})", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        // The compiler's SARIF logger has no top-level "justification" for suppressor suppressions: it writes the
        // suppression ID and the descriptor's fixed justification into properties.suppressionType.
        var suppressionType = suppression.GetProperty("properties").GetProperty("suppressionType").GetString();
        Assert.Contains("Suppression Id: SPLS1001", suppressionType, StringComparison.Ordinal);
        Assert.Contains("SpeechLifecycleAcceptance", suppressionType, StringComparison.Ordinal);

        Assert.NotEqual(0, after.ExitCode);
        var error = Assert.Single(BuildDiagnostic.Parse(after.Output), d => d.Id == "SPL1001");
        Assert.Equal("error", error.Severity);
        Assert.Equal(ConsumerWorkspace.LineOf(source, SampleData.ExpiredBaseModel), error.Line);
        Assert.Contains($"(accepted until 2026-11-22: {Reason}; that acceptance has ended)", error.Message, StringComparison.Ordinal);
    }
}
