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
    public static DateTime QuarterEnd(DateTime created) => throw new NotImplementedException();

    public static DateTime? EstimatedAdaptation(ReferenceKind kind, DateTime created) => throw new NotImplementedException();

    public static DateTime EstimatedTranscription(DateTime created) => throw new NotImplementedException();
}
