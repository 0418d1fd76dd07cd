using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Core.Tests.Evaluation;

public sealed class ExpiryEvaluatorTests
{
    private static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    /// <summary>Base model 1aae1070 (speech-rest-api.md §4.2): its service dates do not follow the quarter rule.</summary>
    private static LifecycleEntry Base20210831() => new()
    {
        Kind = ReferenceKind.BaseModel,
        Id = Guid.Parse("1aae1070-7972-47e9-a977-87e3b05c457d"),
        Locale = "en-US",
        CreatedDateTime = Utc(2021, 10, 13),
        AdaptationDateTime = Utc(2023, 1, 15),
        TranscriptionDateTime = Utc(2024, 1, 15),
    };

    private static LifecycleEntry Whisper() => new()
    {
        Kind = ReferenceKind.BaseModel,
        Id = Guid.Parse("69adf293-9664-4040-932b-02ed16332e00"),
        Locale = "en-US",
        CreatedDateTime = new DateTime(2024, 2, 29, 15, 46, 31, DateTimeKind.Utc),
        AdaptationDateTime = Utc(2025, 4, 15),
        TranscriptionDateTime = Utc(2026, 4, 15),
    };

    [Theory]
    [InlineData(2026, 4, 15, ExpiryState.Expired, 0)]
    [InlineData(2026, 4, 16, ExpiryState.Expired, -1)]
    [InlineData(2027, 1, 1, ExpiryState.Expired, -261)]
    [InlineData(2026, 4, 14, ExpiryState.ExpiringSoon, 1)]
    [InlineData(2026, 1, 15, ExpiryState.ExpiringSoon, 90)]
    [InlineData(2026, 1, 14, ExpiryState.Healthy, 91)]
    [InlineData(2025, 4, 15, ExpiryState.Healthy, 365)]
    public void Transcription_BoundaryDays(int year, int month, int day, ExpiryState state, int days)
    {
        var verdict = ExpiryEvaluator.Evaluate(Whisper(), LifecycleRoute.Transcription, Utc(year, month, day), 90);

        Assert.Equal(state, verdict.State);
        Assert.Equal(days, verdict.Days);
        Assert.Equal(Utc(2026, 4, 15), verdict.Deadline);
        Assert.False(verdict.IsEstimated);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(23, 59)]
    [InlineData(12, 0)]
    public void TimeOfDay_DoesNotMatter(int hour, int minute)
    {
        var entry = Whisper();
        entry.TranscriptionDateTime = Utc(2026, 4, 15, 23 - hour, 59 - minute);

        Assert.Equal(ExpiryState.Expired, ExpiryEvaluator.Evaluate(entry, LifecycleRoute.Transcription, Utc(2026, 4, 15, hour, minute), 90).State);
        Assert.Equal(1, ExpiryEvaluator.Evaluate(entry, LifecycleRoute.Transcription, Utc(2026, 4, 14, hour, minute), 90).Days);
        Assert.Equal(ExpiryState.ExpiringSoon, ExpiryEvaluator.Evaluate(entry, LifecycleRoute.Transcription, Utc(2026, 1, 15, hour, minute), 90).State);
        Assert.Equal(ExpiryState.Healthy, ExpiryEvaluator.Evaluate(entry, LifecycleRoute.Transcription, Utc(2026, 1, 14, hour, minute), 90).State);
    }

    [Fact]
    public void UnspecifiedKinds_AreTakenAsUtc()
    {
        var verdict = ExpiryEvaluator.Evaluate(new DateTime(2026, 4, 15, 1, 0, 0, DateTimeKind.Unspecified), false, new DateTime(2026, 4, 14, 23, 0, 0, DateTimeKind.Unspecified), 90);

        Assert.Equal((ExpiryState.ExpiringSoon, 1), (verdict.State, verdict.Days));
        Assert.Equal(DateTimeKind.Utc, verdict.Deadline!.Value.Kind);
    }

    [Theory]
    [InlineData(ReferenceKind.BaseModel, LifecycleRoute.Transcription)]
    [InlineData(ReferenceKind.BaseModel, LifecycleRoute.Training)]
    [InlineData(ReferenceKind.CustomModel, LifecycleRoute.Transcription)]
    [InlineData(ReferenceKind.Model, LifecycleRoute.Endpoint)]
    public void A_creation_date_in_year_9999_without_deprecation_dates_is_far_future_not_an_exception(ReferenceKind kind, LifecycleRoute route)
    {
        var entry = new LifecycleEntry { Kind = kind, CreatedDateTime = new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc) };

        var verdict = ExpiryEvaluator.Evaluate(entry, route, Utc(2026, 6, 1), 3650);

