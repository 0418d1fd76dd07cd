using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Core.Tests.Evaluation;

public sealed class QuarterRuleTests
{
    [Theory]
    [InlineData("2024-01-01", "2024-01-15")]
    [InlineData("2024-01-15", "2024-01-15")]
    [InlineData("2024-01-16", "2024-04-15")]
    [InlineData("2024-02-29", "2024-04-15")]
    [InlineData("2024-04-15", "2024-04-15")]
    [InlineData("2024-07-14", "2024-07-15")]
    [InlineData("2024-07-16", "2024-10-15")]
    [InlineData("2024-10-15", "2024-10-15")]
    [InlineData("2024-10-16", "2025-01-15")]
    [InlineData("2024-12-31", "2025-01-15")]
    public void QuarterEnd_IsTheNextOfJan15Apr15Jul15Oct15(string created, string quarterEnd)
    {
        Assert.Equal(DateTime.Parse(quarterEnd), QuarterRule.QuarterEnd(DateTime.Parse(created)));
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59", "9999-12-31", "9999-12-31", "9999-12-31")]
    [InlineData("9999-10-16T00:00:00", "9999-12-31", "9999-12-31", "9999-12-31")]
    [InlineData("9999-01-01T00:00:00", "9999-01-15", "9999-12-31", "9999-12-31")]
    [InlineData("9998-03-01T00:00:00", "9998-04-15", "9999-04-15", "9999-12-31")]
    [InlineData("9997-12-01T00:00:00", "9998-01-15", "9999-01-15", "9999-12-31")]
    public void Estimates_past_the_last_representable_day_saturate_instead_of_throwing(string created, string quarterEnd, string adaptation, string transcription)
    {
        var createdDate = DateTime.SpecifyKind(DateTime.Parse(created), DateTimeKind.Utc);

        Assert.Equal(DateTime.Parse(quarterEnd), QuarterRule.QuarterEnd(createdDate));
        Assert.Equal(DateTime.Parse(adaptation), QuarterRule.EstimatedAdaptation(ReferenceKind.BaseModel, createdDate));
        Assert.Equal(DateTime.Parse(transcription), QuarterRule.EstimatedTranscription(createdDate));
        Assert.Equal(QuarterRule.LastDay, QuarterRule.EstimatedTranscription(DateTime.MaxValue));
    }

    [Fact]
    public void QuarterEnd_IgnoresTheTimeOfDay_AndIsUtc()
    {
        var end = QuarterRule.QuarterEnd(new DateTime(2024, 10, 15, 23, 59, 59, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2024, 10, 15), end);
        Assert.Equal(DateTimeKind.Utc, end.Kind);
    }

    [Theory]
    [InlineData("2024-02-29T15:46:31", "2025-04-15", "2026-04-15")]
    [InlineData("2021-10-13T00:00:00", "2022-10-15", "2023-10-15")]
    [InlineData("2024-12-18T00:00:00", "2026-01-15", "2027-01-15")]
    public void BaseModels_TrainOneYearAndTranscribeTwoYearsAfterTheQuarter(string created, string adaptation, string transcription)
    {
        var createdDate = DateTime.Parse(created);

        Assert.Equal(DateTime.Parse(adaptation), QuarterRule.EstimatedAdaptation(ReferenceKind.BaseModel, createdDate));
        Assert.Equal(DateTime.Parse(transcription), QuarterRule.EstimatedTranscription(createdDate));
    }

    [Theory]
    [InlineData("2024-07-14", "2026-07-15")]
    [InlineData("2022-05-22", "2024-07-15")]
    public void CustomModels_TranscribeTwoYearsAfterTheQuarter_AndHaveNoAdaptationDate(string created, string transcription)
    {
        Assert.Equal(DateTime.Parse(transcription), QuarterRule.EstimatedTranscription(DateTime.Parse(created)));
        Assert.Null(QuarterRule.EstimatedAdaptation(ReferenceKind.CustomModel, DateTime.Parse(created)));
        Assert.Null(QuarterRule.EstimatedAdaptation(ReferenceKind.Endpoint, DateTime.Parse(created)));
    }
}
