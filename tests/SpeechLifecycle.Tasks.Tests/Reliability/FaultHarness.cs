using System.Diagnostics;
using Microsoft.Build.Framework;
using SpeechLifecycle.Emulator;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;
using TaskItem = Microsoft.Build.Utilities.TaskItem;

namespace SpeechLifecycle.Tasks.Tests.Reliability;

/// <summary>
/// One reliability scenario, driven in-process like MSBuild drives the task: a healthy run fills the cache (the
/// "previous data"), then the configured service misbehaves and the task runs again with every look-up due
/// (<c>SpeechLifecycleCacheHours=0</c>). A second emulator on 127.0.0.2 stands for "another host": it is named in
/// code, in redirects and in <c>@nextLink</c>s, accepts the same key, and must never see a request.
/// </summary>
public sealed class FaultHarness : IAsyncDisposable
{
    /// <summary>Distinctive, so a leak into any log line or file is found by plain text search.</summary>
    public const string Secret = "rel-SeCrEt-7c1d9e0b41f2";

    /// <summary>Generous on purpose: a loaded CI machine may be slow, but a run must never take "budget + hang".</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(30);

    private readonly string _keyVariable = "SPLT_REL_KEY_" + Guid.NewGuid().ToString("N");

    private FaultHarness(SpeechEmulator service, SpeechEmulator foreign, TempDirectory temp)
    {
        Service = service;
        Foreign = foreign;
        Temp = temp;
        Environment.SetEnvironmentVariable(_keyVariable, Secret);
        Code = temp.File("Models.cs", $$"""
            static class Models
            {
                // A host that only appears in code: resolved through the configured resource, never contacted.
                public static readonly Uri Foreign = new("{{foreign.BaseAddress}}speechtotext/models/base/{{Seed.GermanBase}}?api-version=2025-10-15");
            }
            """);
    }

    public SpeechEmulator Service { get; private set; }

    public SpeechEmulator Foreign { get; }

    public TempDirectory Temp { get; }

    public string Code { get; }

    public string CacheDirectory => Temp.Combine("cache");

    /// <summary>The configured resource's address, kept after <see cref="StopServiceAsync"/> (then nothing listens there).</summary>
    public Uri ServiceAddress { get; private set; } = null!;

    public static async Task<FaultHarness> StartAsync()
    {
        var service = await StartEmulatorAsync(System.Net.IPAddress.Loopback);
        var foreign = await StartEmulatorAsync(System.Net.IPAddress.Parse("127.0.0.2"));
        return new FaultHarness(service, foreign, new TempDirectory()) { ServiceAddress = service.BaseAddress };
    }

    private static Task<SpeechEmulator> StartEmulatorAsync(System.Net.IPAddress address)
    {
        var options = new EmulatorOptions { DataJson = Seed.Json(), ListenAddress = address };
        options.ApiKeys.Add(Secret);
        return SpeechEmulator.StartAsync(options);
    }

    /// <summary>An expiring custom model, an endpoint on it and a healthy base model: warnings only, so the build passes.</summary>
    public static ITaskItem[] Items() => new ITaskItem[]
    {
        Item(Seed.ExpiringCustom.ToString(), "custom"),
        Item(Seed.EndpointOnCustom.ToString(), "endpoint"),
        Item(Seed.HealthyBase.ToString(), "base"),
    };

    private static ITaskItem Item(string spec, string kind)
    {
        var item = new TaskItem(spec);
        item.SetMetadata("Kind", kind);
        return item;
    }

    public ResolveSpeechLifecycle NewTask(FakeBuildEngine engine, string cacheHours = "24", int budgetSeconds = 20, string? committedSnapshot = null) => new()
    {
        BuildEngine = engine,
        Endpoint = ServiceAddress.AbsoluteUri,
        KeyVariable = _keyVariable,
        AsOf = Seed.AsOf,
        CacheDirectory = CacheDirectory,
        CacheHours = cacheHours,
        TimeBudgetSeconds = budgetSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ProjectFile = Temp.Combine("App.csproj"),
        OutputSnapshot = Temp.Combine("obj", "speech-lifecycle.g.json"),
        ScanCacheFile = Temp.Combine("obj", "speech-lifecycle.scan"),
        CommittedSnapshot = committedSnapshot,
        Compile = new ITaskItem[] { new TaskItem(Code) },
        SpeechModels = Items(),
    };

