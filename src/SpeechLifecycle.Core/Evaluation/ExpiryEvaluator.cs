using System;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Evaluation;

/// <summary>
/// Healthy / expiring within the window / expired, in UTC days. A model is expired on its deadline day itself
/// (the service stops accepting it at that date's midnight UTC). Falls back to <see cref="QuarterRule"/> only when the
/// service gave no date, and says so (<see cref="ExpiryVerdict.IsEstimated"/>).
/// </summary>
public static class ExpiryEvaluator
{
    public static ExpiryVerdict Evaluate(DateTime? deadline, bool isEstimated, DateTime asOf, int warningDays) => throw new NotImplementedException();

    /// <summary>The verdict for <paramref name="entry"/> on <paramref name="route"/> (Endpoint: pass the deployed model's entry).</summary>
    public static ExpiryVerdict Evaluate(LifecycleEntry entry, LifecycleRoute route, DateTime asOf, int warningDays) => throw new NotImplementedException();
}
