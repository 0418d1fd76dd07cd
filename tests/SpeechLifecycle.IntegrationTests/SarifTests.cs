using System.Text.Json;
using SpeechLifecycle.IntegrationTests.Infrastructure;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>`-p:ErrorLog=file%2Cversion=2.1`: the compiler's SARIF log carries the SPL results and their help links.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class SarifTests
{
    private readonly PackedPackage package;

    public SarifTests(PackedPackage package) => this.package = package;

    [Fact]
    public async Task ErrorLog_is_SARIF_2_1_with_SPL_results_and_help_links()
    {
        var workspace = new ConsumerWorkspace(package, "sarif");
        var source = SampleData.ModelsClass(
            "Sarif",
            SampleData.BaseModelUri(SampleData.ExpiredBaseModel),
            SampleData.CustomModelUri(SampleData.ExpiringCustomModel));
        workspace.AddProject("Sarif", new Dictionary<string, string>
        {
            ["Models.cs"] = source,
            ["speech-lifecycle.json"] = package.SampleSnapshot(SampleData.BatchSnapshotSample),
        });
        var log = Path.Combine(workspace.Directory, "sarif.json");

        var result = await workspace.BuildAsync("Sarif", $"-p:ErrorLog={log}%2Cversion=2.1");

        Assert.True(File.Exists(log), result.ToString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(log));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var expired = results.Single(r => r.GetProperty("ruleId").GetString() == "SPL1001");
        Assert.Equal("error", expired.GetProperty("level").GetString());
        var region = expired.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(ConsumerWorkspace.LineOf(source, SampleData.ExpiredBaseModel), region.GetProperty("startLine").GetInt32());
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "SPL1002" && r.GetProperty("level").GetString() == "warning");

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(rule => rule.GetProperty("id").GetString()!, rule => rule.GetProperty("helpUri").GetString()!);
        Assert.EndsWith("docs/rules/SPL1001.md", rules["SPL1001"], StringComparison.Ordinal);
        Assert.EndsWith("docs/rules/SPL1002.md", rules["SPL1002"], StringComparison.Ordinal);
    }
}
