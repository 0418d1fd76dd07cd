using SpeechLifecycle.Emulator;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks.Tests.Reliability;

/// <summary>
/// docs/reliability.md "Fault matrix": every service fault of docs/msbuild.md, against a cache that holds good data.
/// Each asserts the five promises: the run ends within the budget, says what happened (SPLT code, SPL9002 on the
/// item), keeps the previous data, caches nothing from the failure, and sends the key to the configured host only.
/// </summary>
public sealed class FaultMatrixTests
{
    /// <summary>The faults after which the cache's data must be used, marked stale; value = the task messages that may say so.</summary>
    public static TheoryData<string> Failures => new()
    {
        "refused", "hang", "trickle", "401", "403", "429 with Retry-After", "429 without Retry-After", "429 beyond the budget",
        "500", "503", "malformed body", "HTML body", "oversized body", "redirect to another host",
    };

    private static string[] ExpectedCodes(string fault) => fault switch
    {
        "401" or "403" => new[] { TaskMessageCodes.AuthenticationFailed },
        // A fault that lasts the whole budget may be reported as the service failing or as the budget running out.
        "hang" or "trickle" or "429 with Retry-After" or "429 without Retry-After" or "429 beyond the budget" or "refused" =>
            new[] { TaskMessageCodes.ServiceUnavailable, TaskMessageCodes.BudgetExhausted },
        _ => new[] { TaskMessageCodes.ServiceUnavailable },
    };

