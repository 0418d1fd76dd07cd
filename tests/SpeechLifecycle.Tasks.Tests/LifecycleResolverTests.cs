using System.Net;
using SpeechLifecycle.Emulator;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks.Tests;

public sealed class LifecycleResolverTests
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private static LifecycleResolver Resolver(ResolverSettings settings, LifecycleCache cache, ListLog log, RequestBudget budget, string version = "2025-10-15")
    {
        SpeechApiVersion.TryParse(version, out var parsed);
        return new LifecycleResolver(settings, cache, log, resource => new SpeechRestClient(resource, parsed, budget));
    }

    private static LifecycleEntry Entry(LifecycleSnapshot snapshot, ReferenceKind kind, Guid id, string? host) =>
        Assert.Single(snapshot.Entries, e => e.Kind == kind && e.Id == id && e.Host == host);

    [Fact]
    public async Task Endpoint_resolves_through_its_model_and_the_models_base_and_lists_locale_candidates()
    {
        await using var emulator = await Emulators.StartAsync();
        using var temp = new TempDirectory();
        using var budget = Emulators.Budget();
        var log = new ListLog();
        var resolver = Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day), log, budget);

        var snapshot = await resolver.ResolveAsync(new[] { new ScannedReference(ReferenceKind.Endpoint, Seed.EndpointOnCustom, null) });

        var endpoint = Entry(snapshot, ReferenceKind.Endpoint, Seed.EndpointOnCustom, null);
        Assert.Equal(LookupStatus.Resolved, endpoint.Lookup);
        Assert.Equal(Seed.ExpiringCustom, endpoint.Model!.Id);
        var model = Entry(snapshot, ReferenceKind.CustomModel, Seed.ExpiringCustom, "127.0.0.1");
        Assert.Equal(new DateTime(2026, 7, 15), model.TranscriptionDateTime);
        Assert.Equal(new DateTime(2024, 1, 15), Entry(snapshot, ReferenceKind.BaseModel, Seed.ExpiredBase, "127.0.0.1").TranscriptionDateTime);
        Assert.Equal(new[] { Seed.ExpiredBase, Seed.HealthyBase }.OrderBy(g => g), snapshot.Candidates.Select(c => c.Id).OrderBy(g => g));
        Assert.All(snapshot.Candidates, c => Assert.Equal("127.0.0.1", c.Host));
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public async Task References_go_to_the_resource_of_their_host_else_to_the_default_and_foreign_hosts_are_never_contacted()
    {
        await using var defaultEmulator = await Emulators.StartAsync();
        var otherOptions = new EmulatorOptions { DataJson = Seed.Json(), ListenAddress = IPAddress.Parse("127.0.0.2") };
        otherOptions.ApiKeys.Clear();
        otherOptions.ApiKeys.Add("other-key");
        await using var other = await SpeechEmulator.StartAsync(otherOptions);
        await using var foreign = await SpeechEmulator.StartAsync(new EmulatorOptions { DataJson = Seed.Json(), ListenAddress = IPAddress.Parse("127.0.0.3") });
        other.Data.AddOrReplace(new CustomModelEntity
        {
            Id = Seed.Unknown, Locale = "fr-FR", DisplayName = "Only on the other resource", CreatedDateTime = DateTimeOffset.Parse("2025-01-01T00:00:00Z"),
            TranscriptionDateTime = DateTimeOffset.Parse("2027-01-15T00:00:00Z"),
        });
        using var temp = new TempDirectory();
        using var budget = Emulators.Budget();
        var settings = new ResolverSettings
        {
            DefaultResource = Emulators.Resource(defaultEmulator),
            Resources = new[] { new SpeechResource(other.BaseAddress, "OTHER_KEY", "other-key") },
        };
        var log = new ListLog();
        var resolver = Resolver(settings, new LifecycleCache(temp.Path, Day), log, budget);

        var snapshot = await resolver.ResolveAsync(new[]
        {
            new ScannedReference(ReferenceKind.CustomModel, Seed.Unknown, "127.0.0.2"),
            new ScannedReference(ReferenceKind.BaseModel, Seed.HealthyBase, "127.0.0.3"),
            new ScannedReference(ReferenceKind.BaseModel, Seed.GermanBase, null),
        });

        Assert.Equal(LookupStatus.Resolved, Entry(snapshot, ReferenceKind.CustomModel, Seed.Unknown, "127.0.0.2").Lookup);
        Assert.Equal(LookupStatus.Resolved, Entry(snapshot, ReferenceKind.BaseModel, Seed.HealthyBase, "127.0.0.3").Lookup);
        Assert.Equal(LookupStatus.Resolved, Entry(snapshot, ReferenceKind.BaseModel, Seed.GermanBase, null).Lookup);
        Assert.Equal(0, foreign.CountRequests());
        Assert.All(other.Requests, r => Assert.Equal(200, r.StatusCode));
        Assert.Contains(other.Requests, r => r.PathAndQuery.Contains(Seed.Unknown.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(other.Requests, r => r.PathAndQuery.Contains(Seed.HealthyBase + "?", StringComparison.Ordinal));
        Assert.Contains(defaultEmulator.Requests, r => r.PathAndQuery.Contains($"models/base/{Seed.HealthyBase}", StringComparison.Ordinal));
        Assert.All(defaultEmulator.Requests.Concat(other.Requests), r => Assert.True(r.HadKeyHeader));
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public async Task Not_found_for_a_reference_naming_an_unconfigured_host_says_which_resource_to_configure()
    {
        await using var emulator = await Emulators.StartAsync();
        using var temp = new TempDirectory();
        using var budget = Emulators.Budget();
        var resolver = Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day), new ListLog(), budget);

        var snapshot = await resolver.ResolveAsync(new[] { new ScannedReference(ReferenceKind.CustomModel, Seed.Unknown, "westeurope.api.cognitive.microsoft.com") });

        var entry = Entry(snapshot, ReferenceKind.CustomModel, Seed.Unknown, "westeurope.api.cognitive.microsoft.com");
        Assert.Equal(LookupStatus.NotFound, entry.Lookup);
        Assert.Contains("SpeechLifecycleResource Include=\"https://westeurope.api.cognitive.microsoft.com\"", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Model_of_unknown_kind_tries_custom_then_base()
    {
        await using var emulator = await Emulators.StartAsync();
        using var temp = new TempDirectory();
        using var budget = Emulators.Budget();
        var resolver = Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day), new ListLog(), budget);

        var snapshot = await resolver.ResolveAsync(new[]
        {
            new ScannedReference(ReferenceKind.Model, Seed.HealthyBase, null),
            new ScannedReference(ReferenceKind.Model, Seed.Unknown, null),
        });

        Assert.Equal(LookupStatus.Resolved, Entry(snapshot, ReferenceKind.BaseModel, Seed.HealthyBase, null).Lookup);
        Assert.Equal(LookupStatus.NotFound, Entry(snapshot, ReferenceKind.Model, Seed.Unknown, null).Lookup);
        var paths = emulator.Requests.Select(r => r.PathAndQuery).ToList();
        Assert.True(paths.IndexOf(paths.First(p => p.Contains($"models/{Seed.HealthyBase}", StringComparison.Ordinal)))
            < paths.IndexOf(paths.First(p => p.Contains($"models/base/{Seed.HealthyBase}", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Shared_lookups_are_made_once_and_a_fresh_cache_rerun_makes_no_request()
    {
        await using var emulator = await Emulators.StartAsync();
        using var temp = new TempDirectory();
        var references = new[]
        {
            new ScannedReference(ReferenceKind.Endpoint, Seed.EndpointOnCustom, null),
            new ScannedReference(ReferenceKind.Endpoint, Seed.EndpointOnCustom, "127.0.0.1"),
            new ScannedReference(ReferenceKind.CustomModel, Seed.ExpiringCustom, null),
            new ScannedReference(ReferenceKind.Endpoint, Seed.Unknown, null),
        };

        using (var budget = Emulators.Budget())
        {
            await Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day), new ListLog(), budget).ResolveAsync(references);
        }

        Assert.Equal(1, emulator.CountRequests(r => r.PathAndQuery.Contains($"endpoints/{Seed.EndpointOnCustom}", StringComparison.Ordinal)));
        Assert.Equal(1, emulator.CountRequests(r => r.PathAndQuery.Contains($"models/{Seed.ExpiringCustom}", StringComparison.Ordinal)));
        emulator.ResetRequests();

        LifecycleSnapshot second;
        using (var budget = Emulators.Budget())
        {
            second = await Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day), new ListLog(), budget).ResolveAsync(references);
        }

        Assert.Equal(0, emulator.CountRequests());
        Assert.Equal(LookupStatus.Resolved, Entry(second, ReferenceKind.Endpoint, Seed.EndpointOnCustom, null).Lookup);
        Assert.Equal(LookupStatus.NotFound, Entry(second, ReferenceKind.Endpoint, Seed.Unknown, null).Lookup);
        Assert.NotEmpty(second.Candidates);
    }

    [Fact]
    public async Task Authentication_failure_warns_once_naming_host_and_variable_and_stops_asking()
    {
        await using var emulator = await Emulators.StartAsync();
        using var temp = new TempDirectory();
        using var budget = Emulators.Budget();
        var log = new ListLog();
        var settings = new ResolverSettings { DefaultResource = new SpeechResource(emulator.BaseAddress, "MY_SPEECH_KEY", "not-the-key") };

        var snapshot = await Resolver(settings, new LifecycleCache(temp.Path, Day), log, budget).ResolveAsync(new[]
        {
            new ScannedReference(ReferenceKind.BaseModel, Seed.ExpiredBase, null),
            new ScannedReference(ReferenceKind.BaseModel, Seed.HealthyBase, null),
            new ScannedReference(ReferenceKind.CustomModel, Seed.ExpiringCustom, null),
        });

        var (code, message) = Assert.Single(log.Warnings);
        Assert.Equal(TaskMessageCodes.AuthenticationFailed, code);
        Assert.Contains("127.0.0.1", message, StringComparison.Ordinal);
        Assert.Contains("MY_SPEECH_KEY", message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-key", message, StringComparison.Ordinal);
        Assert.All(snapshot.Entries, e => Assert.Equal((LookupStatus.Unavailable, UnavailableReason.AuthenticationFailed), (e.Lookup, e.UnavailableReason)));
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData(1, 401)]
    [InlineData(4, 401)]
    [InlineData(8, 403)]
    public async Task After_the_first_401_or_403_no_request_to_that_resource_leaves_except_those_already_in_flight(int concurrency, int status)
    {
        // 40 look-ups all start at once and queue for the connection slots. The refusal is checked again when a request
        // gets its slot, so only requests already sent when the first refusal arrived (at most the slots there are) reach
        // the service; with one slot that is exactly one. Before, every queued request was sent (40).
        using var handler = new RefusingHandler(status);
        using var temp = new TempDirectory();
        using var budget = new RequestBudget(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(30), maxConcurrency: concurrency);
        var log = new ListLog();
        SpeechApiVersion.TryParse("2025-10-15", out var version);
        var settings = new ResolverSettings { DefaultResource = new SpeechResource(new Uri("https://eastus.api.cognitive.microsoft.com"), "MY_SPEECH_KEY", "wrong-key") };
        var references = Enumerable.Range(0, 40).Select(i => new ScannedReference(ReferenceKind.CustomModel, new Guid(i + 1, 2, 0x4003, 0x84, 0, 0, 0, 0, 0, 0, 5), null)).ToArray();

        var snapshot = await new LifecycleResolver(settings, new LifecycleCache(temp.Path, Day), log, resource => new SpeechRestClient(resource, version, budget, handler)).ResolveAsync(references);

        if (concurrency == 1)
        {
            Assert.Equal(1, handler.Count);
        }
        else
        {
            Assert.InRange(handler.Count, 1, concurrency);
        }

        Assert.Equal(40, snapshot.Entries.Count);
        Assert.All(snapshot.Entries, e => Assert.Equal((LookupStatus.Unavailable, UnavailableReason.AuthenticationFailed), (e.Lookup, e.UnavailableReason)));
        Assert.Equal(TaskMessageCodes.AuthenticationFailed, Assert.Single(log.Warnings).Code);
    }

    private static readonly Uri StormResource = new("https://eastus.api.cognitive.microsoft.com");

    private static readonly Guid[] FoundBefore =
    {
        Guid.Parse("11111111-aaaa-4aaa-8aaa-000000000001"),
        Guid.Parse("11111111-aaaa-4aaa-8aaa-000000000002"),
        Guid.Parse("11111111-aaaa-4aaa-8aaa-000000000003"),
    };

    private static readonly Guid NeverFound = Guid.Parse("11111111-aaaa-4aaa-8aaa-0000000000ff");

    /// <summary>A cache holding resolved entries for <see cref="FoundBefore"/>, fetched two days ago (older than its lifetime).</summary>
    private static LifecycleCache CacheWithOldEntries(TempDirectory temp)
    {
        var cache = new LifecycleCache(temp.Path, Day);
        foreach (var id in FoundBefore)
        {
            cache.StoreEntry(StormResource.Host, new LifecycleEntry
            {
                Kind = ReferenceKind.CustomModel, Id = id, Locale = "en-US", DisplayName = "found before " + id.ToString("N")[^1],
                TranscriptionDateTime = new DateTime(2027, 1, 15, 0, 0, 0, DateTimeKind.Utc), Lookup = LookupStatus.Resolved,
                FetchedAt = DateTime.UtcNow.AddDays(-2),
            });
        }

        return cache;
    }

    private static LifecycleResolver ScriptedResolver(LifecycleCache cache, ListLog log, RequestBudget budget, HttpMessageHandler handler, LifecycleSnapshot? committed = null)
    {
        SpeechApiVersion.TryParse("2025-10-15", out var version);
        var settings = new ResolverSettings { DefaultResource = new SpeechResource(StormResource, "SPEECH_KEY", "k"), CommittedSnapshot = committed };
        return new LifecycleResolver(settings, cache, log, resource => new SpeechRestClient(resource, version, budget, handler));
    }

    [Fact]
    public async Task A_404_storm_keeps_previous_data_caches_no_404_and_warns_naming_the_resource()
    {
        using var temp = new TempDirectory();
        using var budget = Emulators.Budget();
        using var handler = new AnsweringHandler(_ => 404);
        var log = new ListLog();
        var references = FoundBefore.Append(NeverFound).Select(id => new ScannedReference(ReferenceKind.CustomModel, id, null)).ToArray();

        var snapshot = await ScriptedResolver(CacheWithOldEntries(temp), log, budget, handler).ResolveAsync(references);

        var (code, message) = Assert.Single(log.Warnings);
        Assert.Equal(TaskMessageCodes.NotFoundStorm, code);
        Assert.Contains(StormResource.Host, message, StringComparison.Ordinal);
        Assert.Contains("4 of 4", message, StringComparison.Ordinal);
        foreach (var id in FoundBefore)
        {
            var kept = Entry(snapshot, ReferenceKind.CustomModel, id, null);
            Assert.Equal((LookupStatus.Resolved, DataOrigin.Cache, true), (kept.Lookup, kept.Origin, kept.IsStale));
            Assert.Equal(new DateTime(2027, 1, 15), kept.TranscriptionDateTime);
        }

        Assert.Equal(LookupStatus.NotFound, Entry(snapshot, ReferenceKind.CustomModel, NeverFound, null).Lookup);

        // The cache still holds the good entries, and no 404 at all.
        var reread = new LifecycleCache(temp.Path, Day);
        Assert.All(FoundBefore, id => Assert.Equal(LookupStatus.Resolved, reread.TryGetEntry(StormResource.Host, ReferenceKind.CustomModel, id)!.Entry.Lookup));
        Assert.Null(reread.TryGetEntry(StormResource.Host, ReferenceKind.CustomModel, NeverFound));
    }

    [Fact]
    public async Task In_a_404_storm_the_committed_snapshot_wins_over_the_cache_for_references_found_before()
    {
        using var temp = new TempDirectory();
        using var budget = Emulators.Budget();
        using var handler = new AnsweringHandler(_ => 404);
        var committed = new LifecycleSnapshot();
        committed.Entries.Add(new LifecycleEntry { Kind = ReferenceKind.CustomModel, Id = FoundBefore[0], Lookup = LookupStatus.Resolved, Locale = "en-US", DisplayName = "committed" });
        var log = new ListLog();
        var references = FoundBefore.Select(id => new ScannedReference(ReferenceKind.CustomModel, id, null)).ToArray();

        var snapshot = await ScriptedResolver(CacheWithOldEntries(temp), log, budget, handler, committed).ResolveAsync(references);

        var kept = Entry(snapshot, ReferenceKind.CustomModel, FoundBefore[0], null);
        Assert.Equal(("committed", DataOrigin.Snapshot, false), (kept.DisplayName, kept.Origin, kept.IsStale));
        Assert.Equal(TaskMessageCodes.NotFoundStorm, Assert.Single(log.Warnings).Code);
    }

    [Theory]
    [InlineData(1, 0)] // one 404 among found references: an answer
    [InlineData(3, 1)] // 3 of 4 answers 404 (75 %): below the threshold
    public async Task Fewer_404s_than_a_storm_are_answers_cached_as_before(int notFound, int found)
    {
        using var temp = new TempDirectory();
        using var budget = Emulators.Budget();
        var missing = FoundBefore.Take(notFound).ToHashSet();
        using var handler = new AnsweringHandler(request => missing.Any(id => request.RequestUri!.AbsolutePath.EndsWith(id.ToString(), StringComparison.Ordinal)) ? 404 : 200);
        var log = new ListLog();
        var ids = FoundBefore.Take(notFound).Concat(Enumerable.Range(0, found).Select(i => new Guid(i + 1, 9, 0x4009, 0x89, 0, 0, 0, 0, 0, 0, 9)));
        var references = ids.Select(id => new ScannedReference(ReferenceKind.CustomModel, id, null)).ToArray();

        var snapshot = await ScriptedResolver(CacheWithOldEntries(temp), log, budget, handler).ResolveAsync(references);

        Assert.DoesNotContain(log.Warnings, w => w.Code == TaskMessageCodes.NotFoundStorm);
        var reread = new LifecycleCache(temp.Path, Day);
        foreach (var id in missing)
        {
            Assert.Equal(LookupStatus.NotFound, Entry(snapshot, ReferenceKind.CustomModel, id, null).Lookup);
            Assert.Equal(LookupStatus.NotFound, reread.TryGetEntry(StormResource.Host, ReferenceKind.CustomModel, id)!.Entry.Lookup);
        }
    }

    /// <summary>Answers each request with the status <paramref name="status"/> gives it: a model body for 200, the service's 404 envelope otherwise.</summary>
    private sealed class AnsweringHandler(Func<HttpRequestMessage, int> status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var code = status(request);
            var id = request.RequestUri!.AbsolutePath.Split('/').Last();
            var body = code == 200
                ? $$"""{ "self": "{{request.RequestUri.GetLeftPart(UriPartial.Path)}}", "displayName": "m", "locale": "en-US", "createdDateTime": "2026-01-01T00:00:00Z", "properties": { "deprecationDates": { "transcriptionDateTime": "2028-01-15T00:00:00Z" } } }"""
                : $$"""{ "error": { "code": "NotFound", "message": "Entity {{id}} not found." } }""";
            return Task.FromResult(new HttpResponseMessage((System.Net.HttpStatusCode)code) { Content = new StringContent(body) });
        }
    }

    /// <summary>Answers every request with a refusal after a short pause, so the other look-ups queue meanwhile.</summary>
    private sealed class RefusingHandler(int status) : HttpMessageHandler
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            await Task.Delay(50, cancellationToken);
            return new HttpResponseMessage((System.Net.HttpStatusCode)status) { Content = new StringContent("""{ "error": { "code": "401", "message": "Access denied due to invalid subscription key." } }""") };
        }
    }

    [Fact]
    public async Task Missing_key_sends_nothing_and_says_which_variable()
    {
        await using var emulator = await Emulators.StartAsync();
        using var temp = new TempDirectory();
        using var budget = Emulators.Budget();
        var log = new ListLog();
        var settings = new ResolverSettings { DefaultResource = new SpeechResource(emulator.BaseAddress, "UNSET_SPEECH_KEY", null) };

        var snapshot = await Resolver(settings, new LifecycleCache(temp.Path, Day), log, budget).ResolveAsync(new[] { new ScannedReference(ReferenceKind.BaseModel, Seed.ExpiredBase, null) });

        Assert.Equal(0, emulator.CountRequests());
        Assert.Equal(UnavailableReason.NoKeyForHost, Assert.Single(snapshot.Entries).UnavailableReason);
        Assert.Contains(log.Warnings, w => w.Code == TaskMessageCodes.MissingKey && w.Message.Contains("UNSET_SPEECH_KEY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failed_refresh_uses_the_stale_cache_entry_marked_stale_and_is_not_cached()
    {
        await using var emulator = await Emulators.StartAsync();
        using var temp = new TempDirectory();
        var now = DateTime.UtcNow;
        var reference = new ScannedReference(ReferenceKind.BaseModel, Seed.ExpiredBase, null);
        using (var budget = Emulators.Budget())
        {
            await Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day, () => now), new ListLog(), budget).ResolveAsync(new[] { reference });
        }

        var cacheFile = new LifecycleCache(temp.Path, Day).EntryPath(Emulators.Resource(emulator).CacheHost, ReferenceKind.BaseModel, Seed.ExpiredBase);
        var before = File.ReadAllText(cacheFile);
        emulator.Faults.Add(new FaultRule { PathContains = "/models/", Kind = FaultKind.ServerError, StatusCode = 502 });
        var log = new ListLog();
        LifecycleSnapshot snapshot;
        using (var budget = Emulators.Budget())
        {
            snapshot = await Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day, () => now.AddDays(2)), log, budget).ResolveAsync(new[] { reference });
        }

        var entry = Entry(snapshot, ReferenceKind.BaseModel, Seed.ExpiredBase, null);
        Assert.True(entry.IsStale);
        Assert.Equal(LookupStatus.Resolved, entry.Lookup);
        Assert.Equal(new DateTime(2024, 1, 15), entry.TranscriptionDateTime);
        Assert.Equal(before, File.ReadAllText(cacheFile));
        Assert.Contains(log.Messages, m => m.Code == TaskMessageCodes.ServiceUnavailable);
    }

    [Theory]
    [InlineData(FaultKind.ServerError, UnavailableReason.ServiceError)]
    [InlineData(FaultKind.MalformedBody, UnavailableReason.ServiceError)]
    [InlineData(FaultKind.OversizedBody, UnavailableReason.ServiceError)]
    [InlineData(FaultKind.Redirect, UnavailableReason.ServiceUnreachable)]
    public async Task Failure_without_cache_is_unavailable_with_the_reason_and_nothing_is_cached(FaultKind fault, UnavailableReason reason)
    {
        await using var emulator = await Emulators.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = fault, StatusCode = 500, RedirectTo = "https://example.com/" });
        using var temp = new TempDirectory();
        using var budget = Emulators.Budget();

        var snapshot = await Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day), new ListLog(), budget)
            .ResolveAsync(new[] { new ScannedReference(ReferenceKind.Endpoint, Seed.EndpointOnCustom, null) });

        var entry = Assert.Single(snapshot.Entries);
        Assert.Equal((LookupStatus.Unavailable, reason), (entry.Lookup, entry.UnavailableReason));
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Rate_limited_resource_is_waited_out_and_every_reference_resolves()
    {
        await using var emulator = await SpeechEmulator.StartAsync(new EmulatorOptions { DataJson = Seed.Json(), RateLimit = new RateLimit(3, TimeSpan.FromSeconds(1)) });
        using var temp = new TempDirectory();
        using var budget = Emulators.Budget();
        var references = new[]
        {
            new ScannedReference(ReferenceKind.BaseModel, Seed.ExpiredBase, null),
            new ScannedReference(ReferenceKind.BaseModel, Seed.HealthyBase, null),
            new ScannedReference(ReferenceKind.BaseModel, Seed.GermanBase, null),
            new ScannedReference(ReferenceKind.CustomModel, Seed.ExpiringCustom, null),
            new ScannedReference(ReferenceKind.Endpoint, Seed.EndpointOnCustom, null),
            new ScannedReference(ReferenceKind.Endpoint, Seed.EndpointOnExpiredBase, null),
        };

        var snapshot = await Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day), new ListLog(), budget).ResolveAsync(references);

        Assert.All(snapshot.Entries, e => Assert.Equal(LookupStatus.Resolved, e.Lookup));
        Assert.Contains(emulator.Requests, r => r.StatusCode == 429);
        Assert.False(budget.WasExhausted);
    }

    private static readonly ScannedReference[] RateLimitedReferences =
    {
        new(ReferenceKind.BaseModel, Seed.ExpiredBase, null),
        new(ReferenceKind.BaseModel, Seed.HealthyBase, null),
        new(ReferenceKind.BaseModel, Seed.GermanBase, null),
        new(ReferenceKind.CustomModel, Seed.ExpiringCustom, null),
        new(ReferenceKind.Endpoint, Seed.EndpointOnCustom, null),
        new(ReferenceKind.Endpoint, Seed.EndpointOnExpiredBase, null),
    };

    [Fact]
    public async Task Requests_queued_for_a_slot_are_not_sent_before_a_429s_retry_after_elapsed()
    {
        // A 1 s window: the emulator's Retry-After is then always 1 s. One slot, so every request after a 429 was
        // queued behind it and must wait (before, they were sent during the pause).
        var retryAfter = TimeSpan.FromSeconds(1);
        await using var emulator = await SpeechEmulator.StartAsync(new EmulatorOptions { DataJson = Seed.Json(), RateLimit = new RateLimit(3, retryAfter) });
        using var temp = new TempDirectory();
        using var budget = new RequestBudget(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(10), maxConcurrency: 1, firstBackoff: TimeSpan.FromMilliseconds(50));

        var snapshot = await Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day), new ListLog(), budget).ResolveAsync(RateLimitedReferences);

        Assert.All(snapshot.Entries, e => Assert.Equal(LookupStatus.Resolved, e.Lookup));
        var requests = emulator.Requests.OrderBy(r => r.ReceivedAt).ToList();
        var refused = requests.Where(r => r.StatusCode == 429).ToList();
        Assert.NotEmpty(refused);
        foreach (var throttled in refused)
        {
            Assert.DoesNotContain(requests, r => r.ReceivedAt > throttled.ReceivedAt && r.ReceivedAt < throttled.ReceivedAt + retryAfter);
        }
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_budget_stops_all_sending_to_that_resource()
    {
        await using var emulator = await SpeechEmulator.StartAsync(new EmulatorOptions { DataJson = Seed.Json(), RateLimit = new RateLimit(2, TimeSpan.FromSeconds(60)) });
        using var temp = new TempDirectory();
        using var budget = new RequestBudget(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(10), maxConcurrency: 1, firstBackoff: TimeSpan.FromMilliseconds(50));

        var snapshot = await Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day), new ListLog(), budget).ResolveAsync(RateLimitedReferences);

        // Two admitted, one refused with Retry-After ≈ 60 s > the 20 s budget, then nothing more.
        Assert.Equal(3, emulator.CountRequests());
        Assert.Equal(429, emulator.Requests.OrderBy(r => r.ReceivedAt).Last().StatusCode);
        Assert.True(budget.WasExhausted);
        Assert.Contains(snapshot.Entries, e => e.Lookup == LookupStatus.Unavailable && e.UnavailableReason == UnavailableReason.BudgetExhausted);
        Assert.All(snapshot.Entries, e => Assert.True(e.Lookup == LookupStatus.Resolved || e.UnavailableReason == UnavailableReason.BudgetExhausted, $"{e.Kind} {e.Id}: {e.Lookup} {e.UnavailableReason}"));
    }

    [Fact]
    public async Task Hanging_service_is_bounded_by_the_budget()
    {
        await using var emulator = await Emulators.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.Hang });
        using var temp = new TempDirectory();
        using var budget = Emulators.Budget(seconds: 2);
        var references = Enumerable.Range(0, 12).Select(i => new ScannedReference(ReferenceKind.CustomModel, new Guid(i + 7, 1, 0x4001, 0x81, 0, 0, 0, 0, 0, 0, 1), null)).ToArray();

        var snapshot = await Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day), new ListLog(), budget).ResolveAsync(references);

        Assert.Equal(12, snapshot.Entries.Count);
        Assert.All(snapshot.Entries, e => Assert.Equal(LookupStatus.Unavailable, e.Lookup));
        Assert.All(snapshot.Entries, e => Assert.Contains(e.UnavailableReason, new[] { UnavailableReason.BudgetExhausted, UnavailableReason.ServiceUnreachable }));
        Assert.True(emulator.CountRequests() <= 12);
    }

    [Fact]
    public async Task An_unreachable_resource_is_not_asked_again_by_the_next_project_for_a_while()
    {
        await using var emulator = await Emulators.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.Hang, Times = 1 });
        using var temp = new TempDirectory();
        var now = DateTime.UtcNow;
        var references = new[] { new ScannedReference(ReferenceKind.BaseModel, Seed.HealthyBase, null) };
        using (var budget = Emulators.Budget(seconds: 2))
        {
            await Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day, () => now), new ListLog(), budget).ResolveAsync(references);
        }

        emulator.ResetRequests();
        var log = new ListLog();
        LifecycleSnapshot skipped;
        using (var budget = Emulators.Budget())
        {
            skipped = await Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day, () => now.AddSeconds(30)), log, budget).ResolveAsync(references);
        }

        Assert.Equal(0, emulator.CountRequests());
        Assert.Equal(UnavailableReason.ServiceUnreachable, Assert.Single(skipped.Entries).UnavailableReason);
        Assert.Contains(log.Messages, m => m.Code == TaskMessageCodes.ServiceUnavailable && m.Message.Contains("not asked again", StringComparison.Ordinal));

        LifecycleSnapshot later;
        using (var budget = Emulators.Budget())
        {
            later = await Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day, () => now.AddMinutes(3)), new ListLog(), budget).ResolveAsync(references);
        }

        Assert.Equal(LookupStatus.Resolved, Assert.Single(later.Entries).Lookup);
        Assert.False(File.Exists(Path.Combine(temp.Path, Emulators.Resource(emulator).CacheHost, "unreachable")));
    }

    [Fact]
    public async Task While_a_resource_is_marked_unreachable_the_snapshot_is_the_same_at_any_time()
    {
        await using var emulator = await Emulators.StartAsync();
        using var temp = new TempDirectory();
        var now = DateTime.UtcNow;
        var host = Emulators.Resource(emulator).CacheHost;
        new LifecycleCache(temp.Path, Day, () => now).MarkUnreachable(host);
        var references = new[] { new ScannedReference(ReferenceKind.BaseModel, Seed.HealthyBase, null) };

        async Task<(string Text, ListLog Log)> BuildAt(DateTime clock)
        {
            var log = new ListLog();
            using var budget = Emulators.Budget();
            var snapshot = await Resolver(new ResolverSettings { DefaultResource = Emulators.Resource(emulator) }, new LifecycleCache(temp.Path, Day, () => clock), log, budget).ResolveAsync(references);
            return (LifecycleSnapshotWriter.Write(snapshot), log);
        }

        var first = await BuildAt(now.AddSeconds(5));
        // Later, another build found it unreachable again: same state, another time.
        var later = now.AddMinutes(3);
        new LifecycleCache(temp.Path, Day, () => later).MarkUnreachable(host);
        var second = await BuildAt(later.AddSeconds(71));

        Assert.Equal(0, emulator.CountRequests());
        Assert.Contains("serviceUnreachable", first.Text, StringComparison.Ordinal);
        Assert.Equal(first.Text, second.Text);
        Assert.DoesNotMatch(@"\d\d:\d\d", first.Text);
        // The times are still told, in the log.
        Assert.Contains(second.Log.Messages, m => m.Code == TaskMessageCodes.ServiceUnavailable && m.Message.Contains(later.ToString("HH':'mm':'ss"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Offline_uses_cache_then_committed_snapshot_and_sends_nothing()
    {
        await using var emulator = await Emulators.StartAsync();
        using var temp = new TempDirectory();
        var committed = new LifecycleSnapshot();
        committed.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.Endpoint, Id = Seed.EndpointOnExpiredBase, Lookup = LookupStatus.Resolved, Locale = "en-US",
            Model = new EntityLink(ReferenceKind.BaseModel, Seed.ExpiredBase, null),
        });
        var cache = new LifecycleCache(temp.Path, Day);
        cache.StoreEntry(Emulators.Resource(emulator).CacheHost, new LifecycleEntry { Kind = ReferenceKind.BaseModel, Id = Seed.HealthyBase, Locale = "en-US", Lookup = LookupStatus.Resolved });
        var settings = new ResolverSettings
        {
            DefaultResource = Emulators.Resource(emulator),
            OfflineReason = UnavailableReason.Offline,
            OfflineDetail = "design-time build",
            CommittedSnapshot = committed,
        };
        using var budget = Emulators.Budget();

        var snapshot = await Resolver(settings, cache, new ListLog(), budget).ResolveAsync(new[]
        {
            new ScannedReference(ReferenceKind.BaseModel, Seed.HealthyBase, null),
            new ScannedReference(ReferenceKind.Endpoint, Seed.EndpointOnExpiredBase, null),
            new ScannedReference(ReferenceKind.CustomModel, Seed.ExpiringCustom, null),
        });

        Assert.Equal(0, emulator.CountRequests());
        Assert.Equal(DataOrigin.Cache, Entry(snapshot, ReferenceKind.BaseModel, Seed.HealthyBase, null).Origin);
        Assert.Equal(DataOrigin.Snapshot, Entry(snapshot, ReferenceKind.Endpoint, Seed.EndpointOnExpiredBase, null).Origin);
        var missing = Entry(snapshot, ReferenceKind.CustomModel, Seed.ExpiringCustom, null);
        Assert.Equal((LookupStatus.Unavailable, UnavailableReason.Offline), (missing.Lookup, missing.UnavailableReason));
        Assert.Contains("design-time build", missing.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_any_configured_resource_references_are_unavailable_for_that_reason()
    {
        using var temp = new TempDirectory();
        using var budget = Emulators.Budget();
        var resolver = new LifecycleResolver(new ResolverSettings { OfflineReason = UnavailableReason.NoEndpointConfigured }, new LifecycleCache(temp.Path, Day), new ListLog(), null);

        var snapshot = await resolver.ResolveAsync(new[] { new ScannedReference(ReferenceKind.BaseModel, Seed.ExpiredBase, "eastus.api.cognitive.microsoft.com") });

        var entry = Assert.Single(snapshot.Entries);
        Assert.Equal((LookupStatus.Unavailable, UnavailableReason.NoEndpointConfigured), (entry.Lookup, entry.UnavailableReason));
        Assert.Contains("eastus.api.cognitive.microsoft.com", entry.Detail, StringComparison.Ordinal);
    }
}
