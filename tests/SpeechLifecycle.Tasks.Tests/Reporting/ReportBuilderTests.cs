using SpeechLifecycle.Json;
using SpeechLifecycle.Tasks.Reporting;
using static SpeechLifecycle.Tasks.Tests.Reporting.ReportTestData;

namespace SpeechLifecycle.Tasks.Tests.Reporting;

public sealed class ReportBuilderTests
{
    private const string Root = "/repo";

    private static ReportEntry Single(ProjectReport project, Guid id, string route)
    {
        var matches = project.Entries.Where(entry => entry.Id == id && entry.Route == route).ToList();
        Assert.True(matches.Count == 1, $"{id} on {route}: {matches.Count} entries in [{string.Join(", ", project.Entries.Select(e => e.Id + "/" + e.Route))}]");
        return matches[0];
    }

    [Fact]
    public void EveryReference_GetsTheBuildsVerdict_DatesAndLocations()
    {
        var project = Project(Root);

        var expired = Single(project, ExpiredBase, "transcription");
        Assert.Equal(ReportStatus.Expired, expired.Status);
        Assert.Equal("SPL1001", expired.Rule);
        Assert.Equal("error", expired.Severity);
        Assert.Equal(new DateTime(2024, 1, 15), expired.Deadline);
        Assert.Equal(-1041, expired.DaysLeft);
        Assert.Equal("App/Client.cs:4", Assert.Single(expired.Locations).ToString());
        Assert.Equal(NewestBase, expired.Replacement?.Id);
        Assert.Contains("'20261020'", expired.Fix, StringComparison.Ordinal);

        // The same base model as a training request's baseModel is judged on its adaptation date (SPL1003).
        var training = Single(project, ExpiredBase, "training");
        Assert.Equal("SPL1003", training.Rule);
        Assert.Equal(new DateTime(2023, 1, 15), training.Deadline);
        Assert.Equal("App/Client.cs:5", Assert.Single(training.Locations).ToString());

        var soon = Single(project, ExpiringCustom, "transcription");
        Assert.Equal(ReportStatus.ExpiringSoon, soon.Status);
        Assert.Equal("SPL1002", soon.Rule);
        Assert.Equal(55, soon.DaysLeft);
        Assert.Equal(HealthyCustom, soon.Replacement?.Id);

        var healthy = Single(project, HealthyCustom, "transcription");
        Assert.Equal(ReportStatus.Healthy, healthy.Status);
        Assert.Null(healthy.Rule);
        Assert.Null(healthy.Fix);
        Assert.Equal(694, healthy.DaysLeft);

        var missing = Single(project, MissingModel, "transcription");
        Assert.Equal(ReportStatus.NotFound, missing.Status);
        Assert.Equal("SPL1007", missing.Rule);

        var endpoint = Single(project, ExpiredEndpoint, "endpoint");
        Assert.Equal(ReportStatus.Expired, endpoint.Status);
        Assert.Equal("SPL1005", endpoint.Rule);
        Assert.Equal("Contoso call center 2024-05", endpoint.DeployedModel?.Name);
        Assert.Equal(new DateTime(2026, 7, 15), endpoint.Deadline);
        Assert.Equal("App/Recognition.cs:6", Assert.Single(endpoint.Locations).ToString());

        var config = Single(project, ExpiredCustom, "transcription");
        Assert.Equal("App/appsettings.json:3", Assert.Single(config.Locations).ToString());
    }

    [Fact]
    public void EndpointCandidateTheDataDoesNotKnow_IsLeftOutAndCounted()
    {
        var project = Project(Root);

        Assert.DoesNotContain(project.Entries, entry => entry.Id == VoiceEndpoint);
        Assert.Equal(1, project.UnconfirmedCandidates);
    }

    [Fact]
    public void ReferenceWithoutData_IsNoData_WithTheReason()
    {
        var project = Project(Root, snapshot: new Snapshots.LifecycleSnapshot());

        var entry = Single(project, ExpiringCustom, "transcription");
        Assert.Equal(ReportStatus.NoData, entry.Status);
        Assert.Equal("SPL9001", entry.Rule);
        Assert.Null(entry.Deadline);
        Assert.False(string.IsNullOrWhiteSpace(entry.Fix));
    }

