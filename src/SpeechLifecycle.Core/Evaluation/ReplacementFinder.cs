using System;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Evaluation;

/// <summary>Chooses what a code fix switches a model to, from the snapshot's candidates.</summary>
public static class ReplacementFinder
{
    /// <summary>
    /// The newest base model (by created date) for <paramref name="locale"/> on <paramref name="host"/> that supports
    /// <paramref name="route"/> and is not itself expired or expiring within the window; null when none.
    /// </summary>
    public static LifecycleEntry? NewestBaseModel(LifecycleSnapshot snapshot, string? host, string locale, LifecycleRoute route, DateTime asOf, int warningDays) => throw new NotImplementedException();

    /// <summary>A newer custom model of the same locale and project than <paramref name="current"/> that is healthy on the route; null when none.</summary>
    public static LifecycleEntry? NewerCustomModel(LifecycleSnapshot snapshot, LifecycleEntry current, LifecycleRoute route, DateTime asOf, int warningDays) => throw new NotImplementedException();
}
