using System.Net;
using SpeechLifecycle.Emulator;
using SpeechLifecycle.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace SpeechLifecycle.IntegrationTests.Reliability;

/// <summary>
/// The end-to-end promise of docs/reliability.md with real `dotnet build`s of a packed consumer: after a healthy build
/// filled the cache, a hanging service, a redirect to another host, a refused key and a 404 storm each cost at most the time
/// budget, keep the cached data on the lines that name the models, cache nothing, and send the key nowhere else.
/// The full fault matrix runs at task level (tests/SpeechLifecycle.Tasks.Tests/Reliability), where it is cheap.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class FaultBuildTests
{
    private const string Key = "rel-build-SeCrEt-3f9a0c";
    private const int BudgetSeconds = 5;

    /// <summary>Endpoint "Contoso call center (2025-01 model)": its custom model expires within the warning window.</summary>
    private const string EndpointServingExpiringModel = "a72d8aee-7ccb-41e5-aceb-66a4d152f2b3";

    private readonly PackedPackage package;
    private readonly ITestOutputHelper output;

    public FaultBuildTests(PackedPackage package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    [Fact]
    public async Task Builds_survive_a_hang_a_redirect_a_refused_key_and_a_404_storm_within_the_budget_keeping_the_cached_data()
    {
        await using var service = await StartAsync(IPAddress.Loopback);
        await using var foreign = await StartAsync(IPAddress.Parse("127.0.0.2"));
        var workspace = new ConsumerWorkspace(package, "reliability-faults");
        var source = SampleData.ModelsClass(
            "Reliability",
            SampleData.CustomModelUri(SampleData.ExpiringCustomModel),
            $"wss://eastus.stt.speech.microsoft.com/stt/speech/universal/v2?cid={EndpointServingExpiringModel}",
            SampleData.BaseModelUri(SampleData.HealthyBaseModel),
            // A host that only appears in code: looked up through the configured resource, never contacted.
            $"{foreign.BaseAddress}speechtotext/models/base/{SampleData.HealthyBaseModel}?api-version=2025-10-15");
        var folder = workspace.AddProject("Reliability", new Dictionary<string, string> { ["Models.cs"] = source });
        var cache = Path.Combine(workspace.Directory, "cache");
        var key = new Dictionary<string, string?> { ["SPEECH_KEY"] = Key };
        var restore = await workspace.DotnetAsync("restore", "Reliability", "-nologo");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        Task<ProcessResult> Build(string cacheHours) => workspace.DotnetAsync(key,
            "build", "Reliability", "--no-restore", "--no-incremental", "-nologo", "-clp:PerformanceSummary",
            $"-p:SpeechLifecycleEndpoint={service.BaseAddress}", $"-p:SpeechLifecycleCacheDirectory={cache}",
            $"-p:SpeechLifecycleCacheHours={cacheHours}", $"-p:_SpeechLifecycleTimeBudgetSeconds={BudgetSeconds}");

        var (healthy, baseline) = await ReliabilityChecks.TimedAsync(() => Build("24"));
        Assert.True(healthy.ExitCode == 0, healthy.ToString());
        var expected = ReliabilityChecks.LifecycleDiagnosticsOf(BuildDiagnostic.Parse(healthy.Output), folder);
        Assert.Contains($"SPL1002 Models.cs:{ConsumerWorkspace.LineOf(source, SampleData.ExpiringCustomModel)}", expected);
        Assert.Contains($"SPL1006 Models.cs:{ConsumerWorkspace.LineOf(source, EndpointServingExpiringModel)}", expected);
        var cacheBefore = ReliabilityChecks.CacheFiles(cache);
        Assert.NotEmpty(cacheBefore);
        output.WriteLine($"healthy build: {baseline}");

        var faults = new (string Name, FaultRule Rule, string[] Codes)[]
        {
            // A hang lasts the whole budget: reported as the service failing (SPLT006) or the budget running out (SPLT013).
            ("hang", new FaultRule { Kind = FaultKind.Hang }, new[] { "SPLT006", "SPLT013" }),
            ("redirect to another host", new FaultRule { Kind = FaultKind.Redirect, RedirectTo = foreign.BaseAddress + "speechtotext/models/base/" + SampleData.HealthyBaseModel + "?api-version=2025-10-15" }, new[] { "SPLT006" }),
            ("401", new FaultRule { Kind = FaultKind.ServerError, StatusCode = 401 }, new[] { "SPLT005" }),
            // Wrong resource or a gateway fault: everything 404s. Found references must not turn into SPL1007.
            ("404 storm", new FaultRule { Kind = FaultKind.ServerError, StatusCode = 404 }, new[] { "SPLT016" }),
        };
        foreach (var (name, rule, codes) in faults)
        {
            service.Faults.Clear();
            service.Faults.Add(rule);
            // Each fault starts from a host the cache does not remember as unreachable.
            foreach (var marker in Directory.GetFiles(cache, "unreachable", SearchOption.AllDirectories))
            {
                File.Delete(marker);
            }

            var (faulty, elapsed) = await ReliabilityChecks.TimedAsync(() => Build("0"));
            output.WriteLine($"{name}: build {elapsed}, task {ReliabilityChecks.TaskTime(faulty.Output)}");

            // Time: the task (MSBuild's own measure of it) within budget + slack; the whole build, whose other steps load
            // on the machine can slow down, within twice a healthy build + budget + slack.
            Assert.True(ReliabilityChecks.TaskTime(faulty.Output) is { } taskTime && taskTime < TimeSpan.FromSeconds(BudgetSeconds) + ReliabilityChecks.Slack,
                $"{name}: task time {ReliabilityChecks.TaskTime(faulty.Output)}{Environment.NewLine}{faulty}");
            Assert.True(elapsed < 2 * baseline + TimeSpan.FromSeconds(BudgetSeconds) + ReliabilityChecks.Slack, $"{name}: build took {elapsed}, healthy {baseline}");
            // No crash, the build passes, the documented message, the same diagnostics from the kept data.
            Assert.True(faulty.ExitCode == 0, $"{name}: {faulty}");
            Assert.DoesNotContain("SPLT010", faulty.Output, StringComparison.Ordinal);
            Assert.Contains(codes, code => faulty.Output.Contains(code, StringComparison.Ordinal));
            Assert.Equal(expected, ReliabilityChecks.LifecycleDiagnosticsOf(BuildDiagnostic.Parse(faulty.Output), folder));
            // Nothing cached from the failure.
            var cacheAfter = ReliabilityChecks.CacheFiles(cache);
            Assert.Equal(cacheBefore.Where(f => !ReliabilityChecks.IsMarker(f.Key)), cacheAfter.Where(f => !ReliabilityChecks.IsMarker(f.Key)));
            // The key: only the configured host saw it, and no output or file holds it.
            Assert.Empty(foreign.Requests);
            Assert.DoesNotContain(Key, faulty.Output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Directory.EnumerateFiles(workspace.Directory, "*", SearchOption.AllDirectories),
            path => !path.EndsWith(".dll", StringComparison.Ordinal) && !path.EndsWith(".pdb", StringComparison.Ordinal) && File.ReadAllText(path).Contains(Key, StringComparison.Ordinal));
    }

    private static Task<SpeechEmulator> StartAsync(IPAddress address)
    {
        var options = new EmulatorOptions { DataFile = EmulatorData.SampleDataFile, ListenAddress = address };
        options.ApiKeys.Add(Key);
        return SpeechEmulator.StartAsync(options);
    }
}