    [Fact]
    public void Entries_AreOrderedByStatusThenDate()
    {
        var statuses = Project(Root).Entries.Select(entry => (int)entry.Status).ToList();

        Assert.Equal(statuses.OrderBy(status => status), statuses);
    }

    [Fact]
    public void ActiveAcceptance_MovesTheEntryToAccepted_AndEndedOneLeavesItWhereItWas()
    {
        var snapshotText = $$"""
            {
              "formatVersion": 1,
              "entries": [],
              "acceptances": [
                { "reference": "{{CustomUri(ExpiringCustom)}}", "kind": "customModel", "id": "{{ExpiringCustom:D}}", "until": "2027-01-01", "reason": "Retraining in December", "rules": ["SPL1002"] },
                { "reference": "{{ExpiredCustom:D}}", "kind": null, "id": "{{ExpiredCustom:D}}", "until": "2026-11-21", "reason": "Migration", "rules": [] }
              ]
            }
            """;
        var acceptances = AcceptanceReader.Read(JsonParser.Parse(snapshotText));

        var project = Project(Root, acceptances: acceptances);

        var accepted = Single(project, ExpiringCustom, "transcription");
        Assert.Equal(ReportStatus.Accepted, accepted.Status);
        Assert.Equal("SPL1002", accepted.Rule);
        Assert.Contains("Accepted until 2027-01-01: Retraining in December", accepted.Fix, StringComparison.Ordinal);

        // Until is the first day it no longer applies: on 2026-11-21 the original SPL1001 is back.
        var ended = Single(project, ExpiredCustom, "transcription");
        Assert.Equal(ReportStatus.Expired, ended.Status);
        Assert.Contains("acceptance ended on 2026-11-21", ended.Fix, StringComparison.Ordinal);

        Assert.Equal(new[] { ("2026-11-21", "ended", 0), ("2027-01-01", "active", 41) },
            project.Acceptances.Select(a => (a.Until.ToString("yyyy-MM-dd"), a.State, a.DaysLeft)).ToArray());
    }

    [Fact]
    public void AcceptanceForOtherRules_DoesNotCoverTheEntry()
    {
        var acceptances = new[] { new ReportAcceptance(ExpiringCustom.ToString("D"), "custom", ExpiringCustom, new DateTime(2027, 1, 1), "only SPL1001", new[] { "SPL1001" }) };

        var project = Project(Root, acceptances: acceptances);

        Assert.Equal(ReportStatus.ExpiringSoon, Single(project, ExpiringCustom, "transcription").Status);
        Assert.Equal("unused", Assert.Single(project.Acceptances).State);
    }

    [Fact]
    public void SnapshotWithoutAcceptances_HasNone()
    {
        Assert.Empty(AcceptanceReader.Read(JsonParser.Parse("""{ "formatVersion": 1, "entries": [] }""")));
        Assert.Empty(AcceptanceReader.Read(JsonParser.Parse("""{ "formatVersion": 1, "acceptances": "not an array" }""")));
    }

    [Fact]
    public void AcceptanceReader_TakesTheIdFromTheReferenceWhenNoIdIsGiven_AndSkipsInvalidOnes()
    {
        var acceptances = AcceptanceReader.Read(JsonParser.Parse($$"""
            { "acceptances": [
              { "reference": "{{CustomUri(ExpiringCustom)}}", "until": "2027-01-01", "reason": "r", "rules": "SPL1002;spl1001" },
              { "reference": "not an id", "until": "2027-01-01", "reason": "r" },
              { "reference": "{{ExpiredCustom:D}}", "until": "soon", "reason": "r" }
            ] }
            """));

        var acceptance = Assert.Single(acceptances);
        Assert.Equal(ExpiringCustom, acceptance.Id);
        Assert.Equal(new[] { "SPL1001", "SPL1002" }, acceptance.Rules);
    }
}
