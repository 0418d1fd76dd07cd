using Microsoft.Build.Framework;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;
using TaskItem = Microsoft.Build.Utilities.TaskItem;

namespace SpeechLifecycle.Tasks.Tests;

/// <summary>
/// Several projects updating one committed snapshot (a repository-level SpeechLifecycleSnapshot): the union of what they
/// reference, each update replacing only its own contribution, nothing torn or lost when they run at once.
/// </summary>
public sealed class SharedSnapshotTests : IDisposable
{
    private static readonly DateTime Today = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TempDirectory _temp = new();
    private readonly string _keyVariable = "SPLT_SHARED_KEY_" + Guid.NewGuid().ToString("N");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        _temp.Dispose();
    }

    private static LifecycleEntry Entry(Guid id, DateTime transcription, ReferenceKind kind = ReferenceKind.BaseModel, DateTime? fetched = null) => new()
    {
        Kind = kind,
        Id = id,
        Locale = "en-US",
        DisplayName = "Model " + id.ToString("N")[..4],
        TranscriptionDateTime = transcription,
        Lookup = LookupStatus.Resolved,
        Origin = DataOrigin.Service,
        FetchedAt = fetched ?? new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    private static LifecycleSnapshot Apply(LifecycleSnapshot? previous, string project, params LifecycleEntry[] answered) =>
        CommittedSnapshotMerge.Merge(previous, answered, Array.Empty<LifecycleEntry>(), Array.Empty<LifecycleEntry>(), project, Today);

    private static LifecycleSnapshot RoundTrip(LifecycleSnapshot snapshot)
    {
        Assert.True(LifecycleSnapshotReader.TryRead(LifecycleSnapshotWriter.Write(snapshot), out var read, out var error), error);
        return read!;
    }

    [Fact]
    public void Updates_of_two_projects_leave_the_union_and_record_who_references_what()
    {
        var shared = Entry(Seed.ExpiredBase, new DateTime(2024, 1, 15));
        var afterA = RoundTrip(Apply(null, "A/A.csproj", shared, Entry(Seed.HealthyBase, new DateTime(2028, 4, 15))));
        var afterB = RoundTrip(Apply(afterA, "B/B.csproj", shared, Entry(Seed.ExpiringCustom, new DateTime(2026, 7, 15), ReferenceKind.CustomModel)));

        Assert.Equal(3, afterB.Entries.Count);
        Assert.Equal(new[] { "A/A.csproj", "B/B.csproj" }, afterB.Find(ReferenceKind.BaseModel, Seed.ExpiredBase, null)!.Projects);
        Assert.Equal(new[] { "A/A.csproj" }, afterB.Find(ReferenceKind.BaseModel, Seed.HealthyBase, null)!.Projects);
        Assert.Equal(new[] { "B/B.csproj" }, afterB.Find(ReferenceKind.CustomModel, Seed.ExpiringCustom, null)!.Projects);
        Assert.All(afterB.Entries, e => Assert.Equal(DataOrigin.Snapshot, e.Origin));
    }

    [Fact]
    public void A_reference_removed_from_its_only_project_leaves_but_a_shared_one_stays()
    {
        var shared = Entry(Seed.ExpiredBase, new DateTime(2024, 1, 15));
        var both = RoundTrip(Apply(RoundTrip(Apply(null, "A/A.csproj", shared, Entry(Seed.HealthyBase, new DateTime(2028, 4, 15)))), "B/B.csproj", shared));

        // A no longer references either model.
        var after = RoundTrip(Apply(both, "A/A.csproj"));

        var left = Assert.Single(after.Entries);
        Assert.Equal(Seed.ExpiredBase, left.Id);
        Assert.Equal(new[] { "B/B.csproj" }, left.Projects);
    }

    [Fact]
    public void An_unchanged_answer_keeps_the_file_byte_for_byte_even_days_later()
    {
        var first = LifecycleSnapshotWriter.Write(Apply(null, "A/A.csproj", Entry(Seed.ExpiredBase, new DateTime(2024, 1, 15))));
        Assert.True(LifecycleSnapshotReader.TryRead(first, out var previous, out _));

        // Fetched again later, same data: neither fetchedAt nor generatedAt moves.
        var again = CommittedSnapshotMerge.Merge(previous, new[] { Entry(Seed.ExpiredBase, new DateTime(2024, 1, 15), fetched: new DateTime(2026, 5, 20, 8, 0, 0, DateTimeKind.Utc)) },
            Array.Empty<LifecycleEntry>(), Array.Empty<LifecycleEntry>(), "A/A.csproj", Today.AddDays(3));

        Assert.Equal(first, LifecycleSnapshotWriter.Write(again));
    }

    [Fact]
    public void Entries_without_projects_from_an_older_writer_are_kept_until_a_project_claims_them()
    {
        var legacy = new LifecycleSnapshot();
        legacy.Entries.Add(Entry(Seed.ExpiredBase, new DateTime(2024, 1, 15)));
        legacy.Entries.Add(Entry(Seed.HealthyBase, new DateTime(2028, 4, 15)));
        var old = RoundTrip(legacy);
        Assert.All(old.Entries, e => Assert.Null(e.Projects));

        var after = RoundTrip(Apply(old, "A/A.csproj", Entry(Seed.HealthyBase, new DateTime(2028, 4, 15))));

        Assert.Null(after.Find(ReferenceKind.BaseModel, Seed.ExpiredBase, null)!.Projects);
        Assert.Equal(new[] { "A/A.csproj" }, after.Find(ReferenceKind.BaseModel, Seed.HealthyBase, null)!.Projects);
    }

    [Fact]
    public void An_entry_the_service_could_not_answer_keeps_its_previous_data_and_owner()
    {
        var before = RoundTrip(Apply(null, "A/A.csproj", Entry(Seed.ExpiredBase, new DateTime(2024, 1, 15))));
        var unavailable = new LifecycleEntry { Kind = ReferenceKind.BaseModel, Id = Seed.ExpiredBase, Lookup = LookupStatus.Unavailable, UnavailableReason = UnavailableReason.ServiceUnreachable };

        var after = CommittedSnapshotMerge.Merge(before, Array.Empty<LifecycleEntry>(), new[] { unavailable }, Array.Empty<LifecycleEntry>(), "A/A.csproj", Today);

        var kept = Assert.Single(after.Entries);
        Assert.Equal(LookupStatus.Resolved, kept.Lookup);
        Assert.Equal(new[] { "A/A.csproj" }, kept.Projects);
    }

    [Fact]
    public void Project_key_is_relative_to_the_snapshot_folder_with_forward_slashes()
    {
        var snapshot = _temp.Combine("speech-lifecycle.json");
        Assert.Equal("src/App One/App One.csproj", CommittedSnapshotMerge.ProjectKey(snapshot, _temp.Combine("src", "App One", "App One.csproj")));
        Assert.Equal("App.csproj", CommittedSnapshotMerge.ProjectKey(snapshot, _temp.Combine("App.csproj")));
    }

    [Fact]
    public async Task Parallel_updates_of_many_projects_lose_nothing_and_a_second_round_changes_no_byte()
    {
        await using var emulator = await Emulators.StartAsync();
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        var shared = _temp.Combine("speech-lifecycle.json");
        var references = new[]
        {
            (Seed.ExpiredBase, "base"), (Seed.HealthyBase, "base"), (Seed.GermanBase, "base"),
            (Seed.ExpiringCustom, "custom"), (Seed.EndpointOnCustom, "endpoint"), (Seed.EndpointOnExpiredBase, "endpoint"),
        };

        // Six projects, each referencing one thing, all updating the same file at the same moment.
        async Task<FakeBuildEngine[]> RoundAsync() => await Task.WhenAll(references.Select((reference, index) => Task.Run(() =>
        {
            var engine = new FakeBuildEngine();
            var task = NewTask(engine, emulator, $"P{index}");
            task.SpeechModels = new ITaskItem[] { Item(reference.Item1.ToString(), ("Kind", reference.Item2)) };
            task.UpdateSnapshotPath = shared;
            Assert.True(task.Execute(), string.Join(Environment.NewLine, engine.AllText));
            return engine;
        })));

        var engines = await RoundAsync();
        var first = File.ReadAllText(shared);
        await RoundAsync();

        Assert.DoesNotContain(engines.SelectMany(e => e.Warnings), w => w.Code == TaskMessageCodes.SnapshotLockTimeout);
        Assert.True(LifecycleSnapshotReader.TryRead(first, out var snapshot, out var error), error);
        foreach (var (id, _) in references)
        {
            Assert.Contains(snapshot!.Entries, e => e.Id == id);
        }

        // The custom model is P3's reference and the model P4's endpoint serves (keyed by the host that answered).
        Assert.Equal(
            new[] { "P3/P3.csproj", "P4/P4.csproj" },
            snapshot!.Entries.Where(e => e.Id == Seed.ExpiringCustom).SelectMany(e => e.Projects!).Distinct().OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(first, File.ReadAllText(shared));
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.tmp"));
    }

    [Fact]
    public async Task Updating_one_project_keeps_the_other_projects_entries()
    {
        await using var emulator = await Emulators.StartAsync();
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        var shared = _temp.Combine("speech-lifecycle.json");
        void Update(string project, Guid id, string kind)
        {
            var engine = new FakeBuildEngine();
            var task = NewTask(engine, emulator, project);
            task.SpeechModels = new ITaskItem[] { Item(id.ToString(), ("Kind", kind)) };
            task.UpdateSnapshotPath = shared;
            Assert.True(task.Execute(), string.Join(Environment.NewLine, engine.AllText));
        }

        Update("A", Seed.ExpiredBase, "base");
        Update("B", Seed.GermanBase, "base");
        Update("A", Seed.HealthyBase, "base");

        Assert.True(LifecycleSnapshotReader.TryRead(File.ReadAllText(shared), out var snapshot, out var error), error);
        Assert.DoesNotContain(snapshot!.Entries, e => e.Id == Seed.ExpiredBase);
        Assert.Contains(snapshot.Entries, e => e.Id == Seed.GermanBase && e.Projects!.SequenceEqual(new[] { "B/B.csproj" }));
        Assert.Contains(snapshot.Entries, e => e.Id == Seed.HealthyBase && e.Projects!.Contains("A/A.csproj"));
    }

    [Fact]
    public void A_held_lock_is_waited_for_and_then_given_up_with_SPLT030()
    {
        var shared = _temp.Combine("speech-lifecycle.json");
        using var held = SnapshotFileLock.TryAcquire(shared, TimeSpan.FromSeconds(5));
        Assert.NotNull(held);

        var started = DateTime.UtcNow;
        var second = SnapshotFileLock.TryAcquire(shared, TimeSpan.FromMilliseconds(400));

        Assert.Null(second);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(300));
    }

    private ResolveSpeechLifecycle NewTask(FakeBuildEngine engine, Emulator.SpeechEmulator emulator, string project) => new()
    {
        BuildEngine = engine,
        Endpoint = emulator.BaseAddress.AbsoluteUri,
        KeyVariable = _keyVariable,
        AsOf = Seed.AsOf,
        CacheDirectory = _temp.Combine("cache-" + project),
        ProjectFile = _temp.Combine(project, project + ".csproj"),
        OutputSnapshot = _temp.Combine(project, "obj", "speech-lifecycle.g.json"),
        ScanCacheFile = _temp.Combine(project, "obj", "speech-lifecycle.scan"),
        TimeBudgetSeconds = "20",
        CacheHours = "0",
    };

    private static ITaskItem Item(string spec, params (string Name, string Value)[] metadata)
    {
        var item = new TaskItem(spec);
        foreach (var (name, value) in metadata)
        {
            item.SetMetadata(name, value);
        }

        return item;
    }
}