    private static async Task InjectAsync(FaultHarness harness, string fault)
    {
        var faults = harness.Service.Faults;
        switch (fault)
        {
            case "refused":
                await harness.StopServiceAsync();
                break;
            case "hang":
                faults.Add(new FaultRule { Kind = FaultKind.Hang });
                break;
            case "trickle":
                faults.Add(new FaultRule { Kind = FaultKind.Trickle, Delay = TimeSpan.FromSeconds(1) });
                break;
            case "401" or "403" or "500" or "503":
                faults.Add(new FaultRule { Kind = FaultKind.ServerError, StatusCode = int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture) });
                break;
            case "429 with Retry-After":
                faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, RetryAfterSeconds = 1 });
                break;
            case "429 without Retry-After":
                faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, RetryAfterSeconds = null });
                break;
            case "429 beyond the budget":
                faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, RetryAfterSeconds = 3600 });
                break;
            case "malformed body":
                faults.Add(new FaultRule { Kind = FaultKind.MalformedBody });
                break;
            case "HTML body":
                faults.Add(new FaultRule { Kind = FaultKind.HtmlBody });
                break;
            case "oversized body":
                faults.Add(new FaultRule { Kind = FaultKind.OversizedBody });
                break;
            case "redirect to another host":
                // Location keeps the path, as a real misrouting proxy would: following it would hand the key to 127.0.0.2.
                faults.Add(new FaultRule { Kind = FaultKind.Redirect, RedirectTo = harness.Foreign.BaseAddress + "speechtotext/models/base/" + Seed.HealthyBase + "?api-version=2025-10-15" });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, "unknown fault");
        }
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Failure_keeps_the_cached_data_caches_nothing_ends_within_the_budget_and_sends_the_key_nowhere_else(string fault)
    {
        await using var harness = await FaultHarness.StartAsync();
        var seeded = harness.SeedCache();
        var cacheBefore = harness.CacheFiles();
        await InjectAsync(harness, fault);

        var run = harness.Run(cacheHours: "0", budgetSeconds: 5);

        // Time: never "budget + the fault's own duration".
        run.AssertWithinBudget();
        // No crash; the build is not failed by the service.
        run.AssertNoCrash();
        Assert.True(run.Succeeded, run.ToString());
        // What the user sees: the documented task message, and SPL9002 (stale data) on each item instead of SPL9001.
        Assert.Contains(run.Codes, code => ExpectedCodes(fault).Contains(code));
        Assert.Contains(run.Engine.Messages, m => m.Code == "SPL9002");
        Assert.DoesNotContain(run.Engine.Warnings, w => w.Code is "SPL9001" or "SPL1007");
        // Previous data kept: the same dates as before the fault, marked stale.
        Assert.All(run.ItemEntries.Zip(seeded.ItemEntries), pair =>
        {
            Assert.Equal(LookupStatus.Resolved, pair.First.Lookup);
            Assert.True(pair.First.IsStale, $"{pair.First.Kind} {pair.First.Id} should be stale");
            Assert.Equal(pair.Second.TranscriptionDateTime, pair.First.TranscriptionDateTime);
        });
        Assert.Contains(run.Engine.Warnings, w => w.Code == "SPL1002");
        Assert.Contains(run.Engine.Warnings, w => w.Code == "SPL1006");
        // Nothing cached from the failure: every entry file as before; at most the short-lived "unreachable" marker is new.
        var cacheAfter = harness.CacheFiles();
        Assert.Equal(cacheBefore.Where(f => !IsMarker(f.Key)), cacheAfter.Where(f => !IsMarker(f.Key)));
        // Key only to the configured host.
        harness.AssertKeyWentOnlyToTheConfiguredHost(run);
    }

    [Theory]
    [InlineData("500")]
    [InlineData("hang")]
    [InlineData("refused")]
    public async Task Failure_with_an_empty_cache_uses_the_committed_snapshot_and_caches_nothing(string fault)
    {
        await using var harness = await FaultHarness.StartAsync();
        var seeded = harness.SeedCache();
        // The previous data lives in a committed snapshot this time, not in the cache.
        var committed = new LifecycleSnapshot();
        foreach (var entry in seeded.Snapshot.Entries)
        {
            committed.Entries.Add(entry);
        }

        var snapshotFile = harness.Temp.File("speech-lifecycle.json", LifecycleSnapshotWriter.Write(committed));
        Directory.Delete(harness.CacheDirectory, recursive: true);
        await InjectAsync(harness, fault);

        var run = harness.Run(cacheHours: "0", budgetSeconds: 5, committedSnapshot: snapshotFile);

        run.AssertWithinBudget();
        run.AssertNoCrash();
        Assert.Contains(run.Codes, code => ExpectedCodes(fault).Contains(code));
        Assert.All(run.ItemEntries, entry => Assert.Equal((LookupStatus.Resolved, DataOrigin.Snapshot), (entry.Lookup, entry.Origin)));
        Assert.Contains(run.Engine.Warnings, w => w.Code == "SPL1002");
        Assert.DoesNotContain(run.Engine.Warnings, w => w.Code is "SPL9001" or "SPL1007");
        Assert.All(harness.CacheFiles().Keys, path => Assert.True(IsMarker(path), $"{path} was cached from a failure"));
        Assert.Equal(LifecycleSnapshotWriter.Write(committed), File.ReadAllText(snapshotFile));
        harness.AssertKeyWentOnlyToTheConfiguredHost(run);
    }

    [Fact]
    public async Task Throttling_that_clears_within_the_budget_gives_fresh_data_and_a_valid_cache()
    {
        await using var harness = await FaultHarness.StartAsync();
        harness.SeedCache();
        harness.Service.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, RetryAfterSeconds = 1, Times = 2 });
        harness.Service.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, RetryAfterSeconds = null, Times = 2 });

        var run = harness.Run(cacheHours: "0", budgetSeconds: 20);

        run.AssertWithinBudget();
        run.AssertNoCrash();
        Assert.Equal(4, harness.Service.CountRequests(r => r.StatusCode == 429));
        Assert.All(run.ItemEntries, entry => Assert.Equal((LookupStatus.Resolved, false), (entry.Lookup, entry.IsStale)));
        Assert.DoesNotContain(run.Codes, code => code is "SPL9001" or "SPL9002" or "SPLT006" or "SPLT013");
        Assert.All(harness.ParseCache().SelectMany(s => s.Entries), entry => Assert.Equal(LookupStatus.Resolved, entry.Lookup));
        harness.AssertKeyWentOnlyToTheConfiguredHost(run);
    }

    [Fact]
    public async Task An_off_host_next_link_is_not_followed_and_the_cached_listing_is_kept()
    {
        await using var harness = await FaultHarness.StartAsync();
        harness.SeedCache();
        var listings = harness.CacheFiles().Where(f => Path.GetFileName(f.Key).StartsWith("base-models-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(listings);
        harness.Service.Faults.Add(new FaultRule
        {
            PathContains = "/models/base?",
            Kind = FaultKind.ForeignNextLink,
            RedirectTo = harness.Foreign.BaseAddress + "speechtotext/models/base?skip=100&api-version=2025-10-15",
        });

        var run = harness.Run(cacheHours: "0", budgetSeconds: 10);

        run.AssertWithinBudget();
        run.AssertNoCrash();
        Assert.True(harness.Service.CountRequests(r => r.PathAndQuery.Contains("/models/base?", StringComparison.Ordinal)) > 0);
        // The entries themselves were answered; only the replacement-candidate listing failed, and its cache stays.
        Assert.All(run.ItemEntries, entry => Assert.Equal((LookupStatus.Resolved, false), (entry.Lookup, entry.IsStale)));
        Assert.NotEmpty(run.Snapshot.Candidates);
        var after = harness.CacheFiles();
        Assert.All(listings, listing => Assert.Equal(listing.Value, after[listing.Key]));
        harness.AssertKeyWentOnlyToTheConfiguredHost(run);
    }

    [Fact]
    public async Task A_404_storm_is_reported_and_keeps_the_previous_data()
    {
        await using var harness = await FaultHarness.StartAsync();
        var seeded = harness.SeedCache();
        var cacheBefore = harness.CacheFiles();
        harness.Service.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, StatusCode = 404 });

        var run = harness.Run(cacheHours: "0", budgetSeconds: 5);

        run.AssertWithinBudget();
        run.AssertNoCrash();
        // A task warning that names the resource, instead of every reference silently turning into SPL1007.
        Assert.Contains(run.Engine.Warnings, w => w.Code == TaskMessageCodes.NotFoundStorm && w.Message!.Contains("127.0.0.1", StringComparison.Ordinal));
        Assert.Contains(run.Engine.Messages, m => m.Code == "SPL9002");
        Assert.DoesNotContain(run.Engine.Warnings, w => w.Code == "SPL1007");
        Assert.All(run.ItemEntries.Zip(seeded.ItemEntries), pair =>
            Assert.Equal((LookupStatus.Resolved, pair.Second.TranscriptionDateTime), (pair.First.Lookup, pair.First.TranscriptionDateTime)));
        Assert.Equal(cacheBefore.Where(f => !IsMarker(f.Key)), harness.CacheFiles().Where(f => !IsMarker(f.Key)));
        harness.AssertKeyWentOnlyToTheConfiguredHost(run);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task After_a_refused_key_no_further_request_goes_to_the_resource(int status)
    {
        await using var harness = await FaultHarness.StartAsync();
        harness.Service.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, StatusCode = status });
        var engine = new FakeBuildEngine();
        var task = harness.NewTask(engine, cacheHours: "0", budgetSeconds: 10);
        // Far more look-ups than connection slots: only the first wave may be on the wire when the refusal arrives.
        task.SpeechModels = Enumerable.Range(1, 3 * RequestBudget.DefaultMaxConcurrency)
            .Select(i => (Microsoft.Build.Framework.ITaskItem)new Microsoft.Build.Utilities.TaskItem(new Guid(i, 7, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 1).ToString()))
            .ToArray();

        task.Execute();

        Assert.Single(engine.Warnings, w => w.Code == TaskMessageCodes.AuthenticationFailed);
        Assert.DoesNotContain(TaskMessageCodes.UnexpectedFailure, engine.Warnings.Select(w => w.Code));
        Assert.True(harness.Service.CountRequests() <= RequestBudget.DefaultMaxConcurrency, $"{harness.Service.CountRequests()} requests after a {status}");
    }

    private static bool IsMarker(string relativePath) => Path.GetFileName(relativePath) == "unreachable";
}
