using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks.Tests;

public sealed class LifecycleCacheTests
{
    private const string Host = "eastus.api.cognitive.microsoft.com";
    private static readonly Guid Id = Guid.Parse("8a043172-65b7-4cf3-a8b5-4449efa5a0f1");

    private static LifecycleEntry Resolved(Guid id) => new()
    {
        Kind = ReferenceKind.BaseModel,
        Id = id,
        Host = Host,
        Locale = "en-US",
        DisplayName = "20240228",
        TranscriptionDateTime = new DateTime(2026, 4, 15, 0, 0, 0, DateTimeKind.Utc),
        AdaptationDateTime = new DateTime(2025, 4, 15, 0, 0, 0, DateTimeKind.Utc),
        Lookup = LookupStatus.Resolved,
        Origin = DataOrigin.Service,
    };

    [Theory]
    [InlineData("file")]
    [InlineData("below-a-file")]
    [InlineData("invalid-name")]
    public void An_unusable_cache_directory_costs_the_cache_never_an_exception(string shape)
    {
        using var temp = new TempDirectory();
        var file = temp.File("not-a-folder", "x");
        var directory = shape switch
        {
            "file" => file,
            "below-a-file" => Path.Combine(file, "cache"),
            _ => "\0 \0",
        };
        var reports = new List<string>();
        var cache = new LifecycleCache(directory, TimeSpan.FromHours(24), reportUnwritable: reports.Add);

        cache.StoreEntry(Host, Resolved(Id));
        cache.StoreBaseModels(Host, "en-US", new[] { Resolved(Guid.NewGuid()) });
        cache.MarkUnreachable(Host);
        cache.ClearUnreachable(Host);

        Assert.Null(cache.TryGetEntry(Host, ReferenceKind.BaseModel, Id));
        Assert.Null(cache.TryGetBaseModels(Host, "en-US"));
        Assert.Null(cache.RecentlyUnreachable(Host));
        var report = Assert.Single(reports);
        Assert.Contains("cannot be written", report, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Entry_is_fresh_within_the_lifetime_and_stale_after()
    {
        using var temp = new TempDirectory();
        var now = new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        var cache = new LifecycleCache(temp.Path, TimeSpan.FromHours(24), () => now);
        cache.StoreEntry(Host, Resolved(Id));

        now = now.AddHours(23);
        var fresh = cache.TryGetEntry(Host, ReferenceKind.BaseModel, Id);
        now = now.AddHours(2);
        var stale = cache.TryGetEntry(Host, ReferenceKind.BaseModel, Id);

        Assert.True(fresh!.IsFresh);
        Assert.Equal(new DateTime(2026, 4, 15), fresh.Entry.TranscriptionDateTime);
        Assert.Equal(DataOrigin.Cache, fresh.Entry.Origin);
        Assert.False(stale!.IsFresh);
    }

    [Fact]
    public void Entries_are_per_host()
    {
        using var temp = new TempDirectory();
        var cache = new LifecycleCache(temp.Path, TimeSpan.FromHours(24));
        cache.StoreEntry(Host, Resolved(Id));

        Assert.Null(cache.TryGetEntry("westus.api.cognitive.microsoft.com", ReferenceKind.BaseModel, Id));
        Assert.NotNull(cache.TryGetEntry(Host, ReferenceKind.BaseModel, Id));
    }

    [Fact]
    public void Failures_are_not_cached()
    {
        using var temp = new TempDirectory();
        var cache = new LifecycleCache(temp.Path, TimeSpan.FromHours(24));
        var failed = Resolved(Id);
        failed.Lookup = LookupStatus.Unavailable;
        failed.UnavailableReason = UnavailableReason.ServiceUnreachable;

        cache.StoreEntry(Host, failed);

        Assert.Null(cache.TryGetEntry(Host, ReferenceKind.BaseModel, Id));
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Not_found_answers_are_cached()
    {
        using var temp = new TempDirectory();
        var cache = new LifecycleCache(temp.Path, TimeSpan.FromHours(24));
        cache.StoreEntry(Host, new LifecycleEntry { Kind = ReferenceKind.Endpoint, Id = Id, Host = Host, Lookup = LookupStatus.NotFound });

        Assert.Equal(LookupStatus.NotFound, cache.TryGetEntry(Host, ReferenceKind.Endpoint, Id)!.Entry.Lookup);
    }

    [Fact]
    public void Corrupt_entry_is_discarded_with_a_message()
    {
        using var temp = new TempDirectory();
        var messages = new List<string>();
        var cache = new LifecycleCache(temp.Path, TimeSpan.FromHours(24), reportCorrupt: messages.Add);
        var path = cache.EntryPath(Host, ReferenceKind.BaseModel, Id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{ \"formatVersion\": 1, \"entries\": [ { \"kind\": ");

        Assert.Null(cache.TryGetEntry(Host, ReferenceKind.BaseModel, Id));
        Assert.Contains(messages, m => m.Contains(path, StringComparison.Ordinal));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Base_model_listing_round_trips_per_locale()
    {
        using var temp = new TempDirectory();
        var cache = new LifecycleCache(temp.Path, TimeSpan.FromHours(24));
        cache.StoreBaseModels(Host, "en-US", new[] { Resolved(Id), Resolved(Guid.Parse("827712a5-f942-4997-91c3-7c6cde35600b")) });

        var list = cache.TryGetBaseModels(Host, "en-US");

        Assert.True(list!.IsFresh);
        Assert.Equal(2, list.Models.Count);
        Assert.Null(cache.TryGetBaseModels(Host, "de-DE"));
    }

    [Fact]
    public async Task Parallel_writers_never_leave_a_torn_or_temporary_file()
    {
        using var temp = new TempDirectory();
        var corrupt = new List<string>();
        var writers = Enumerable.Range(0, 8).Select(n => Task.Run(() =>
        {
            var cache = new LifecycleCache(temp.Path, TimeSpan.FromHours(24), reportCorrupt: m => { lock (corrupt) { corrupt.Add(m); } });
            for (var i = 0; i < 40; i++)
            {
                var entry = Resolved(Id);
                entry.DisplayName = $"writer {n} round {i} " + new string('x', 2000);
                cache.StoreEntry(Host, entry);
                var read = cache.TryGetEntry(Host, ReferenceKind.BaseModel, Id);
                Assert.NotNull(read);
                Assert.StartsWith("writer ", read!.Entry.DisplayName, StringComparison.Ordinal);
            }
        }));

        await Task.WhenAll(writers);

        Assert.Empty(corrupt);
        var files = Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(Path.GetFileName(new LifecycleCache(temp.Path, TimeSpan.FromHours(1)).EntryPath(Host, ReferenceKind.BaseModel, Id)), Path.GetFileName(Assert.Single(files)));
    }
}
