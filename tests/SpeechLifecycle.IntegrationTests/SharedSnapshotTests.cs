using System.Text.RegularExpressions;
using SpeechLifecycle.Emulator;
using SpeechLifecycle.IntegrationTests.Infrastructure;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>
/// A repository of several projects sharing one committed snapshot (Directory.Build.props sets SpeechLifecycleSnapshot):
/// updated live over the whole solution with -m, then an offline build sees exactly what the live build saw.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class SharedSnapshotTests
{
    /// <summary>Endpoint "Contoso call center (2024-05 model)": serves <see cref="SampleData.ExpiredCustomModel"/>.</summary>
    private const string EndpointServingExpiredModel = "8403fae2-354d-4000-afc9-10112fc90c3c";

    /// <summary>de-DE base model "20250620", healthy, referenced by Alpha only.</summary>
    private const string AlphaOnlyModel = "33c138f4-d027-473a-8229-87ff79da6ae6";

    private readonly PackedPackage package;

    public SharedSnapshotTests(PackedPackage package) => this.package = package;

    [Fact]
    public async Task Solution_update_with_m_leaves_the_union_offline_builds_match_live_and_updates_replace_only_their_project()
    {
        await using var emulator = await SpeechEmulator.StartAsync(new EmulatorOptions
        {
            DataFile = Path.Combine(package.RepositoryRoot, "src", "SpeechLifecycle.Emulator", "data", "sample-data.json"),
        });
        var workspace = new ConsumerWorkspace(package, "organisation");
        var snapshot = Path.Combine(workspace.Directory, "speech-lifecycle.json");
        File.WriteAllText(Path.Combine(workspace.Directory, "Directory.Build.props"), """
            <Project>
              <PropertyGroup>
                <SpeechLifecycleSnapshot>$(MSBuildThisFileDirectory)speech-lifecycle.json</SpeechLifecycleSnapshot>
              </PropertyGroup>
            </Project>
            """);
        var alpha = SampleData.ModelsClass("Alpha", SampleData.CustomModelUri(SampleData.ExpiredCustomModel), SampleData.BaseModelUri(AlphaOnlyModel));
        workspace.AddProject("Alpha", new Dictionary<string, string> { ["Models.cs"] = alpha });
        workspace.AddProject("Beta", new Dictionary<string, string>
        {
            ["Models.cs"] = SampleData.ModelsClass("Beta", SampleData.CustomModelUri(SampleData.ExpiringCustomModel), SampleData.BaseModelUri(SampleData.ExpiredBaseModel)),
        });
        workspace.AddProject("Gamma", new Dictionary<string, string>
        {
            ["Models.cs"] = SampleData.ModelsClass(
                "Gamma",
                $"wss://eastus.stt.speech.microsoft.com/stt/speech/universal/v2?cid={EndpointServingExpiredModel}",
                SampleData.BaseModelUri(SampleData.HealthyBaseModel)),
        });
        File.WriteAllText(Path.Combine(workspace.Directory, "Organisation.slnx"), """
            <Solution>
              <Project Path="Alpha/Alpha.csproj" />
              <Project Path="Beta/Beta.csproj" />
              <Project Path="Gamma/Gamma.csproj" />
            </Solution>
            """);
        var key = new Dictionary<string, string?> { ["SPEECH_KEY"] = "emulator-key" };
        var endpoint = $"-p:SpeechLifecycleEndpoint={emulator.BaseAddress}";
        var liveCache = $"-p:SpeechLifecycleCacheDirectory={Path.Combine(workspace.Directory, "cache-live")}";

        var live = await workspace.DotnetAsync(key, "build", "Organisation.slnx", "--no-incremental", "-nologo", "-m", endpoint, liveCache);
        var update = await workspace.DotnetAsync(key, "msbuild", "Organisation.slnx", "-restore", "-m", "-nologo", "-t:SpeechLifecycleUpdateSnapshot", endpoint, liveCache);
        var firstBytes = File.ReadAllBytes(snapshot);
        var again = await workspace.DotnetAsync(key, "msbuild", "Organisation.slnx", "-nologo", "-t:SpeechLifecycleUpdateSnapshot", endpoint, liveCache);
        var secondBytes = File.ReadAllBytes(snapshot);

        // CI: no endpoint, no key, an empty cache: the committed snapshot is all there is.
        var offline = await workspace.DotnetAsync(
            "build", "Organisation.slnx", "--no-incremental", "-nologo", "-m", $"-p:SpeechLifecycleCacheDirectory={Path.Combine(workspace.Directory, "cache-ci")}");

        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        var liveDiagnostics = Lifecycle(live);
        Assert.Contains(liveDiagnostics, d => d is { Id: "SPL1001", Severity: "error" } && d.Project.EndsWith("Alpha.csproj", StringComparison.Ordinal));
        Assert.Contains(liveDiagnostics, d => d is { Id: "SPL1005", Severity: "error" } && d.Project.EndsWith("Gamma.csproj", StringComparison.Ordinal));
        Assert.Contains(liveDiagnostics, d => d is { Id: "SPL1002", Severity: "warning" } && d.Project.EndsWith("Beta.csproj", StringComparison.Ordinal));
        Assert.DoesNotContain(liveDiagnostics, d => d.Id.StartsWith("SPL9", StringComparison.Ordinal));
        Assert.Equal(Describe(liveDiagnostics), Describe(Lifecycle(offline)));
        Assert.Equal(firstBytes, secondBytes);
        var committed = File.ReadAllText(snapshot);
        Assert.DoesNotContain("emulator-key", committed, StringComparison.Ordinal);
        Assert.Contains("\"Alpha/Alpha.csproj\"", committed, StringComparison.Ordinal);
        Assert.Contains("\"Gamma/Gamma.csproj\"", committed, StringComparison.Ordinal);

        // Alpha drops its only-Alpha model; updating Alpha alone removes that entry and keeps Beta's and Gamma's.
        File.WriteAllText(Path.Combine(workspace.Directory, "Alpha", "Models.cs"), SampleData.ModelsClass("Alpha", SampleData.CustomModelUri(SampleData.ExpiredCustomModel)));
        var single = await workspace.DotnetAsync(key, "msbuild", Path.Combine("Alpha", "Alpha.csproj"), "-nologo", "-t:SpeechLifecycleUpdateSnapshot", endpoint, liveCache);

        Assert.True(single.ExitCode == 0, single.ToString());
        var entries = EntriesOf(File.ReadAllText(snapshot));
        Assert.DoesNotContain(AlphaOnlyModel, entries);
        foreach (var id in new[] { SampleData.ExpiredCustomModel, SampleData.ExpiringCustomModel, SampleData.ExpiredBaseModel, EndpointServingExpiredModel, SampleData.HealthyBaseModel })
        {
            Assert.Contains(id, entries);
        }
    }

    /// <summary>The lifecycle diagnostics of a build (SPL rules, not SPLT task messages).</summary>
    private static List<BuildDiagnostic> Lifecycle(ProcessResult result) =>
        BuildDiagnostic.Parse(result.Output).Where(d => Regex.IsMatch(d.Id, "^SPL[0-9]")).ToList();

    /// <summary>Per project and line, in a fixed order: what "the same diagnostics" means.</summary>
    private static List<string> Describe(IEnumerable<BuildDiagnostic> diagnostics) =>
        diagnostics
            .Select(d => $"{Path.GetFileName(d.Project)} {Path.GetFileName(d.File)}({d.Line}) {d.Severity} {d.Id}: {d.Message}")
            .Distinct()
            .OrderBy(text => text, StringComparer.Ordinal)
            .ToList();

    /// <summary>The IDs in the snapshot's "entries" array (not the candidates).</summary>
    private static HashSet<string> EntriesOf(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
    }
}
