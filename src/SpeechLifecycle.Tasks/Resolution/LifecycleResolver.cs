using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// Turns references into snapshot entries. Routing: a reference goes to the configured resource whose host equals the
/// host it names, otherwise to the default resource; a host that only appears in code or config is never contacted.
/// Per look-up the order is: fresh cache, service, committed snapshot, stale cache (marked stale), Unavailable with
/// the reason. Answers (resolved or 404) are cached; failures never are.
/// </summary>
public sealed class LifecycleResolver
{
    private readonly ResolverSettings _settings;
    private readonly LifecycleCache _cache;
    private readonly IResolverLog _log;
    private readonly Func<SpeechResource, SpeechRestClient>? _clientFactory;
    private readonly ConcurrentDictionary<string, SpeechRestClient> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Resource, ReferenceKind Kind, Guid Id), Lazy<Task<Lookup>>> _lookups = new();
    private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

    // Hosts found unreachable in this run or, per the cache's marker, by another project of the build a moment ago.
    private readonly ConcurrentDictionary<string, string> _unreachable = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _markerChecked = new(StringComparer.Ordinal);

    // The service's answers per resource in this run, so a 404 storm is recognised before any of its 404s is cached.
    private readonly ConcurrentDictionary<string, ResourceAnswers> _answers = new(StringComparer.Ordinal);

    // Resources in a 404 storm in this run, with the previous data of the references they answered 404 for.
    private readonly Dictionary<string, ResourceAnswers> _storms = new(StringComparer.Ordinal);

    /// <param name="clientFactory">Creates the client of a resource; null keeps the run offline whatever the settings say.</param>
    public LifecycleResolver(ResolverSettings settings, LifecycleCache cache, IResolverLog log, Func<SpeechResource, SpeechRestClient>? clientFactory)
    {
        _settings = settings;
        _cache = cache;
        _log = log;
        _clientFactory = clientFactory;
    }

    /// <summary>HTTP requests sent by this resolver (all resources, all attempts).</summary>
    public int RequestCount => _clients.Values.Sum(client => client.RequestCount);

    /// <summary>The resource a reference is resolved through, or null when none is configured for it.</summary>
    public SpeechResource? ResourceFor(ScannedReference reference)
    {
        if (reference.Host is not null)
        {
            foreach (var resource in _settings.Resources)
            {
                if (resource.Host == reference.Host)
                {
                    return resource;
                }
            }

            if (_settings.DefaultResource is { } configured && configured.Host == reference.Host)
            {
                return configured;
            }
        }

        return _settings.DefaultResource;
    }

    public async Task<LifecycleSnapshot> ResolveAsync(IReadOnlyList<ScannedReference> references, CancellationToken cancellationToken = default)
    {
        try
        {
            var snapshot = new LifecycleSnapshot { Generator = "SpeechLifecycle.Analyzers task" };
            var results = await Task.WhenAll(references.Select(reference => ResolveReferenceAsync(reference, cancellationToken))).ConfigureAwait(false);
            SettleNotFound();

            var entries = new Dictionary<(ReferenceKind, Guid, string?), LifecycleEntry>();
            foreach (var (entry, _, resource) in results)
            {
                var kept = KeptThroughStorm(entry, resource);
                entries[(kept.Kind, kept.Id, kept.Host)] = kept;
            }

            // Linked models (an endpoint's model, a custom model's base) under the host of the resource that answered.
            foreach (var (_, linked, resource) in results)
            {
                foreach (var found in linked)
                {
                    var entry = KeptThroughStorm(found, resource);
                    var key = (entry.Kind, entry.Id, entry.Host);
                    if (!entries.ContainsKey(key))
                    {
                        entries[key] = entry;
                    }
                }
            }

            snapshot.Entries.AddRange(entries.Values);
            await AddCandidatesAsync(references, snapshot, cancellationToken).ConfigureAwait(false);
            return snapshot;
        }
        finally
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }
        }
    }

    private async Task<(LifecycleEntry Entry, List<LifecycleEntry> Linked, SpeechResource? Resource)> ResolveReferenceAsync(ScannedReference reference, CancellationToken cancellationToken)
    {
        var linked = new List<LifecycleEntry>();
        var resource = ResourceFor(reference);
        if (resource is null)
        {
            var entry = Unavailable(reference, UnavailableReason.NoEndpointConfigured, reference.Host is null
                ? "No Speech resource is configured: set SpeechLifecycleEndpoint and the key variable."
                : $"No Speech resource is configured for {reference.Host}: set SpeechLifecycleEndpoint to https://{reference.Host} or add a SpeechLifecycleResource item for it.");
            return (FromFallback(reference, entry, null), linked, null);
        }

        var lookup = await LookupAsync(resource, reference.Kind, reference.Id, reference, cancellationToken).ConfigureAwait(false);
        var result = lookup.Entry;
        if (result.Lookup == LookupStatus.Resolved)
        {
            await AddLinkedAsync(resource, result, linked, cancellationToken).ConfigureAwait(false);
        }

        var copy = EntryCopy.Of(result);
        copy.Host = reference.Host;
        if (copy.Lookup == LookupStatus.NotFound && reference.Host is not null && reference.Host != resource.Host)
        {
            copy.Detail = (copy.Detail ?? string.Empty) + $" The reference names {reference.Host}, which is not a configured resource; it was looked up on {resource.Host}. Add <SpeechLifecycleResource Include=\"https://{reference.Host}\" KeyVariable=\"...\" /> to look it up there.";
        }

        return (copy, linked, resource);
    }

    private async Task AddLinkedAsync(SpeechResource resource, LifecycleEntry entry, List<LifecycleEntry> linked, CancellationToken cancellationToken)
    {
        var link = entry.Kind == ReferenceKind.Endpoint ? entry.Model : entry.BaseModel;
        if (link is null)
        {
            return;
        }

        var lookup = await LookupAsync(resource, link.Kind, link.Id, new ScannedReference(link.Kind, link.Id, resource.Host), cancellationToken).ConfigureAwait(false);
        var copy = EntryCopy.Of(lookup.Entry);
        copy.Host = resource.Host;
        linked.Add(copy);
        if (copy.Lookup == LookupStatus.Resolved && copy.Kind == ReferenceKind.CustomModel)
        {
            await AddLinkedAsync(resource, copy, linked, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class Lookup
    {
        public Lookup(LifecycleEntry entry) => Entry = entry;

        public LifecycleEntry Entry { get; }
    }

    /// <summary>One look-up per (resource, kind, ID) per run, however many references share it.</summary>
    private Task<Lookup> LookupAsync(SpeechResource resource, ReferenceKind kind, Guid id, ScannedReference reference, CancellationToken cancellationToken) =>
        _lookups.GetOrAdd((resource.CacheHost, kind, id),
            _ => new Lazy<Task<Lookup>>(() => kind == ReferenceKind.Model
                ? LookupModelOfUnknownKindAsync(resource, id, reference, cancellationToken)
                : LookupSingleAsync(resource, kind, id, reference, cancellationToken))).Value;

    /// <summary>A GUID under a plain <c>ModelId</c> key: custom model first, then base model.</summary>
    private async Task<Lookup> LookupModelOfUnknownKindAsync(SpeechResource resource, Guid id, ScannedReference reference, CancellationToken cancellationToken)
    {
        var custom = await LookupAsync(resource, ReferenceKind.CustomModel, id, reference, cancellationToken).ConfigureAwait(false);
        if (custom.Entry.Lookup == LookupStatus.Resolved)
        {
            return custom;
        }

        var baseModel = await LookupAsync(resource, ReferenceKind.BaseModel, id, reference, cancellationToken).ConfigureAwait(false);
        if (baseModel.Entry.Lookup == LookupStatus.Resolved)
        {
            return baseModel;
        }

        var chosen = custom.Entry.Lookup == LookupStatus.NotFound ? baseModel.Entry : custom.Entry;
        var copy = EntryCopy.Of(chosen);
        copy.Kind = ReferenceKind.Model;
        if (copy.Lookup == LookupStatus.NotFound)
        {
            copy.Detail = $"Neither a custom model nor a base model with this ID exists on {resource.Host} (404).";
        }

        return new Lookup(copy);
    }

    private async Task<Lookup> LookupSingleAsync(SpeechResource resource, ReferenceKind kind, Guid id, ScannedReference reference, CancellationToken cancellationToken)
    {
        var cached = _cache.TryGetEntry(resource.CacheHost, kind, id);
        if (cached is { IsFresh: true })
        {
            var fresh = EntryCopy.Of(cached.Entry);
            fresh.Origin = DataOrigin.Cache;
            fresh.Host = resource.Host;
            return new Lookup(fresh);
        }

        var (reason, detail) = WhyNotOnline(resource);
        if (reason == UnavailableReason.None)
        {
            var client = _clients.GetOrAdd(resource.CacheHost, _ => _clientFactory!(resource));
            var result = kind == ReferenceKind.Endpoint
                ? await client.GetEndpointAsync(id, cancellationToken).ConfigureAwait(false)
                : await client.GetModelAsync(kind, id, cancellationToken).ConfigureAwait(false);
            switch (result.Outcome)
            {
                case ServiceOutcome.Success:
                    if (_markerChecked.TryAdd("clear:" + resource.CacheHost, true))
                    {
                        _cache.ClearUnreachable(resource.CacheHost);
                    }

                    var entry = result.Value!;
                    entry.Origin = DataOrigin.Service;
                    entry.Lookup = LookupStatus.Resolved;
                    entry.FetchedAt = WholeSeconds(DateTime.UtcNow);
                    _cache.StoreEntry(resource.CacheHost, entry);
                    AnswersOf(resource).Found();
                    return new Lookup(entry);
                case ServiceOutcome.NotFound:
                    var missing = new LifecycleEntry
                    {
                        Kind = kind,
                        Id = id,
                        Host = resource.Host,
                        Origin = DataOrigin.Service,
                        FetchedAt = WholeSeconds(DateTime.UtcNow),
                        Lookup = LookupStatus.NotFound,
                        Detail = $"{resource.Host} answered 404 for this {Describe(kind)} (deleted, another resource or region, or a custom-voice endpoint).",
                    };

                    // Cached only once the run knows this is not a 404 storm (SettleNotFound).
                    AnswersOf(resource).NotFound(missing, PreviouslyFound(kind, id, reference.Host, cached));
                    return new Lookup(missing);
                case ServiceOutcome.AuthenticationFailed:
                    if (_refused.TryAdd(resource.CacheHost, true))
                    {
                        _log.Warning(TaskMessageCodes.AuthenticationFailed,
                            $"The Speech resource {resource.Host} refused the key from environment variable {resource.KeyVariable} (HTTP {result.StatusCode}). Check that the variable holds a key of that resource. Lifecycle data falls back to the cache and the committed snapshot.");
                    }

                    (reason, detail) = (UnavailableReason.AuthenticationFailed, $"{resource.Host} refused the key from {resource.KeyVariable} (HTTP {result.StatusCode}).");
                    break;
                default:
                    (reason, detail) = (ReasonFor(result.Outcome), $"{resource.Host}: {result.Message}");
                    if (result.Outcome is ServiceOutcome.Unreachable or ServiceOutcome.BudgetExhausted
                        && _unreachable.TryAdd(resource.CacheHost, detail))
                    {
                        _cache.MarkUnreachable(resource.CacheHost);
                    }

                    if (_reported.TryAdd(resource.CacheHost, true))
                    {
                        if (result.Outcome == ServiceOutcome.BudgetExhausted)
                        {
                            _log.Message(TaskMessageCodes.BudgetExhausted,
                                $"The time budget for Speech look-ups ran out ({resource.Host}: {result.Message}); cached or committed data was used where available.", important: true);
                        }
                        else
                        {
                            _log.Message(TaskMessageCodes.ServiceUnavailable,
                                $"Could not refresh lifecycle data from {resource.Host}: {result.Message} Cached or committed data was used where available.", important: true);
                        }
                    }

                    break;
            }
        }

        return new Lookup(FromFallback(reference, Unavailable(new ScannedReference(kind, id, resource.Host), reason, detail), cached));
    }

    /// <summary>Committed snapshot first (the user's explicit data), then a stale cache entry, else the Unavailable entry.</summary>
    private LifecycleEntry FromFallback(ScannedReference reference, LifecycleEntry unavailable, CachedEntry? stale)
    {
        var committed = _settings.CommittedSnapshot?.Find(reference.Kind, reference.Id, reference.Host);
        if (committed is not null && committed.Lookup != LookupStatus.Unavailable)
        {
            var copy = EntryCopy.Of(committed);
            copy.Origin = DataOrigin.Snapshot;
            return copy;
        }

        if (stale is not null)
        {
            var copy = EntryCopy.Of(stale.Entry);
            copy.Origin = DataOrigin.Cache;
            copy.IsStale = true;
            copy.Detail = unavailable.Detail;
            return copy;
        }

        return unavailable;
    }

    private (UnavailableReason Reason, string? Detail) WhyNotOnline(SpeechResource resource)
    {
        if (!_settings.IsOnline || _clientFactory is null)
        {
            var reason = _settings.IsOnline ? UnavailableReason.Offline : _settings.OfflineReason;
            return (reason, _settings.OfflineDetail ?? "The build ran offline.");
        }

        if (resource.Key is null)
        {
            if (_reported.TryAdd("key:" + resource.CacheHost, true))
            {
                _log.Warning(TaskMessageCodes.MissingKey,
                    $"Environment variable {resource.KeyVariable} is not set, so {resource.Host} was not queried. Set it to a key of that resource (or set SpeechLifecycleKeyVariable / the item's KeyVariable to the variable that holds it).");
            }

            return (UnavailableReason.NoKeyForHost, $"No key for {resource.Host}: environment variable {resource.KeyVariable} is not set.");
        }

        if (_refused.ContainsKey(resource.CacheHost))
        {
            return (UnavailableReason.AuthenticationFailed, $"{resource.Host} refused the key from {resource.KeyVariable}.");
        }

        if (_markerChecked.TryAdd(resource.CacheHost, true) && _cache.RecentlyUnreachable(resource.CacheHost) is { } since)
        {
            // The detail goes into the snapshot, so it carries no time: a changing text would rewrite the snapshot and
            // recompile on every no-change build while the service is down. The times go to the log only.
            var skipped = $"{resource.Host} was unreachable in a recent build (of this or another project); it is not asked again for {LifecycleCache.UnreachableBackoff.TotalMinutes.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} minutes after that.";
            _unreachable.TryAdd(resource.CacheHost, skipped);
            _log.Message(TaskMessageCodes.ServiceUnavailable,
                $"{resource.Host} was unreachable at {Clock(since)} UTC (a build of this or another project); it is not asked again until {Clock(since + LifecycleCache.UnreachableBackoff)} UTC. Cached or committed data was used where available.",
                important: true);
        }

        if (_unreachable.TryGetValue(resource.CacheHost, out var why))
        {
            return (UnavailableReason.ServiceUnreachable, why);
        }

        return (UnavailableReason.None, null);
    }

    /// <summary>
    /// A 404 storm (docs/msbuild.md, "404 storms"): a resource answered at least <see cref="StormMinimumAnswers"/>
    /// single look-ups in this run, at least 80 % of them 404, and earlier data (a cache entry or the committed
    /// snapshot) had found at least one of the references it now answered 404 for. That is a wrong resource or region,
    /// or a failing gateway, far more often than a mass deletion.
    /// </summary>
    public const int StormMinimumAnswers = 3;

    private sealed class ResourceAnswers
    {
        private readonly object _gate = new();
        private readonly List<LifecycleEntry> _notFound = new();

        public ResourceAnswers(SpeechResource resource) => Resource = resource;

        public SpeechResource Resource { get; }

        public int FoundCount { get; private set; }

        public IReadOnlyList<LifecycleEntry> NotFoundEntries => _notFound;

        /// <summary>The earlier data of references this resource answered 404 for, by (kind, ID).</summary>
        public Dictionary<(ReferenceKind, Guid), LifecycleEntry> Previous { get; } = new();

        public void Found()
        {
            lock (_gate)
            {
                FoundCount++;
            }
        }

        public void NotFound(LifecycleEntry missing, LifecycleEntry? previous)
        {
            lock (_gate)
            {
                _notFound.Add(missing);
                if (previous is not null)
                {
                    Previous[(missing.Kind, missing.Id)] = previous;
                }
            }
        }

        public bool IsStorm()
        {
            var answers = FoundCount + _notFound.Count;
            return answers >= StormMinimumAnswers && _notFound.Count * 5 >= answers * 4 && Previous.Count > 0;
        }
    }

    private ResourceAnswers AnswersOf(SpeechResource resource) => _answers.GetOrAdd(resource.CacheHost, _ => new ResourceAnswers(resource));

    /// <summary>The data that had found this reference before: the committed snapshot's, else a cache entry's (now stale).</summary>
    private LifecycleEntry? PreviouslyFound(ReferenceKind kind, Guid id, string? host, CachedEntry? cached)
    {
        var committed = _settings.CommittedSnapshot?.Find(kind, id, host);
        if (committed is { Lookup: LookupStatus.Resolved })
        {
            var copy = EntryCopy.Of(committed);
            copy.Origin = DataOrigin.Snapshot;
            return copy;
        }

        if (cached is { Entry.Lookup: LookupStatus.Resolved })
        {
            var copy = EntryCopy.Of(cached.Entry);
            copy.Origin = DataOrigin.Cache;
            copy.IsStale = true;
            return copy;
        }

        return null;
    }

    /// <summary>
    /// Once every look-up of the run has its answer: caches the 404s of each resource, unless they form a 404 storm;
    /// then they are not cached (the good entries stay), the references found before keep that data, and SPLT016 names
    /// the resource.
    /// </summary>
    private void SettleNotFound()
    {
        foreach (var answers in _answers.Values)
        {
            var resource = answers.Resource;
            if (answers.IsStorm())
            {
                _storms[resource.CacheHost] = answers;
                _log.Warning(TaskMessageCodes.NotFoundStorm,
                    $"The Speech resource {resource.Host} answered 404 for {answers.NotFoundEntries.Count} of {answers.NotFoundEntries.Count + answers.FoundCount} look-ups, including {answers.Previous.Count} model(s) or endpoint(s) it had found before: it looks like the wrong resource or region, or a failing gateway. The previous data was kept for those and no 404 of this run was cached. Check SpeechLifecycleEndpoint / SpeechLifecycleResource and the key's resource.");
                continue;
            }

            foreach (var missing in answers.NotFoundEntries)
            {
                _cache.StoreEntry(resource.CacheHost, missing);
            }
        }
    }

    /// <summary>The previous data of a reference its resource answered 404 for in a storm; otherwise the entry as is.</summary>
    private LifecycleEntry KeptThroughStorm(LifecycleEntry entry, SpeechResource? resource)
    {
        if (entry.Lookup != LookupStatus.NotFound || resource is null || !_storms.TryGetValue(resource.CacheHost, out var storm))
        {
            return entry;
        }

        // A GUID of unknown kind was looked up as a custom model and then as a base model.
        var previous = entry.Kind == ReferenceKind.Model
            ? (storm.Previous.TryGetValue((ReferenceKind.CustomModel, entry.Id), out var custom) ? custom : storm.Previous.TryGetValue((ReferenceKind.BaseModel, entry.Id), out var baseModel) ? baseModel : null)
            : storm.Previous.TryGetValue((entry.Kind, entry.Id), out var found) ? found : null;
        if (previous is null)
        {
            return entry;
        }

        var kept = EntryCopy.Of(previous);
        kept.Host = entry.Host;
        kept.Detail = $"{resource.Host} answered 404 for most look-ups at once (a 404 storm, SPLT016); the previous data was kept.";
        return kept;
    }

    private async Task AddCandidatesAsync(IReadOnlyList<ScannedReference> references, LifecycleSnapshot snapshot, CancellationToken cancellationToken)
    {
        // Locales of the models the project uses, per resource that answered for them.
        var wanted = new SortedSet<(string Resource, string Locale)>();
        var resourcesByHost = new Dictionary<string, SpeechResource>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            if (ResourceFor(reference) is { } resource)
            {
                resourcesByHost[resource.CacheHost] = resource;
            }
        }

        foreach (var entry in snapshot.Entries)
        {
            if (entry.Locale is null || entry.Lookup != LookupStatus.Resolved)
            {
                continue;
            }

            var resource = entry.Host is null ? _settings.DefaultResource : resourcesByHost.Values.FirstOrDefault(r => r.Host == entry.Host) ?? ResourceFor(new ScannedReference(entry.Kind, entry.Id, entry.Host));
            if (resource is not null)
            {
                resourcesByHost[resource.CacheHost] = resource;
                wanted.Add((resource.CacheHost, entry.Locale));
            }
        }

        var lists = await Task.WhenAll(wanted.Select(pair => ListAsync(resourcesByHost[pair.Resource], pair.Locale, cancellationToken))).ConfigureAwait(false);
        foreach (var list in lists)
        {
            snapshot.Candidates.AddRange(list);
        }
    }

    private async Task<IReadOnlyList<LifecycleEntry>> ListAsync(SpeechResource resource, string locale, CancellationToken cancellationToken)
    {
        var cached = _cache.TryGetBaseModels(resource.CacheHost, locale);
        if (cached is { IsFresh: true })
        {
            return WithHost(cached.Models, resource, DataOrigin.Cache, stale: false);
        }

        // A resource in a 404 storm is misconfigured or failing: its listing would replace a good one as well.
        if (WhyNotOnline(resource).Reason == UnavailableReason.None && !_storms.ContainsKey(resource.CacheHost))
        {
            var client = _clients.GetOrAdd(resource.CacheHost, _ => _clientFactory!(resource));
            var result = await client.ListBaseModelsAsync(locale, cancellationToken).ConfigureAwait(false);
            if (result.IsSuccess)
            {
                var fetchedAt = WholeSeconds(DateTime.UtcNow);
                foreach (var model in result.Value!)
                {
                    model.FetchedAt = fetchedAt;
                }

                _cache.StoreBaseModels(resource.CacheHost, locale, result.Value!);
                return WithHost(result.Value!, resource, DataOrigin.Service, stale: false);
            }

            if (result.Outcome == ServiceOutcome.AuthenticationFailed && _refused.TryAdd(resource.CacheHost, true))
            {
                _log.Warning(TaskMessageCodes.AuthenticationFailed,
                    $"The Speech resource {resource.Host} refused the key from environment variable {resource.KeyVariable} (HTTP {result.StatusCode}). Check that the variable holds a key of that resource.");
            }
        }

        // Candidates only feed code fixes; an old list is still a useful one.
        return cached is null ? Array.Empty<LifecycleEntry>() : WithHost(cached.Models, resource, DataOrigin.Cache, stale: true);
    }

    private static IReadOnlyList<LifecycleEntry> WithHost(IReadOnlyList<LifecycleEntry> models, SpeechResource resource, DataOrigin origin, bool stale)
    {
        var list = new List<LifecycleEntry>(models.Count);
        foreach (var model in models)
        {
            var copy = EntryCopy.Of(model);
            copy.Host = resource.Host;
            copy.Origin = origin;
            copy.Lookup = LookupStatus.Resolved;
            copy.IsStale = stale;
            list.Add(copy);
        }

        return list;
    }

    private static LifecycleEntry Unavailable(ScannedReference reference, UnavailableReason reason, string? detail) => new()
    {
        Kind = reference.Kind,
        Id = reference.Id,
        Host = reference.Host,
        Lookup = LookupStatus.Unavailable,
        UnavailableReason = reason,
        Detail = detail,
    };

    private static string Clock(DateTime time) => time.ToString("HH':'mm':'ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The snapshot format keeps seconds; the same value must come back from the cache so outputs stay byte-identical.</summary>
    private static DateTime WholeSeconds(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    private static UnavailableReason ReasonFor(ServiceOutcome outcome) => outcome switch
    {
        ServiceOutcome.Unreachable or ServiceOutcome.Redirected => UnavailableReason.ServiceUnreachable,
        ServiceOutcome.BudgetExhausted => UnavailableReason.BudgetExhausted,
        _ => UnavailableReason.ServiceError,
    };

    private static string Describe(ReferenceKind kind) => kind switch
    {
        ReferenceKind.BaseModel => "base model",
        ReferenceKind.CustomModel => "custom model",
        ReferenceKind.Endpoint => "endpoint",
        _ => "model",
    };
}
