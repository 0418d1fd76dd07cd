using System.Globalization;
using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Messages;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Core.Tests.Evaluation;

/// <summary>
/// The one decision of what a reference is reported as, shared by the analyzer and the task (their own tests cover
/// each rule end to end); here what only the finder decides: nothing dated without a date, replacements, messages.
/// </summary>
public sealed class LifecycleFinderTests
{
    private const string EastUs = "eastus.api.cognitive.microsoft.com";
    private static readonly DateTime AsOf = new(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc);
    private static readonly Guid ExpiredCustom = Guid.Parse("9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1");
    private static readonly Guid NewerCustom = Guid.Parse("b5e2c7a9-4f18-4d3b-9a6e-7c1d0f2e8b43");
    private static readonly Guid HealthyBase = Guid.Parse("06fbc28e-1f76-4d3e-8ea1-40b8e873929e");
    private static readonly Guid Endpoint = Guid.Parse("4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91");

    private static LifecycleEntry Model(ReferenceKind kind, Guid id, int createdYear, int transcriptionYear, bool stale = false) => new()
    {
        Kind = kind,
        Id = id,
        Host = EastUs,
        Locale = "en-US",
        Project = kind == ReferenceKind.CustomModel ? "call-center" : null,
        DisplayName = kind + " " + createdYear.ToString(CultureInfo.InvariantCulture),
        CreatedDateTime = new DateTime(createdYear, 1, 10, 0, 0, 0, DateTimeKind.Utc),
        TranscriptionDateTime = new DateTime(transcriptionYear, 1, 15, 0, 0, 0, DateTimeKind.Utc),
        AdaptationDateTime = new DateTime(transcriptionYear - 1, 1, 15, 0, 0, 0, DateTimeKind.Utc),
        Lookup = LookupStatus.Resolved,
        IsStale = stale,
        FetchedAt = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    private static LifecycleSnapshot Data()
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(Model(ReferenceKind.CustomModel, ExpiredCustom, 2024, 2026, stale: true));
        snapshot.Entries.Add(Model(ReferenceKind.CustomModel, NewerCustom, 2026, 2028));
        snapshot.Candidates.Add(Model(ReferenceKind.BaseModel, HealthyBase, 2025, 2028));
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.Endpoint, Id = Endpoint, Host = EastUs, Lookup = LookupStatus.Resolved, DisplayName = "Claims line",
            Model = new EntityLink(ReferenceKind.CustomModel, ExpiredCustom, EastUs),
        });
        return snapshot;
    }

    [Fact]
    public void WithoutAnEvaluationDate_NoDateRuleIsFound_ButStaleDataStillIs()
    {
        var finder = new LifecycleFinder(Data(), asOf: null, "SPEECH_KEY", endpoint: null);

        Assert.Equal(new[] { LifecycleRule.LifecycleDataStale }, finder.Find(ReferenceKind.CustomModel, ExpiredCustom, EastUs, LifecycleRoute.Transcription, 90).Select(f => f.Rule));
        Assert.Equal(new[] { LifecycleRule.LifecycleDataStale }, finder.Find(ReferenceKind.Endpoint, Endpoint, EastUs, LifecycleRoute.Endpoint, 90).Select(f => f.Rule));
    }

    [Fact]
    public void AnExpiredCustomModel_IsReplacedByTheNewerModelOfItsProject_AndItsMessageIsTheFormattedRule()
    {
        var finder = new LifecycleFinder(Data(), AsOf, "SPEECH_KEY", endpoint: null);

        var findings = finder.Find(ReferenceKind.CustomModel, ExpiredCustom, EastUs, LifecycleRoute.Transcription, 90);

        Assert.Equal(new[] { LifecycleRule.LifecycleDataStale, LifecycleRule.ModelExpiredForTranscription }, findings.Select(f => f.Rule));
        var expired = findings[1];
        Assert.Equal(ExpiredCustom, expired.Entry!.Id);
        Assert.Equal(NewerCustom, expired.Replacement!.Id);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, LifecycleMessages.ModelExpiredForTranscription, expired.Arguments), expired.Message);
        Assert.StartsWith("Speech model 'CustomModel 2024' (en-US) expired for transcription on 2026-01-15", expired.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheNewestBaseModel_IsTheReplacementOfAnExpiringBaseModel_AndTheSameEntryEachTime()
    {
        var snapshot = Data();
        var expiring = Guid.Parse("69adf293-9664-4040-932b-02ed16332e00");
        snapshot.Entries.Add(Model(ReferenceKind.BaseModel, expiring, 2024, 2027));
        var finder = new LifecycleFinder(snapshot, AsOf, "SPEECH_KEY", endpoint: null);

        var first = finder.Find(ReferenceKind.BaseModel, expiring, EastUs, LifecycleRoute.Transcription, 90).Single();
        var again = finder.Find(ReferenceKind.Model, expiring, EastUs, LifecycleRoute.Transcription, 90).Single();

        Assert.Equal(LifecycleRule.ModelExpiresSoonForTranscription, first.Rule);
        Assert.Equal(HealthyBase, first.Replacement!.Id);
        Assert.Same(first.Replacement, again.Replacement);
    }

    [Fact]
    public void AnEndpointOnAnExpiredModel_IsJudgedOnItsModel_AndAModelMissingFromTheDataIsNamed()
    {
        var snapshot = Data();
        var orphan = Guid.Parse("7a2b9c4d-1e5f-4a6b-8c7d-9e0f1a2b3c4d");
        var missingModel = Guid.Parse("5f3e2d1c-0b9a-4877-a665-544332211f0e");
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.Endpoint, Id = orphan, Host = EastUs, Lookup = LookupStatus.Resolved,
            Model = new EntityLink(ReferenceKind.CustomModel, missingModel, EastUs),
        });
        var finder = new LifecycleFinder(snapshot, AsOf, "SPEECH_KEY", "https://eastus.api.cognitive.microsoft.com");

        var onExpired = finder.Find(ReferenceKind.Endpoint, Endpoint, null, LifecycleRoute.Endpoint, 90);
        var onMissing = finder.Find(ReferenceKind.Endpoint, orphan, null, LifecycleRoute.Endpoint, 90).Single();
        var unknown = finder.Find(ReferenceKind.BaseModel, Guid.Parse("f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9"), EastUs, LifecycleRoute.Transcription, 90).Single();

        Assert.Equal(new[] { LifecycleRule.LifecycleDataStale, LifecycleRule.EndpointModelExpired }, onExpired.Select(f => f.Rule));
        Assert.StartsWith("Custom endpoint 'Claims line' serves model 'CustomModel 2024' (en-US)", onExpired[1].Message, StringComparison.Ordinal);
        Assert.Null(onExpired[1].Replacement);
        Assert.Equal(LifecycleRule.LifecycleDataUnavailable, onMissing.Rule);
        Assert.Contains($"its deployed model {missingModel:D} is not in the data", onMissing.Message, StringComparison.Ordinal);
        Assert.Contains("looks it up through https://eastus.api.cognitive.microsoft.com", unknown.Message, StringComparison.Ordinal);
    }
}
