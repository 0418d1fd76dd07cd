using SpeechLifecycle.Emulator;
using SpeechLifecycle.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace SpeechLifecycle.IntegrationTests.Reliability;

/// <summary>
/// docs/reliability.md "Concurrency": one solution of <see cref="ProjectCount"/> tiny projects sharing one cache
/// folder, built with <c>dotnet build -m</c> for <see cref="FaultyRounds"/> rounds against a slow service that fails
/// one request in five (a fixed seed), then once against a healthy one. Every round: no crash (no SPLT010, exit code
/// 0: the projects only have warnings), every cache file a readable snapshot, no temporary file left behind. The
/// healthy round: every project reports exactly the same diagnostics on the same lines.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class ConcurrencyTests
{
    public const int ProjectCount = 16;
    public const int FaultyRounds = 3;

    /// <summary>Endpoint "Contoso call center (2025-01 model)": its custom model expires within the warning window.</summary>
    private const string EndpointServingExpiringModel = "a72d8aee-7ccb-41e5-aceb-66a4d152f2b3";

    private readonly PackedPackage package;
    private readonly ITestOutputHelper output;

    public ConcurrencyTests(PackedPackage package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    [Fact]
    public async Task Sixteen_projects_sharing_one_cache_survive_a_flaky_service_and_agree_once_it_is_healthy()
    {
        await using var service = await SpeechEmulator.StartAsync(new EmulatorOptions { DataFile = EmulatorData.SampleDataFile, FaultSeed = 20261206 });
        var workspace = new ConsumerWorkspace(package, "reliability-concurrency");
        var cache = Path.Combine(workspace.Directory, "shared-cache");
        // Every project of the solution gets the same resource, cache and settings, as a repository's props would give them.
        File.WriteAllText(Path.Combine(workspace.Directory, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <SpeechLifecycleEndpoint>{service.BaseAddress}</SpeechLifecycleEndpoint>
                <SpeechLifecycleCacheDirectory>{cache}</SpeechLifecycleCacheDirectory>
                <SpeechLifecycleCacheHours>0</SpeechLifecycleCacheHours>
              </PropertyGroup>
            </Project>
            """);
        var source = SampleData.ModelsClass(
            "Shared",
            SampleData.CustomModelUri(SampleData.ExpiringCustomModel),
            $"wss://eastus.stt.speech.microsoft.com/stt/speech/universal/v2?cid={EndpointServingExpiringModel}",
            SampleData.BaseModelUri(SampleData.HealthyBaseModel));
        var folders = Enumerable.Range(1, ProjectCount)
            .Select(i => workspace.AddProject($"P{i:00}", new Dictionary<string, string> { ["Models.cs"] = source }))
            .ToList();
        var solution = await workspace.DotnetAsync("new", "sln", "-n", "All", "--format", "sln");
        Assert.True(solution.ExitCode == 0, solution.ToString());
        var added = await workspace.DotnetAsync(new[] { "sln", "All.sln", "add" }.Concat(folders.Select(f => Path.Combine(f, Path.GetFileName(f) + ".csproj"))).ToArray());
        Assert.True(added.ExitCode == 0, added.ToString());
        var restore = await workspace.DotnetAsync("restore", "All.sln", "-nologo");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        var key = new Dictionary<string, string?> { ["SPEECH_KEY"] = "emulator-key" };
        // Flaky rounds build incrementally: with SpeechLifecycleCacheHours=0 the task runs (and asks the service) every
        // time, while the compiler runs only when the data changed, which keeps the test cheap. The healthy round
        // recompiles everything, so every project prints its diagnostics.
        Task<ProcessResult> BuildAll(bool recompile) => workspace.DotnetAsync(key,
            new[] { "build", "All.sln", "-m", "--no-restore", "-nologo" }.Concat(recompile ? new[] { "--no-incremental" } : Array.Empty<string>()).ToArray());

        // Slow, and one request in five fails: 5xx (retried), 429 (waited for) or a broken body (not retried).
        service.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, StatusCode = 503, Probability = 0.10 });
        service.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, RetryAfterSeconds = 1, Probability = 0.05 / 0.90 });
        service.Faults.Add(new FaultRule { Kind = FaultKind.MalformedBody, Probability = 0.05 / 0.85 });
        service.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Delay = TimeSpan.FromMilliseconds(150) });

        var projectBuilds = 0;
        for (var round = 1; round <= FaultyRounds + 1; round++)
        {
            var healthy = round > FaultyRounds;
            if (healthy)
            {
                service.Faults.Clear();
            }

            var requestsBefore = service.CountRequests();
            var (result, elapsed) = await ReliabilityChecks.TimedAsync(() => BuildAll(recompile: healthy));
            var diagnostics = BuildDiagnostic.Parse(result.Output);
            output.WriteLine($"round {round} ({(healthy ? "healthy" : "flaky")}): {elapsed}, exit {result.ExitCode}, {service.CountRequests()} requests so far, "
                + $"{service.CountRequests(r => r.StatusCode is >= 500 or 429)} answered 5xx/429");

            Assert.True(result.ExitCode == 0, $"round {round}: {result}");
            Assert.True(service.CountRequests() > requestsBefore, $"round {round} asked the service nothing: {result}");
            Assert.DoesNotContain("SPLT010", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(diagnostics, d => d.Severity == "error");
            Assert.Empty(ReliabilityChecks.CorruptCacheFiles(cache));
            Assert.Empty(Directory.GetFiles(cache, "*.tmp", SearchOption.AllDirectories));
            projectBuilds += folders.Count;

            var perProject = folders.Select(folder => ReliabilityChecks.LifecycleDiagnosticsOf(diagnostics, folder)).ToList();
            var expected = new[]
            {
                $"SPL1002 Models.cs:{ConsumerWorkspace.LineOf(source, SampleData.ExpiringCustomModel)}",
                $"SPL1006 Models.cs:{ConsumerWorkspace.LineOf(source, EndpointServingExpiringModel)}",
            };
            if (healthy)
            {
                Assert.All(perProject, found => Assert.Equal(expected, found));
            }
            else
            {
                // A flaky round may leave a project without data for a reference (SPL9001), never with other findings.
                Assert.All(perProject, found => Assert.All(found, d => Assert.True(expected.Contains(d) || d.StartsWith("SPL900", StringComparison.Ordinal), d)));
            }
        }

        var injected = service.CountRequests(r => r.StatusCode is 503 or 429);
        output.WriteLine($"figures: {projectBuilds} project builds survived, {service.CountRequests()} requests, {injected} answered 503/429 (plus malformed bodies), 0 corrupt cache files");
        Assert.True(injected > 0, "the flaky rounds must really have failed requests");
    }
}
