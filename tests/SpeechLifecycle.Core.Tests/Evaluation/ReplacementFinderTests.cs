using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Core.Tests.Evaluation;

public sealed class ReplacementFinderTests
{
    private const string EastUs = "eastus.api.cognitive.microsoft.com";
    private const string WestUs = "westus.api.cognitive.microsoft.com";
    private static readonly DateTime AsOf = new(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc);

    private static LifecycleEntry Base(string id, string? host, string locale, int createdYear, int transcriptionYear, int adaptationYear) => new()
    {
        Kind = ReferenceKind.BaseModel,
        Id = Guid.Parse(id),
        Host = host,
        Locale = locale,
        CreatedDateTime = new DateTime(createdYear, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        TranscriptionDateTime = new DateTime(transcriptionYear, 4, 15, 0, 0, 0, DateTimeKind.Utc),
        AdaptationDateTime = new DateTime(adaptationYear, 4, 15, 0, 0, 0, DateTimeKind.Utc),
    };

    private static LifecycleSnapshot With(params LifecycleEntry[] candidates)
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Candidates.AddRange(candidates);
        return snapshot;
    }

    [Fact]
    public void NewestHealthyBaseModel_ForTheLocale_IsChosen()
    {
        var snapshot = With(
            Base("11aa0000-1c2d-4e5f-8a9b-000000000001", EastUs, "en-US", 2025, 2028, 2027),
            Base("11aa0000-1c2d-4e5f-8a9b-000000000002", EastUs, "en-US", 2026, 2029, 2028),
            Base("11aa0000-1c2d-4e5f-8a9b-000000000003", EastUs, "de-DE", 2026, 2030, 2029));

        var chosen = ReplacementFinder.NewestBaseModel(snapshot, EastUs, "EN-us", LifecycleRoute.Transcription, AsOf, 90);

        Assert.Equal(Guid.Parse("11aa0000-1c2d-4e5f-8a9b-000000000002"), chosen!.Id);
    }

    [Fact]
    public void ExpiredOrExpiringCandidates_AreSkipped()
    {
        var snapshot = With(
            Base("11aa0000-1c2d-4e5f-8a9b-000000000001", EastUs, "en-US", 2024, 2028, 2026),
            Base("11aa0000-1c2d-4e5f-8a9b-000000000002", EastUs, "en-US", 2025, 2026, 2026),
            new LifecycleEntry { Kind = ReferenceKind.BaseModel, Id = Guid.Parse("11aa0000-1c2d-4e5f-8a9b-000000000003"), Host = EastUs, Locale = "en-US" },
            new LifecycleEntry
            {
                Kind = ReferenceKind.BaseModel, Id = Guid.Parse("11aa0000-1c2d-4e5f-8a9b-000000000004"), Host = EastUs, Locale = "en-US",
                CreatedDateTime = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), TranscriptionDateTime = new DateTime(2027, 1, 30, 0, 0, 0, DateTimeKind.Utc),
            });

        var transcription = ReplacementFinder.NewestBaseModel(snapshot, EastUs, "en-US", LifecycleRoute.Transcription, AsOf, 90);
        var training = ReplacementFinder.NewestBaseModel(snapshot, EastUs, "en-US", LifecycleRoute.Training, AsOf, 90);

