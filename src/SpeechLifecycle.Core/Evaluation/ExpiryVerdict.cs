using System;

namespace SpeechLifecycle.Evaluation;

public sealed class ExpiryVerdict
{
    public ExpiryVerdict(ExpiryState state, DateTime? deadline, int days, bool isEstimated)
    {
        State = state;
        Deadline = deadline;
        Days = days;
        IsEstimated = isEstimated;
    }

    public ExpiryState State { get; }

    /// <summary>The date (UTC, day granularity) that matters on the route.</summary>
    public DateTime? Deadline { get; }

    /// <summary>Days from the evaluation date to the deadline: positive = days left, zero or negative = expired that many days ago.</summary>
    public int Days { get; }

    public bool IsEstimated { get; }
}
