using System;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Evaluation;

/// <summary>
/// The documented rule (quarters end Jan 15, Apr 15, Jul 15, Oct 15; training 1 year and transcription 2 years after
/// the creation quarter). An estimate only: a real base model (1aae1070-…) does not follow it.
/// </summary>
public static class QuarterRule
{
    /// <summary>The end of the quarter that contains <paramref name="created"/> (a date on a quarter end belongs to that quarter).</summary>
    /// <remarks>Day granularity in UTC: the time of day never moves a date into the next quarter.</remarks>
    public static DateTime QuarterEnd(DateTime created)
    {
        var day = Day(created);
        foreach (var month in new[] { 1, 4, 7, 10 })
        {
            var end = new DateTime(day.Year, month, 15, 0, 0, 0, DateTimeKind.Utc);
            if (day <= end)
            {
                return end;
            }
        }

        // After Oct 15: the quarter ending Jan 15 of the next year.
        return new DateTime(day.Year + 1, 1, 15, 0, 0, 0, DateTimeKind.Utc);
    }

    /// <summary>Quarter end + 1 year for base models; null for every other kind (adaptation does not apply to custom models).</summary>
    public static DateTime? EstimatedAdaptation(ReferenceKind kind, DateTime created) =>
        kind == ReferenceKind.BaseModel ? QuarterEnd(created).AddYears(1) : null;

    /// <summary>Quarter end + 2 years, for base and custom models alike.</summary>
    public static DateTime EstimatedTranscription(DateTime created) => QuarterEnd(created).AddYears(2);

    /// <summary>The UTC calendar day of <paramref name="value"/>; unspecified kinds are taken as UTC.</summary>
    internal static DateTime Day(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return new DateTime(utc.Year, utc.Month, utc.Day, 0, 0, 0, DateTimeKind.Utc);
    }
}
