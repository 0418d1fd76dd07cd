using SpeechLifecycle.Emulator;
using SpeechLifecycle.IntegrationTests.Infrastructure;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>A real build against the local Speech emulator: lifecycle data from the service, then from the cache.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class LiveServiceTests
{
    /// <summary>Endpoint "Contoso call center (2024-05 model)": its deployed custom model expired on 2026-07-15.</summary>
    private const string EndpointServingExpiredModel = "8403fae2-354d-4000-afc9-10112fc90c3c";

    /// <summary>A custom model the service does not know (404).</summary>
    private const string UnknownCustomModel = "0d6f4f7e-3c1a-4f5e-9b2d-7a8c9e0f1b2c";

    private readonly PackedPackage package;

    public LiveServiceTests(PackedPackage package) => this.package = package;

    [Fact]
    public async Task Build_reads_lifecycle_from_the_service_and_a_second_build_makes_no_request()
    {
        await using var emulator = await SpeechEmulator.StartAsync(new EmulatorOptions
        {
            DataFile = Path.Combine(package.RepositoryRoot, "src", "SpeechLifecycle.Emulator", "data", "sample-data.json"),
        });
        var workspace = new ConsumerWorkspace(package, "live");
        var source = SampleData.ModelsClass(
            "Live",
            SampleData.BaseModelUri(SampleData.ExpiredBaseModel),
            SampleData.CustomModelUri(SampleData.ExpiringCustomModel),
            $"wss://eastus.stt.speech.microsoft.com/stt/speech/universal/v2?cid={EndpointServingExpiredModel}",
            SampleData.CustomModelUri(UnknownCustomModel),
            SampleData.BaseModelUri(SampleData.HealthyBaseModel));
        workspace.AddProject("Live", new Dictionary<string, string> { ["Models.cs"] = source });
        var cache = Path.Combine(workspace.Directory, "cache");
        var key = new Dictionary<string, string?> { ["SPEECH_KEY"] = "emulator-key" };
        string[] build =
        [
            "build", "Live", "--no-incremental", "-nologo",
            $"-p:SpeechLifecycleEndpoint={emulator.BaseAddress}", $"-p:SpeechLifecycleCacheDirectory={cache}",
        ];

        var first = await workspace.DotnetAsync(key, build);
        var requestsOfFirstBuild = emulator.CountRequests();
        emulator.ResetRequests();
        var second = await workspace.DotnetAsync(key, build);

        var spl = BuildDiagnostic.Parse(first.Output).Where(d => d.Id.StartsWith("SPL", StringComparison.Ordinal)).ToList();
        Assert.True(requestsOfFirstBuild > 0, first.ToString());
        Assert.Contains(spl, d => d is { Id: "SPL1001", Severity: "error" } && d.Line == ConsumerWorkspace.LineOf(source, SampleData.ExpiredBaseModel));
        Assert.Contains(spl, d => d is { Id: "SPL1002", Severity: "warning" } && d.Line == ConsumerWorkspace.LineOf(source, SampleData.ExpiringCustomModel));
        Assert.Contains(spl, d => d is { Id: "SPL1005", Severity: "error" } && d.Line == ConsumerWorkspace.LineOf(source, EndpointServingExpiredModel));
        Assert.Contains(spl, d => d is { Id: "SPL1007", Severity: "warning" } && d.Line == ConsumerWorkspace.LineOf(source, UnknownCustomModel));
        Assert.DoesNotContain(spl, d => d.Line == ConsumerWorkspace.LineOf(source, SampleData.HealthyBaseModel));
        Assert.DoesNotContain("emulator-key", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, emulator.CountRequests());
        Assert.Contains(BuildDiagnostic.Parse(second.Output), d => d.Id == "SPL1001");
    }
}
