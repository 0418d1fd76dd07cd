namespace SpeechLifecycle.Emulator.Tests;

/// <summary>The shipped sample keeps the roles docs/emulator.md promises (as of 2026-11-21, 90-day window).</summary>
public sealed class SampleDataTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);
    private static readonly EmulatorData Sample = EmulatorData.Load(EmulatorData.SampleDataFile);

    private static DateTimeOffset TranscriptionDate(string id) =>
        Sample.FindBaseModel(Guid.Parse(id))?.TranscriptionDateTime ?? Sample.FindCustomModel(Guid.Parse(id))!.TranscriptionDateTime!.Value;

    [Theory]
    [InlineData(SampleIds.ExpiredBaseModel)]
    [InlineData("e418c4a9-9937-4db7-b2c9-8afbff72d950")]
    [InlineData(SampleIds.WhisperBaseModel)]
    [InlineData("a59a3ed8-6960-4360-b0f6-81a4a05e07ca")]
    [InlineData(SampleIds.ExpiredCustomModel)]
    public void ExpiredModels_ArePastTheirTranscriptionDate(string id)
    {
        Assert.True(TranscriptionDate(id) <= AsOf);
    }

    [Theory]
    [InlineData("06fbc28e-1f76-4d3e-8ea1-40b8e873929e")]
    [InlineData("d669666d-2c1c-43be-90e1-d9f030a2021d")]
    public void ExpiringModels_ExpireWithin90Days(string id)
    {
        Assert.InRange(TranscriptionDate(id), AsOf.AddDays(1), AsOf.AddDays(90));
    }

    [Theory]
    [InlineData(SampleIds.NewestEnglishBaseModel)]
    [InlineData("37a1a61b-eda5-40ea-adc1-181537cbeded")]
    [InlineData(SampleIds.HealthyCustomModel)]
    public void HealthyModels_LastInto2028OrLater(string id)
    {
        Assert.True(TranscriptionDate(id).Year >= 2028);
    }

    [Fact]
    public void Whisper_DocumentedIdsAndDatesAreKept()
    {
        BaseModelEntity whisper = Sample.FindBaseModel(Guid.Parse(SampleIds.WhisperBaseModel))!;

        Assert.Equal(DateTimeOffset.Parse("2024-02-29T15:46:31Z", System.Globalization.CultureInfo.InvariantCulture), whisper.CreatedDateTime);
        Assert.Equal(new DateTimeOffset(2025, 4, 15, 0, 0, 0, TimeSpan.Zero), whisper.AdaptationDateTime);
        Assert.False(whisper.Features.SupportsEndpoints);
    }

    [Fact]
    public void EveryReference_PointsAtAnExistingEntity()
    {
        Assert.All(Sample.Endpoints, e => Assert.True(Sample.FindBaseModel(e.ModelId) is not null || Sample.FindCustomModel(e.ModelId) is not null));
        Assert.All(Sample.CustomModels, m => Assert.NotNull(Sample.FindBaseModel(m.BaseModelId!.Value)));
        Assert.All(Sample.CustomModels, m => Assert.Equal(Guid.Parse(SampleIds.Project), m.ProjectId));
        Assert.All(Sample.CustomModels, m => Assert.Contains(Sample.Endpoints, e => e.ModelId == m.Id));
    }

    [Fact]
    public void ToJson_RoundTrips()
    {
        EmulatorData copy = EmulatorData.Parse(Sample.ToJson());

        Assert.Equal(Sample.BaseModels, copy.BaseModels, (a, b) => a.Id == b.Id && a.TranscriptionDateTime == b.TranscriptionDateTime && a.Features.SupportsEndpoints == b.Features.SupportsEndpoints);
        Assert.Equal(Sample.CustomModels.Select(m => m.BaseModelId), copy.CustomModels.Select(m => m.BaseModelId));
        Assert.Equal(Sample.Endpoints.Select(e => e.ModelKind), copy.Endpoints.Select(e => e.ModelKind));
    }
}
