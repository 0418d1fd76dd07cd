using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// Asks the configured resources whether they still serve the path versions the project uses, one request per
/// (resource, version) per cache lifetime (<see cref="ApiVersionProbe"/>), and returns the verdicts for the snapshot's
/// <c>apiVersions</c>. Routing is the look-ups' (<see cref="LifecycleResolver.ResourceFor"/>): a version is asked of
/// the resource whose host the path names, else of the default resource; nothing is sent to a host that only appears
/// in code. Per check: fresh cache, service, then (no verdict) a stale cached verdict unless the committed snapshot
/// has one (the analyzer reads that file itself); with neither, the docs decide.
/// </summary>
public sealed class ApiVersionProber
{
    private readonly ResolverSettings _settings;
    private readonly LifecycleCache _cache;
    private readonly IResolverLog _log;
    private readonly Func<SpeechResource, SpeechRestClient>? _clientFactory;
    private readonly Func<SpeechResource, CancellationToken, Task<Credential?>>? _credentials;
    private readonly ConcurrentDictionary<string, SpeechRestClient> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _gaveUp = new(StringComparer.Ordinal);
    private DateTime _expiresAt = DateTime.MaxValue;

    /// <param name="clientFactory">Creates the client of a resource; null keeps the checks offline.</param>
    /// <param name="credentials">
    /// The credential of a resource, chosen once per run for the look-ups and the checks alike
    /// (<see cref="LifecycleResolver.CredentialForAsync"/>); null = the resource's key only.
    /// </param>
    public ApiVersionProber(ResolverSettings settings, LifecycleCache cache, IResolverLog log, Func<SpeechResource, SpeechRestClient>? clientFactory,
        Func<SpeechResource, CancellationToken, Task<Credential?>>? credentials = null)
    {
        _settings = settings;
        _cache = cache;
        _log = log;
        _clientFactory = clientFactory;
        _credentials = credentials;
    }

    /// <summary>HTTP requests sent by the checks (all attempts).</summary>
    public int RequestCount => _clients.Values.Sum(client => client.RequestCount);

    /// <summary>
    /// When the verdicts can change with the same inputs: the first cached verdict to expire, or at once when a check
    /// got no verdict while online (the next build asks again). MaxValue when nothing was checked.
    /// </summary>
    public DateTime ExpiresAt => _expiresAt;

    public async Task<IReadOnlyList<ApiVersionVerdict>> ProbeAsync(IEnumerable<ApiVersionUse> uses, CancellationToken cancellationToken = default)
    {
        try
        {
            // One check per (resource, version), however many hosts and files name it.
            var checks = new Dictionary<(string CacheHost, string Version), SpeechResource>();
            foreach (var use in uses)
            {
                if (ResourceFor(use.Host) is { } resource)
                {
                    checks[(resource.CacheHost, use.Version)] = resource;
                }
            }

            var verdicts = await Task.WhenAll(checks.Select(check => CheckAsync(check.Value, check.Key.Version, cancellationToken))).ConfigureAwait(false);
            return verdicts.Where(v => v is not null).Select(v => v!).ToList();
        }
        finally
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>The same routing as <see cref="LifecycleResolver.ResourceFor"/>.</summary>
    private SpeechResource? ResourceFor(string? host)
    {
        if (host is not null)
        {
            foreach (var resource in _settings.Resources)
            {
                if (resource.Host == host)
                {
                    return resource;
                }
            }
        }

        return _settings.DefaultResource;
    }

    private async Task<ApiVersionVerdict?> CheckAsync(SpeechResource resource, string version, CancellationToken cancellationToken)
    {
        var cached = _cache.TryGetApiVersion(resource.CacheHost, version);
        if (cached is { IsFresh: true })
        {
            var fresh = cached.Verdict.Copy();
            fresh.Host = resource.Host;
            Expire(fresh.CheckedAt is { } at && DateTime.MaxValue - _cache.Lifetime > at ? at + _cache.Lifetime : DateTime.MinValue);
            return fresh;
        }

        var online = _settings.IsOnline && _clientFactory is not null;
        var credential = !online ? null : _credentials is null ? resource.Credential : await _credentials(resource, cancellationToken).ConfigureAwait(false);
        if (online && (credential is null || !CanAsk(resource)))
        {
            Expire(DateTime.MinValue); // no credential, or the resource failed: the next build asks again
        }
        else if (online)
        {
            var client = _clients.GetOrAdd(resource.CacheHost, _ => _clientFactory!(resource.WithCredential(credential!)));
            var result = await client.ProbeApiVersionAsync(version, cancellationToken).ConfigureAwait(false);
            if (result.Status is { } status)
            {
                var now = DateTime.UtcNow;
                var verdict = new ApiVersionVerdict
                {
                    Host = resource.Host,
                    Version = version,
                    Status = status,
                    CheckedAt = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc),
                    Detail = status == ApiVersionServiceStatus.Retired ? result.Message : null,
                };
                _cache.StoreApiVersion(resource.CacheHost, verdict);
                Expire(verdict.CheckedAt.Value + _cache.Lifetime);
                _log.Message(TaskMessageCodes.ApiVersionChecked, status == ApiVersionServiceStatus.Retired
                        ? $"{resource.Host} refused Speech-to-text REST API version {version} ({result.Message}): references to it get SPL2001."
                        : $"{resource.Host} serves Speech-to-text REST API version {version}.",
                    important: status == ApiVersionServiceStatus.Retired);
                return verdict;
            }

            Expire(DateTime.MinValue);
            if (result.Outcome is ServiceOutcome.Unreachable or ServiceOutcome.BudgetExhausted or ServiceOutcome.AuthenticationFailed)
            {
                // The look-ups report these once per resource (SPLT005/SPLT006/SPLT013); do not spend more of the budget.
                _gaveUp.TryAdd(resource.CacheHost, true);
            }

            _log.Message(TaskMessageCodes.ApiVersionUnchecked,
                $"Could not learn whether {resource.Host} serves Speech-to-text REST API version {version} ({result.Message ?? result.Outcome.ToString()}); Microsoft's docs decide between SPL2001 and SPL2002.",
                important: false);
        }

        if (_settings.CommittedSnapshot?.ApiVersions.Exists(v => v.Host == resource.Host && string.Equals(v.Version, version, StringComparison.OrdinalIgnoreCase)) == true)
        {
            return null;
        }

        return cached?.Verdict.Copy();
    }

    private bool CanAsk(SpeechResource resource) =>
        !_gaveUp.ContainsKey(resource.CacheHost)
        && _cache.RecentlyUnreachable(resource.CacheHost) is null;

    private void Expire(DateTime at)
    {
        lock (_clients)
        {
            if (at < _expiresAt)
            {
                _expiresAt = at;
            }
        }
    }
}
