using System.Text.RegularExpressions;
using SpeechLifecycle.Emulator;

namespace SpeechLifecycle.Benchmarks.Resolution;

/// <summary>
/// Reads the emulator's request record: which requests fetched one entity, which were listing pages, which were
/// refused with 429, and whether any request went out before a 429's Retry-After had elapsed.
/// </summary>
public static partial class RequestLog
{
    [GeneratedRegex(@"/speechtotext/(?:v[0-9.a-z-]+/)?(?:models/base|models|endpoints)/(?<id>[0-9a-fA-F-]{36})(?:\?|$)")]
    private static partial Regex EntityPath();

    public static bool IsEntityLookup(RecordedRequest request) => EntityPath().IsMatch(request.PathAndQuery);

    public static bool IsListingPage(RecordedRequest request) =>
        !IsEntityLookup(request) && request.PathAndQuery.Contains("/models/base", StringComparison.Ordinal);

    /// <summary>The path without the query, so a retry of one look-up is recognised as the same request.</summary>
    public static string Target(RecordedRequest request)
    {
        var query = request.PathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? request.PathAndQuery : request.PathAndQuery[..query];
    }

    /// <summary>
    /// Requests that arrived before the Retry-After of an earlier 429 had elapsed. The emulator decides a 429 after
    /// its injected latency, with a fixed window (<see cref="RateLimit"/>) that this replays from the arrival times to
    /// recover each 429's Retry-After. <paramref name="sameTargetOnly"/>: only retries of the refused request count
    /// (the target's wording); otherwise any request to the resource counts, except those sent within
    /// <paramref name="inFlightTolerance"/> of the 429 (already on the wire when the client got it).
    /// </summary>
    public static IReadOnlyList<(RecordedRequest Refused, RecordedRequest Early, TimeSpan EarlyBy)> EarlyRetries(
        IReadOnlyList<RecordedRequest> requests, RateLimit limit, TimeSpan latency, bool sameTargetOnly, TimeSpan inFlightTolerance)
    {
        var decided = requests
            .Where(r => r.StatusCode != 0)
            .Select(r => (Request: r, DecidedAt: r.ReceivedAt + latency))
            .OrderBy(r => r.DecidedAt)
            .ToArray();
        var windowStart = DateTimeOffset.MinValue;
        var refusals = new List<(RecordedRequest Request, DateTimeOffset DecidedAt, DateTimeOffset NotBefore)>();
        foreach (var (request, decidedAt) in decided)
        {
            if (decidedAt >= windowStart + limit.Window)
            {
                windowStart = decidedAt;
            }

            if (request.StatusCode == 429)
            {
                var seconds = Math.Max(1, (int)Math.Ceiling((windowStart + limit.Window - decidedAt).TotalSeconds));
                refusals.Add((request, decidedAt, decidedAt + TimeSpan.FromSeconds(seconds)));
            }
        }

        var early = new List<(RecordedRequest, RecordedRequest, TimeSpan)>();
        foreach (var (refused, decidedAt, notBefore) in refusals)
        {
            foreach (var request in requests)
            {
                if (ReferenceEquals(request, refused) || request.ReceivedAt >= notBefore || request.ReceivedAt <= decidedAt + inFlightTolerance)
                {
                    continue;
                }

                if (!sameTargetOnly || Target(request) == Target(refused))
                {
                    early.Add((refused, request, notBefore - request.ReceivedAt));
                }
            }
        }

        return early;
    }
}
