using System;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Evaluation;

/// <summary>
/// Healthy / expiring within the window / expired, in UTC days. A model is expired on its deadline day itself
/// (the service stops accepting it at that date's midnight UTC). Falls back to <see cref="QuarterRule"/> only when the
/// service gave no date, and says so (<see cref="ExpiryVerdict.IsEstimated"/>).
/// </summary>
public static class ExpiryEvaluator
{
    /// <remarks>A negative <paramref name="warningDays"/> is taken as 0 (no warning window).</remarks>
    public static ExpiryVerdict Evaluate(DateTime? deadline, bool isEstimated, DateTime asOf, int warningDays)
    {
        if (deadline is null)
        {
            return new ExpiryVerdict(ExpiryState.NoDate, null, 0, isEstimated: false);
        }

        var deadlineDay = QuarterRule.Day(deadline.Value);
        var days = (int)(deadlineDay - QuarterRule.Day(asOf)).TotalDays;
        var state = days <= 0 ? ExpiryState.Expired
            : days <= Math.Max(0, warningDays) ? ExpiryState.ExpiringSoon
            : ExpiryState.Healthy;
        return new ExpiryVerdict(state, deadlineDay, days, isEstimated);
    }

    /// <summary>The verdict for <paramref name="entry"/> on <paramref name="route"/> (Endpoint: pass the deployed model's entry).</summary>
    /// <remarks>
    /// Training reads <c>adaptationDateTime</c> and never applies to custom models; transcription and endpoints read
    /// <c>transcriptionDateTime</c>. The quarter rule fills in only a missing date, and only from the model's own
    /// <c>createdDateTime</c>: an endpoint entry's creation says nothing about its model, so it gives no estimate.
    /// </remarks>
    public static ExpiryVerdict Evaluate(LifecycleEntry entry, LifecycleRoute route, DateTime asOf, int warningDays)
    {
        if (entry is null)
        {
            throw new ArgumentNullException(nameof(entry));
        }

        DateTime? date;
        DateTime? estimate;
        if (route == LifecycleRoute.Training)
        {
            if (entry.Kind == ReferenceKind.CustomModel)
            {
                return new ExpiryVerdict(ExpiryState.NoDate, null, 0, isEstimated: false);
            }

            date = entry.AdaptationDateTime;
            estimate = entry.CreatedDateTime is { } created ? QuarterRule.EstimatedAdaptation(entry.Kind, created) : null;
        }
        else
        {
            date = entry.TranscriptionDateTime;
            estimate = entry.CreatedDateTime is { } created && entry.Kind != ReferenceKind.Endpoint
                ? QuarterRule.EstimatedTranscription(created)
                : null;
        }

        return date is not null
            ? Evaluate(date, entry.DatesEstimated, asOf, warningDays)
            : Evaluate(estimate, isEstimated: estimate is not null, asOf, warningDays);
    }
}
