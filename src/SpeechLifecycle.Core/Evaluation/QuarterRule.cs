using System;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Evaluation;

/// <summary>
/// The documented rule (quarters end Jan 15, Apr 15, Jul 15, Oct 15; training 1 year and transcription 2 years after
/// the creation quarter). An estimate only: a real base model (1aae1070-…) does not follow it.
/// </summary>
/// <remarks>
/// Never throws: an estimate that would fall after the last representable day (a creation date in year 9998 or 9999,
/// which the service or a hand-written snapshot may hold) saturates at <see cref="LastDay"/>, i.e. "far in the future"
/// (docs/snapshot-format.md, "Dates").
/// </remarks>
public static class QuarterRule
{
    /// <summary>9999-12-31, the last day a <see cref="DateTime"/> holds: where estimates saturate.</summary>
    public static readonly DateTime LastDay = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

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
        return day.Year < LastDay.Year ? new DateTime(day.Year + 1, 1, 15, 0, 0, 0, DateTimeKind.Utc) : LastDay;
    }

    /// <summary>Quarter end + 1 year for base models; null for every other kind (adaptation does not apply to custom models).</summary>
    public static DateTime? EstimatedAdaptation(ReferenceKind kind, DateTime created) =>
        kind == ReferenceKind.BaseModel ? AddYears(QuarterEnd(created), 1) : null;

    /// <summary>Quarter end + 2 years, for base and custom models alike.</summary>
    public static DateTime EstimatedTranscription(DateTime created) => AddYears(QuarterEnd(created), 2);

    private static DateTime AddYears(DateTime day, int years) => day.Year <= LastDay.Year - years ? day.AddYears(years) : LastDay;

    /// <summary>The UTC calendar day of <paramref name="value"/>; unspecified kinds are taken as UTC.</summary>
    internal static DateTime Day(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return new DateTime(utc.Year, utc.Month, utc.Day, 0, 0, 0, DateTimeKind.Utc);
    }
}
