using Microsoft.Build.Framework;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks.Tests.Reliability;

/// <summary>
/// docs/reliability.md "Files": what the disk can hold instead of a good cache entry or committed snapshot. A bad
/// cache file costs that cache entry (SPLT007, the service is asked again); a bad committed snapshot is ignored with
/// SPLT008. Never SPLT010, never a failed build, never a file the next build trips over again.
/// </summary>
public sealed class CorruptFileTests
{
    public static TheoryData<string> Corruptions => new()
    {
        "truncated", "empty", "binary garbage", "future format", "format 0", "JSON array", "deep nesting", "invalid dates", "directory",
    };

    /// <summary>What a good snapshot file becomes; null = replaced by a directory of the same name.</summary>
    private static string? Corrupt(string good, string corruption) => corruption switch
    {
        "truncated" => good[..(good.Length / 2)],
        "empty" => "",
        "binary garbage" => new string(Enumerable.Range(0, 512).Select(i => (char)((i * 7919) % 0xD7FF)).ToArray()),
        "future format" => good.Replace("\"formatVersion\": 1", "\"formatVersion\": 99", StringComparison.Ordinal),
        "format 0" => good.Replace("\"formatVersion\": 1", "\"formatVersion\": 0", StringComparison.Ordinal),
        "JSON array" => "[1, 2, 3]",
        "deep nesting" => new string('[', 100_000) + new string(']', 100_000),
        "invalid dates" => System.Text.RegularExpressions.Regex.Replace(good, "\"(\\d{4})-\\d{2}-\\d{2}T", "\"$1-13-45T"),
        "directory" => null,
        _ => throw new ArgumentOutOfRangeException(nameof(corruption)),
    };

    private static void Write(string path, string? content)
    {
        File.Delete(path);
        if (content is null)
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            File.WriteAllText(path, content);
        }
    }

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task Corrupt_cache_entries_are_discarded_and_refetched(string corruption)
    {
        await using var harness = await FaultHarness.StartAsync();
        harness.SeedCache();
        var entryFiles = Directory.GetFiles(harness.CacheDirectory, "*.json", SearchOption.AllDirectories);
        Assert.NotEmpty(entryFiles);
        foreach (var file in entryFiles)
        {
            Write(file, Corrupt(File.ReadAllText(file), corruption));
        }

        Assert.True("future format" != corruption || File.ReadAllText(entryFiles[0]).Contains("\"formatVersion\": 99", StringComparison.Ordinal), "the corruption must apply");

        // The cache would be fresh: only the corruption makes the task ask the service again.
        var run = harness.Run(cacheHours: "24", budgetSeconds: 20);

        run.AssertNoCrash();
        Assert.True(run.Succeeded, run.ToString());
        Assert.True(harness.Service.CountRequests() > 0, "the corrupt entries must be fetched again");
        Assert.All(run.ItemEntries, entry => Assert.Equal((LookupStatus.Resolved, false), (entry.Lookup, entry.IsStale)));
        Assert.Contains(run.Engine.Warnings, w => w.Code == "SPL1002");
        if (corruption != "directory")
        {
            Assert.Contains(run.Engine.Messages, m => m.Code == TaskMessageCodes.CorruptCacheEntry && m.Importance == MessageImportance.Low);
            // Every file of the cache is a snapshot again: the next build does not trip over the same file.
            Assert.All(entryFiles, file => Assert.True(File.Exists(file), file));
            harness.ParseCache();
        }

        harness.AssertKeyWentOnlyToTheConfiguredHost(run);
    }

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task Corrupt_cache_entries_with_the_service_down_give_SPL9001_not_a_crash(string corruption)
    {
        await using var harness = await FaultHarness.StartAsync();
        harness.SeedCache();
        foreach (var file in Directory.GetFiles(harness.CacheDirectory, "*.json", SearchOption.AllDirectories))
        {
            Write(file, Corrupt(File.ReadAllText(file), corruption));
        }

        await harness.StopServiceAsync();

        var run = harness.Run(cacheHours: "24", budgetSeconds: 5);

        run.AssertWithinBudget();
        run.AssertNoCrash();
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains(run.Engine.Warnings, w => w.Code == "SPL9001");
        Assert.All(run.ItemEntries, entry => Assert.Equal(LookupStatus.Unavailable, entry.Lookup));
        harness.AssertKeyWentOnlyToTheConfiguredHost(run);
    }

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task A_corrupt_committed_snapshot_is_ignored_with_SPLT008_and_left_untouched(string corruption)
    {
        await using var harness = await FaultHarness.StartAsync();
        var seeded = harness.SeedCache();
        var good = LifecycleSnapshotWriter.Write(seeded.Snapshot);
        var committed = harness.Temp.Combine("speech-lifecycle.json");
        var content = Corrupt(good, corruption);
        Write(committed, content);

        var run = harness.Run(cacheHours: "24", budgetSeconds: 20, committedSnapshot: committed);

        run.AssertNoCrash();
        Assert.True(run.Succeeded, run.ToString());
        // A directory is "no snapshot" (nothing to read); every file that is not a snapshot is reported.
        if (content is not null)
        {
            var warning = Assert.Single(run.Engine.Warnings, w => w.Code == TaskMessageCodes.UnreadableSnapshot);
            Assert.Equal(committed, warning.File);
            Assert.Equal(content, File.ReadAllText(committed));
        }

        // The cache still answers.
        Assert.All(run.ItemEntries, entry => Assert.Equal((LookupStatus.Resolved, false), (entry.Lookup, entry.IsStale)));
        Assert.Contains(run.Engine.Warnings, w => w.Code == "SPL1002");
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("binary garbage")]
    [InlineData("deep nesting")]
    public async Task Corrupt_files_in_obj_are_rebuilt(string corruption)
    {
        await using var harness = await FaultHarness.StartAsync();
        var seeded = harness.SeedCache();
        var scanCache = seeded.Task.ScanCacheFile!;
        var output = seeded.Task.OutputSnapshot!;
        var corruptScan = Corrupt(File.ReadAllText(scanCache), corruption);
        Write(scanCache, corruptScan);
        Write(output, Corrupt(File.ReadAllText(output), corruption));

        var run = harness.Run(cacheHours: "24", budgetSeconds: 20);

        run.AssertNoCrash();
        Assert.All(run.ItemEntries, entry => Assert.Equal((LookupStatus.Resolved, false), (entry.Lookup, entry.IsStale)));
        Assert.Equal(LifecycleSnapshotWriter.Write(run.Snapshot), File.ReadAllText(output));
        Assert.NotEqual(corruptScan, File.ReadAllText(scanCache));
    }
}
