using System;
using System.Collections.Generic;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Evaluation;

/// <summary>Chooses what a code fix switches a model to, from the snapshot's candidates.</summary>
/// <remarks>
/// A replacement must be <see cref="ExpiryState.Healthy"/> on the route as of the evaluation date: a model without any
/// date (not even an estimate) is never proposed, since nothing says it will last. Among suitable models the newest
/// by <c>createdDateTime</c> wins; ties go to the lower ID so the choice is stable across builds.
/// </remarks>
public static class ReplacementFinder
{
    /// <summary>
    /// The newest base model (by created date) for <paramref name="locale"/> on <paramref name="host"/> that supports
    /// <paramref name="route"/> and is not itself expired or expiring within the window; null when none.
    /// </summary>
    public static LifecycleEntry? NewestBaseModel(LifecycleSnapshot snapshot, string? host, string locale, LifecycleRoute route, DateTime asOf, int warningDays) =>
        NewestBaseModel(snapshot, host, locale, route, asOf, warningDays, replacing: Guid.Empty);

    /// <summary>As above, never returning <paramref name="replacing"/> (the model being replaced).</summary>
    /// <remarks>Candidates on <paramref name="host"/> are preferred; only when there is none there is any host considered.</remarks>
    public static LifecycleEntry? NewestBaseModel(
        LifecycleSnapshot snapshot, string? host, string locale, LifecycleRoute route, DateTime asOf, int warningDays, Guid replacing)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        // A model whose locale the data does not know has no "same locale" replacement.
        if (string.IsNullOrEmpty(locale))
        {
            return null;
        }

        bool Suitable(LifecycleEntry entry) =>
            entry.Kind == ReferenceKind.BaseModel
            && entry.Id != replacing
            && string.Equals(entry.Locale, locale, StringComparison.OrdinalIgnoreCase)
            && IsUsable(entry, route, asOf, warningDays);

        return Newest(snapshot.Candidates, e => Suitable(e) && SameHost(e.Host, host))
            ?? Newest(snapshot.Candidates, Suitable);
    }

    /// <summary>A newer custom model of the same locale and project than <paramref name="current"/> that is healthy on the route; null when none.</summary>
    /// <remarks>
    /// Looks at candidates and entries (a newer model the project references elsewhere is as good a choice). Without a
    /// project, a locale or a created date on <paramref name="current"/> there is nothing to compare, so the answer is null.
    /// Same-host models are preferred.
    /// </remarks>
    public static LifecycleEntry? NewerCustomModel(LifecycleSnapshot snapshot, LifecycleEntry current, LifecycleRoute route, DateTime asOf, int warningDays)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        if (current is null)
        {
            throw new ArgumentNullException(nameof(current));
        }

        if (string.IsNullOrEmpty(current.Project) || string.IsNullOrEmpty(current.Locale) || current.CreatedDateTime is not { } currentCreated)
        {
            return null;
        }

        bool Suitable(LifecycleEntry entry) =>
            entry.Kind == ReferenceKind.CustomModel
            && entry.Id != current.Id
            && string.Equals(entry.Locale, current.Locale, StringComparison.OrdinalIgnoreCase)
            && string.Equals(entry.Project, current.Project, StringComparison.OrdinalIgnoreCase)
            && entry.CreatedDateTime > currentCreated
            && IsUsable(entry, route, asOf, warningDays);

        var all = new List<LifecycleEntry>(snapshot.Candidates.Count + snapshot.Entries.Count);
        all.AddRange(snapshot.Candidates);
        all.AddRange(snapshot.Entries);
        return Newest(all, e => Suitable(e) && SameHost(e.Host, current.Host)) ?? Newest(all, Suitable);
    }

    private static bool IsUsable(LifecycleEntry entry, LifecycleRoute route, DateTime asOf, int warningDays) =>
        entry.Lookup == LookupStatus.Resolved
        && Supports(entry, route)
        && ExpiryEvaluator.Evaluate(entry, route, asOf, warningDays).State == ExpiryState.Healthy;

    private static bool Supports(LifecycleEntry entry, LifecycleRoute route) => route switch
    {
        LifecycleRoute.Transcription => entry.SupportsTranscriptions,
        LifecycleRoute.Endpoint => entry.SupportsEndpoints,
        LifecycleRoute.Training => entry.SupportsAdaptation,
        _ => false,
    };

    private static bool SameHost(string? left, string? right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    private static LifecycleEntry? Newest(List<LifecycleEntry> entries, Func<LifecycleEntry, bool> suitable)
    {
        LifecycleEntry? best = null;
        foreach (var entry in entries)
        {
            if (!suitable(entry))
            {
                continue;
            }

            if (best is null || IsNewer(entry, best))
            {
                best = entry;
            }
        }

        return best;
    }

    private static bool IsNewer(LifecycleEntry entry, LifecycleEntry best)
    {
        var created = entry.CreatedDateTime ?? DateTime.MinValue;
        var bestCreated = best.CreatedDateTime ?? DateTime.MinValue;
        return created != bestCreated
            ? created > bestCreated
            : string.CompareOrdinal(entry.Id.ToString("D"), best.Id.ToString("D")) < 0;
    }
}
