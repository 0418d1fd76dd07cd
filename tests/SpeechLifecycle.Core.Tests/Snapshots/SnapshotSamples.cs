using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Core.Tests.Snapshots;

internal static class SnapshotSamples
{
    public const string EastUs = "eastus.api.cognitive.microsoft.com";
    public const string WestUs = "westus.api.cognitive.microsoft.com";

    public static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);

    /// <summary>Every field set somewhere, values that need escaping, entries deliberately out of order.</summary>
    public static LifecycleSnapshot Rich()
    {
        var snapshot = new LifecycleSnapshot
        {
            GeneratedAt = Utc(2026, 11, 21, 9, 30).AddTicks(1234567),
            Generator = "SpeechLifecycle.Tasks 0.1.0 \"test\"\n",
        };
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.Endpoint,
            Id = Guid.Parse("4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91"),
            Host = WestUs,
            Model = new EntityLink(ReferenceKind.CustomModel, Guid.Parse("9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1"), EastUs),
            Origin = DataOrigin.Cache,
            FetchedAt = Utc(2026, 11, 20, 17, 2, 11),
            Lookup = LookupStatus.Unavailable,
            UnavailableReason = UnavailableReason.NoKeyForHost,
            Detail = "No key for westus: add a SpeechLifecycleResource item. \\ \t é",
            IsStale = true,
        });
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.CustomModel,
            Id = Guid.Parse("9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1"),
            Host = EastUs,
            Locale = "en-US",
            DisplayName = "Call center 2024-07",
            Status = "Succeeded",
            CreatedDateTime = Utc(2024, 7, 14, 10, 12),
            TranscriptionDateTime = Utc(2026, 7, 15),
            Project = "5b7c1c2e-3f41-4c8e-9a1d-0e6f7a8b9c0d",
            BaseModel = new EntityLink(ReferenceKind.BaseModel, Guid.Parse("69adf293-9664-4040-932b-02ed16332e00"), null),
            SupportsAdaptation = false,
            Origin = DataOrigin.Service,
            FetchedAt = Utc(2026, 11, 21, 9, 29, 58),
        });
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.BaseModel,
            Id = Guid.Parse("1aae1070-7972-47e9-a977-87e3b05c457d"),
            Host = EastUs,
            Locale = "en-US",
            DisplayName = "20210831 + Audio file adaptation",
            CreatedDateTime = Utc(2021, 10, 13),
            AdaptationDateTime = Utc(2023, 1, 15),
            TranscriptionDateTime = Utc(2024, 1, 15),
            Origin = DataOrigin.Snapshot,
        });
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.Model,
            Id = Guid.Parse("06fbc28e-1f76-4d3e-8ea1-40b8e873929e"),
            Lookup = LookupStatus.NotFound,
            Detail = "404 from eastus",
        });
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.BaseModel,
            Id = Guid.Parse("e418c4a9-9937-4db7-b2c9-8afbff72d950"),
            Locale = "en-US",
            CreatedDateTime = Utc(2024, 2, 29, 15, 46, 7),
            AdaptationDateTime = Utc(2025, 4, 15),
            TranscriptionDateTime = Utc(2026, 4, 15),
            DatesEstimated = true,
            SupportsEndpoints = false,
            SupportsTranscriptions = false,
            Origin = DataOrigin.Estimate,
        });
        snapshot.Candidates.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.BaseModel,
            Id = Guid.Parse("69adf293-9664-4040-932b-02ed16332e00"),
            Host = EastUs,
            Locale = "en-US",
            DisplayName = "20240228 Whisper Large V2",
            CreatedDateTime = Utc(2024, 2, 29, 15, 46, 31),
            AdaptationDateTime = Utc(2025, 4, 15),
            TranscriptionDateTime = Utc(2026, 4, 15),
            SupportsEndpoints = false,
        });
        snapshot.Candidates.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.BaseModel,
            Id = Guid.Parse("06fbc28e-1f76-4d3e-8ea1-40b8e873929e"),
            Host = EastUs,
            Locale = "de-DE",
            CreatedDateTime = Utc(2024, 12, 18),
            AdaptationDateTime = Utc(2026, 1, 15),
            TranscriptionDateTime = Utc(2027, 1, 15),
        });
        return snapshot;
    }
}