        // 1 is the only healthy one for transcription (2 expires, 3 has no date, 4 is within the window); for
        // training 1 and 2 are past their adaptation date, and 4 has none from the service but a healthy estimate.
        Assert.Equal(Guid.Parse("11aa0000-1c2d-4e5f-8a9b-000000000001"), transcription!.Id);
        Assert.Equal(Guid.Parse("11aa0000-1c2d-4e5f-8a9b-000000000004"), training!.Id);
    }

    [Theory]
    [InlineData(LifecycleRoute.Transcription, "11aa0000-1c2d-4e5f-8a9b-000000000001")]
    [InlineData(LifecycleRoute.Endpoint, "11aa0000-1c2d-4e5f-8a9b-000000000002")]
    [InlineData(LifecycleRoute.Training, "11aa0000-1c2d-4e5f-8a9b-000000000003")]
    public void Candidates_MustSupportTheRoute(LifecycleRoute route, string expected)
    {
        var transcribeOnly = Base("11aa0000-1c2d-4e5f-8a9b-000000000001", EastUs, "en-US", 2026, 2029, 2028);
        transcribeOnly.SupportsEndpoints = false;
        transcribeOnly.SupportsAdaptation = false;
        var endpointOnly = Base("11aa0000-1c2d-4e5f-8a9b-000000000002", EastUs, "en-US", 2025, 2029, 2028);
        endpointOnly.SupportsTranscriptions = false;
        endpointOnly.SupportsAdaptation = false;
        var trainOnly = Base("11aa0000-1c2d-4e5f-8a9b-000000000003", EastUs, "en-US", 2024, 2029, 2028);
        trainOnly.SupportsTranscriptions = false;
        trainOnly.SupportsEndpoints = false;

        var chosen = ReplacementFinder.NewestBaseModel(With(transcribeOnly, endpointOnly, trainOnly), EastUs, "en-US", route, AsOf, 90);

        Assert.Equal(Guid.Parse(expected), chosen!.Id);
    }

    [Fact]
    public void SameHost_IsPreferred_ElseAnyHost()
    {
        var older = Base("11aa0000-1c2d-4e5f-8a9b-000000000001", EastUs, "en-US", 2025, 2029, 2028);
        var newerElsewhere = Base("11aa0000-1c2d-4e5f-8a9b-000000000002", WestUs, "en-US", 2026, 2029, 2028);
        var snapshot = With(older, newerElsewhere);

        Assert.Same(older, ReplacementFinder.NewestBaseModel(snapshot, EastUs, "en-US", LifecycleRoute.Transcription, AsOf, 90));
        Assert.Same(newerElsewhere, ReplacementFinder.NewestBaseModel(snapshot, "chinaeast2.api.cognitive.azure.cn", "en-US", LifecycleRoute.Transcription, AsOf, 90));
    }

    [Fact]
    public void ModelBeingReplaced_IsNeverChosen()
    {
        var only = Base("11aa0000-1c2d-4e5f-8a9b-000000000001", EastUs, "en-US", 2026, 2029, 2028);

        Assert.Null(ReplacementFinder.NewestBaseModel(With(only), EastUs, "en-US", LifecycleRoute.Transcription, AsOf, 90, only.Id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void UnknownLocale_GivesNull_EvenWhenCandidatesLackALocaleToo(string? locale)
    {
        var noLocale = Base("11aa0000-1c2d-4e5f-8a9b-000000000001", EastUs, "en-US", 2026, 2029, 2028);
        noLocale.Locale = locale;

        Assert.Null(ReplacementFinder.NewestBaseModel(With(noLocale), EastUs, locale!, LifecycleRoute.Transcription, AsOf, 90));
    }

    [Fact]
    public void NoCandidates_GivesNull()
    {
        Assert.Null(ReplacementFinder.NewestBaseModel(new LifecycleSnapshot(), EastUs, "en-US", LifecycleRoute.Transcription, AsOf, 90));
    }

    [Fact]
    public void NotFoundOrUnavailableCandidates_AreSkipped()
    {
        var gone = Base("11aa0000-1c2d-4e5f-8a9b-000000000001", EastUs, "en-US", 2026, 2029, 2028);
        gone.Lookup = LookupStatus.NotFound;

        Assert.Null(ReplacementFinder.NewestBaseModel(With(gone), EastUs, "en-US", LifecycleRoute.Transcription, AsOf, 90));
    }

    private static LifecycleEntry Custom(string id, string project, string locale, DateTime created, DateTime? transcription, string? host = EastUs) => new()
    {
        Kind = ReferenceKind.CustomModel,
        Id = Guid.Parse(id),
        Host = host,
        Locale = locale,
        Project = project,
        CreatedDateTime = created,
        TranscriptionDateTime = transcription,
    };

    private static DateTime Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void NewerCustomModel_OfTheSameLocaleAndProject_IsChosen()
    {
        const string project = "5b7c1c2e-3f41-4c8e-9a1d-0e6f7a8b9c0d";
        var current = Custom("22bb0000-1c2d-4e5f-8a9b-000000000001", project, "en-US", Day(2024, 7, 14), Day(2026, 7, 15));
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(current);
        snapshot.Candidates.Add(Custom("22bb0000-1c2d-4e5f-8a9b-000000000002", project, "en-US", Day(2025, 8, 1), Day(2027, 10, 15)));
        snapshot.Candidates.Add(Custom("22bb0000-1c2d-4e5f-8a9b-000000000003", project, "en-US", Day(2026, 2, 1), Day(2028, 4, 15)));
        snapshot.Candidates.Add(Custom("22bb0000-1c2d-4e5f-8a9b-000000000004", "other project", "en-US", Day(2026, 5, 1), Day(2028, 7, 15)));
        snapshot.Candidates.Add(Custom("22bb0000-1c2d-4e5f-8a9b-000000000005", project, "de-DE", Day(2026, 5, 1), Day(2028, 7, 15)));
        snapshot.Candidates.Add(Custom("22bb0000-1c2d-4e5f-8a9b-000000000006", project, "en-US", Day(2026, 6, 1), Day(2027, 1, 15)));

        var chosen = ReplacementFinder.NewerCustomModel(snapshot, current, LifecycleRoute.Transcription, AsOf, 90);

        Assert.Equal(Guid.Parse("22bb0000-1c2d-4e5f-8a9b-000000000003"), chosen!.Id);
    }

    [Fact]
    public void NewerCustomModel_MustBeCreatedLater()
    {
        const string project = "p";
        var current = Custom("22bb0000-1c2d-4e5f-8a9b-000000000001", project, "en-US", Day(2026, 7, 14), Day(2026, 12, 15));
        var olderButHealthy = Custom("22bb0000-1c2d-4e5f-8a9b-000000000002", project, "en-US", Day(2026, 1, 1), Day(2028, 4, 15));

        Assert.Null(ReplacementFinder.NewerCustomModel(With(current, olderButHealthy), current, LifecycleRoute.Transcription, AsOf, 90));
    }

    [Fact]
    public void NewerCustomModel_NeedsAProjectAndACreatedDate()
    {
        var current = Custom("22bb0000-1c2d-4e5f-8a9b-000000000001", "p", "en-US", Day(2024, 7, 14), Day(2026, 7, 15));
        var newer = Custom("22bb0000-1c2d-4e5f-8a9b-000000000002", "p", "en-US", Day(2026, 1, 1), Day(2028, 4, 15));
        var noProject = Custom("22bb0000-1c2d-4e5f-8a9b-000000000001", "p", "en-US", Day(2024, 7, 14), Day(2026, 7, 15));
        noProject.Project = null;
        var noCreated = Custom("22bb0000-1c2d-4e5f-8a9b-000000000001", "p", "en-US", Day(2024, 7, 14), Day(2026, 7, 15));
        noCreated.CreatedDateTime = null;

        Assert.Same(newer, ReplacementFinder.NewerCustomModel(With(newer), current, LifecycleRoute.Endpoint, AsOf, 90));
        Assert.Null(ReplacementFinder.NewerCustomModel(With(newer), noProject, LifecycleRoute.Endpoint, AsOf, 90));
        Assert.Null(ReplacementFinder.NewerCustomModel(With(newer), noCreated, LifecycleRoute.Endpoint, AsOf, 90));
    }

    [Fact]
    public void NewerCustomModel_PrefersTheSameHost()
    {
        var current = Custom("22bb0000-1c2d-4e5f-8a9b-000000000001", "p", "en-US", Day(2024, 7, 14), Day(2026, 7, 15));
        var sameHost = Custom("22bb0000-1c2d-4e5f-8a9b-000000000002", "p", "en-US", Day(2025, 9, 1), Day(2027, 10, 15));
        var otherHostNewer = Custom("22bb0000-1c2d-4e5f-8a9b-000000000003", "p", "en-US", Day(2026, 2, 1), Day(2028, 4, 15), WestUs);

        Assert.Same(sameHost, ReplacementFinder.NewerCustomModel(With(otherHostNewer, sameHost), current, LifecycleRoute.Transcription, AsOf, 90));
    }
}