        Assert.Equal(ExpiryState.Healthy, verdict.State);
        Assert.True(verdict.IsEstimated);
        Assert.Equal(new DateTime(9999, 12, 31), verdict.Deadline);
    }

    [Fact]
    public void Extreme_evaluation_dates_and_windows_do_not_throw()
    {
        Assert.Equal(ExpiryState.Expired, ExpiryEvaluator.Evaluate(Whisper(), LifecycleRoute.Transcription, DateTime.MaxValue, int.MaxValue).State);
        Assert.Equal(ExpiryState.ExpiringSoon, ExpiryEvaluator.Evaluate(Whisper(), LifecycleRoute.Transcription, DateTime.MinValue, int.MaxValue).State);
        Assert.Equal(ExpiryState.Expired, ExpiryEvaluator.Evaluate(DateTime.MinValue, false, DateTime.MaxValue, int.MinValue).State);
    }

    [Fact]
    public void Training_UsesTheAdaptationDate()
    {
        var verdict = ExpiryEvaluator.Evaluate(Whisper(), LifecycleRoute.Training, Utc(2025, 4, 15), 90);

        Assert.Equal((ExpiryState.Expired, 0), (verdict.State, verdict.Days));
        Assert.Equal(Utc(2025, 4, 15), verdict.Deadline);
        Assert.Equal(ExpiryState.Healthy, ExpiryEvaluator.Evaluate(Whisper(), LifecycleRoute.Transcription, Utc(2025, 4, 15), 90).State);
    }

    [Fact]
    public void Training_IsNoDateForCustomModels_EvenWithAnAdaptationDate()
    {
        // v3.0 showed adaptationDateTime on custom models too; it does not apply to them.
        var custom = new LifecycleEntry { Kind = ReferenceKind.CustomModel, CreatedDateTime = Utc(2022, 5, 22), AdaptationDateTime = Utc(2023, 7, 15) };

        var verdict = ExpiryEvaluator.Evaluate(custom, LifecycleRoute.Training, Utc(2030, 1, 1), 90);

        Assert.Equal(ExpiryState.NoDate, verdict.State);
        Assert.Null(verdict.Deadline);
    }

    [Fact]
    public void ServiceDates_WinOverTheQuarterRule()
    {
        // The rule would say 2023-10-15 for transcription; the service says 2024-01-15.
        var entry = Base20210831();

        var onRuleDate = ExpiryEvaluator.Evaluate(entry, LifecycleRoute.Transcription, Utc(2023, 10, 15), 90);
        var training = ExpiryEvaluator.Evaluate(entry, LifecycleRoute.Training, Utc(2022, 10, 15), 90);

        // On the rule's dates the rule would say expired; the service's dates are 92 days later.
        Assert.Equal((ExpiryState.Healthy, 92, Utc(2024, 1, 15), false), (onRuleDate.State, onRuleDate.Days, onRuleDate.Deadline, onRuleDate.IsEstimated));
        Assert.Equal((ExpiryState.Healthy, 92, Utc(2023, 1, 15), false), (training.State, training.Days, training.Deadline, training.IsEstimated));
        Assert.Equal(ExpiryState.Expired, ExpiryEvaluator.Evaluate(entry, LifecycleRoute.Transcription, Utc(2024, 1, 15), 90).State);
    }

    [Fact]
    public void MissingDates_AreEstimatedFromTheCreatedDate_AndSaySo()
    {
        var entry = Base20210831();
        entry.AdaptationDateTime = null;
        entry.TranscriptionDateTime = null;

        var transcription = ExpiryEvaluator.Evaluate(entry, LifecycleRoute.Transcription, Utc(2023, 10, 15), 90);
        var training = ExpiryEvaluator.Evaluate(entry, LifecycleRoute.Training, Utc(2022, 10, 14), 90);

        Assert.Equal((ExpiryState.Expired, Utc(2023, 10, 15), true), (transcription.State, transcription.Deadline, transcription.IsEstimated));
        Assert.Equal((ExpiryState.ExpiringSoon, 1, Utc(2022, 10, 15), true), (training.State, training.Days, training.Deadline, training.IsEstimated));
    }

    [Theory]
    [InlineData(2024, 7, 14, 2026, 7, 15)]
    [InlineData(2022, 5, 22, 2024, 7, 15)]
    public void CustomModelWithoutDates_IsEstimatedTwoYearsAfterItsQuarter(int year, int month, int day, int deadlineYear, int deadlineMonth, int deadlineDay)
    {
        var custom = new LifecycleEntry { Kind = ReferenceKind.CustomModel, CreatedDateTime = Utc(year, month, day) };

        var verdict = ExpiryEvaluator.Evaluate(custom, LifecycleRoute.Endpoint, Utc(deadlineYear, deadlineMonth, deadlineDay), 90);

        Assert.Equal((ExpiryState.Expired, 0, true), (verdict.State, verdict.Days, verdict.IsEstimated));
        Assert.Equal(Utc(deadlineYear, deadlineMonth, deadlineDay), verdict.Deadline);
    }

    [Fact]
    public void EstimatedFlagFromTheSnapshot_IsCarried()
    {
        var entry = Whisper();
        entry.DatesEstimated = true;

        Assert.True(ExpiryEvaluator.Evaluate(entry, LifecycleRoute.Transcription, Utc(2025, 1, 1), 90).IsEstimated);
    }

    [Fact]
    public void NoDateAndNoCreatedDate_IsNoDate()
    {
        var verdict = ExpiryEvaluator.Evaluate(new LifecycleEntry { Kind = ReferenceKind.BaseModel }, LifecycleRoute.Transcription, Utc(2026, 1, 1), 90);

        Assert.Equal(ExpiryState.NoDate, verdict.State);
        Assert.False(verdict.IsEstimated);
    }

    [Fact]
    public void EndpointEntry_IsNotEstimatedFromItsOwnCreatedDate()
    {
        var endpoint = new LifecycleEntry { Kind = ReferenceKind.Endpoint, CreatedDateTime = Utc(2020, 1, 1) };

        Assert.Equal(ExpiryState.NoDate, ExpiryEvaluator.Evaluate(endpoint, LifecycleRoute.Endpoint, Utc(2026, 1, 1), 90).State);
    }

    [Theory]
    [InlineData(0, ExpiryState.Healthy)]
    [InlineData(-5, ExpiryState.Healthy)]
    [InlineData(1, ExpiryState.ExpiringSoon)]
    public void WarningWindow_OfZeroOrLess_NeverWarns(int warningDays, ExpiryState state)
    {
        Assert.Equal(state, ExpiryEvaluator.Evaluate(Utc(2026, 4, 15), false, Utc(2026, 4, 14), warningDays).State);
    }
}