    /// <summary>The healthy run that leaves good data in the cache; asserts it really did.</summary>
    public RunResult SeedCache()
    {
        var seeded = Run(cacheHours: "24", budgetSeconds: 20);
        Assert.True(seeded.Succeeded, string.Join(Environment.NewLine, seeded.Engine.AllText));
        Assert.All(seeded.ItemEntries, entry => Assert.Equal((LookupStatus.Resolved, false), (entry.Lookup, entry.IsStale)));
        Assert.NotEmpty(CacheFiles());
        Service.ResetRequests();
        return seeded;
    }

    public RunResult Run(string cacheHours = "0", int budgetSeconds = 5, string? committedSnapshot = null)
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, cacheHours, budgetSeconds, committedSnapshot);
        var watch = Stopwatch.StartNew();
        var succeeded = task.Execute();
        watch.Stop();
        return new RunResult(task, engine, succeeded, watch.Elapsed, TimeSpan.FromSeconds(budgetSeconds));
    }

    /// <summary>Every file of the cache folder (relative path → text): what a failure must not change.</summary>
    public SortedDictionary<string, string> CacheFiles()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(CacheDirectory))
        {
            foreach (var path in Directory.EnumerateFiles(CacheDirectory, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(CacheDirectory, path)] = File.ReadAllText(path);
            }
        }

        return files;
    }

    /// <summary>Each entry file of the cache, as a snapshot; a file that does not parse fails the test.</summary>
    public IReadOnlyList<LifecycleSnapshot> ParseCache() =>
        CacheFiles().Where(file => file.Key.EndsWith(".json", StringComparison.Ordinal)).Select(file =>
        {
            Assert.True(LifecycleSnapshotReader.TryRead(file.Value, out var snapshot, out var error), $"{file.Key}: {error}");
            return snapshot!;
        }).ToList();

    /// <summary>The configured service goes away: its port refuses connections from now on.</summary>
    public async Task StopServiceAsync() => await Service.DisposeAsync();

    /// <summary>No request, with or without a credential, reached the other host; the key appears in no log or file.</summary>
    public void AssertKeyWentOnlyToTheConfiguredHost(RunResult run)
    {
        Assert.Empty(Foreign.Requests);
        Assert.DoesNotContain(run.Engine.AllText, text => text.Contains(Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(Temp.AllFileTexts(), text => text.Contains(Secret, StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        await Service.DisposeAsync();
        await Foreign.DisposeAsync();
        Temp.Dispose();
    }
}

public sealed record RunResult(ResolveSpeechLifecycle Task, FakeBuildEngine Engine, bool Succeeded, TimeSpan Elapsed, TimeSpan Budget)
{
    public LifecycleSnapshot Snapshot
    {
        get
        {
            Assert.True(LifecycleSnapshotReader.TryRead(File.ReadAllText(Task.SnapshotPath), out var snapshot, out var error), error);
            return snapshot!;
        }
    }

    /// <summary>The entries of the three <see cref="FaultHarness.Items"/>, in that order.</summary>
    public IReadOnlyList<LifecycleEntry> ItemEntries
    {
        get
        {
            var snapshot = Snapshot;
            return new[]
            {
                snapshot.Find(ReferenceKind.CustomModel, Seed.ExpiringCustom, null)!,
                snapshot.Find(ReferenceKind.Endpoint, Seed.EndpointOnCustom, null)!,
                snapshot.Find(ReferenceKind.BaseModel, Seed.HealthyBase, null)!,
            };
        }
    }

    public IEnumerable<string> Codes =>
        Engine.Errors.Select(e => e.Code).Concat(Engine.Warnings.Select(w => w.Code)).Concat(Engine.Messages.Select(m => m.Code)).Where(code => code is not null);

    public void AssertWithinBudget() =>
        Assert.True(Elapsed < Budget + FaultHarness.Slack, $"The run took {Elapsed}, more than the budget {Budget} + {FaultHarness.Slack}.");

    public void AssertNoCrash()
    {
        Assert.DoesNotContain(TaskMessageCodes.UnexpectedFailure, Codes);
        Assert.Empty(Engine.Errors);
    }

    public override string ToString() => $"{Elapsed}: " + string.Join(Environment.NewLine, Engine.AllText);
}
