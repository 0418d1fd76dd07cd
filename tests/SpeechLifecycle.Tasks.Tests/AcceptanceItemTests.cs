using Microsoft.Build.Framework;
using SpeechLifecycle.Acceptances;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;
using TaskItem = Microsoft.Build.Utilities.TaskItem;

namespace SpeechLifecycle.Tasks.Tests;

/// <summary>SpeechLifecycleAcceptance items: validation (SPLT001), the snapshot's acceptances array, SpeechModel items.</summary>
public sealed class AcceptanceItemTests : IDisposable
{
    private const string CustomUri = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/5b1f0c9e-2d7a-4c3b-8e6f-0a9d8c7b6e5f?api-version=2025-10-15";
    private static readonly DateTime AsOf = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("not-a-reference", "2027-01-31", "because", null, "neither a model or endpoint GUID")]
    [InlineData(CustomUri, null, "because", null, "has no Until. Accepted values: a date written yyyy-MM-dd")]
    [InlineData(CustomUri, "31/01/2027", "because", null, "has Until='31/01/2027'. Accepted values: a date written yyyy-MM-dd")]
    [InlineData(CustomUri, "2027-02-30", "because", null, "Accepted values: a date written yyyy-MM-dd")]
    [InlineData(CustomUri, "2027-01-31", "  ", null, "has no Reason. Accepted values: any non-empty text")]
    [InlineData(CustomUri, "2027-01-31", "because", "SPL1001;SPL2001", "has Rules='SPL1001;SPL2001'. Accepted values: empty (all of them) or a ';'-separated list of SPL1001, SPL1002")]
    [InlineData(CustomUri, "2027-01-31", "because", "SPL9001", "SPL1007")]
    public void Invalid_acceptance_fails_with_SPLT001_naming_the_item_and_the_accepted_values(string include, string? until, string reason, string? rules, string expected)
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine);
        task.Acceptances = new[] { Acceptance(include, until, reason, rules) };

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(TaskMessageCodes.InvalidValue, error.Code);
        Assert.Contains($"SpeechLifecycleAcceptance item '{include}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_kind_names_the_accepted_kinds()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine);
        var item = Acceptance(Seed.ExpiringCustom.ToString(), "2027-01-31", "because", null);
        item.SetMetadata("Kind", "voice");
        task.Acceptances = new[] { item };

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Contains("SpeechLifecycleAcceptance item", error.Message, StringComparison.Ordinal);
        Assert.Contains("Accepted values: base, custom, endpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_acceptances_reach_the_analyzer_in_the_snapshot_acceptances_array()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine);
        var guid = Acceptance(Seed.EndpointOnCustom.ToString(), "2026-12-31", "Migration planned", "spl1005; SPL1006");
        guid.SetMetadata("Kind", "endpoint");
        task.Acceptances = new[] { Acceptance(CustomUri, "2027-01-31", " Vendor contract ends in January ", null), guid };

        Assert.True(task.Execute(), string.Join(Environment.NewLine, engine.AllText));

        var text = File.ReadAllText(task.OutputSnapshot!);
        Assert.Contains($$"""
              "acceptances": [
                {
                  "reference": "{{CustomUri}}",
                  "kind": "customModel",
                  "id": "5b1f0c9e-2d7a-4c3b-8e6f-0a9d8c7b6e5f",
                  "until": "2027-01-31",
                  "reason": "Vendor contract ends in January",
                  "rules": [
                    "SPL1001",
            """.Replace("\r\n", "\n"), text, StringComparison.Ordinal);
        Assert.True(LifecycleSnapshotReader.TryRead(text, out var snapshot, out var error), error);
        var endpoint = Assert.Single(snapshot!.Acceptances, a => a.Kind == ReferenceKind.Endpoint);
        Assert.Equal(new[] { "SPL1005", "SPL1006" }, endpoint.Rules);
        Assert.Equal(7, snapshot.Acceptances.Single(a => a.Kind == ReferenceKind.CustomModel).Rules.Count);
    }

    [Fact]
    public void A_SpeechModel_item_under_an_active_acceptance_is_a_message_with_the_reason_and_after_Until_the_error_is_back()
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.BaseModel, Id = Seed.ExpiredBase, Locale = "en-US", DisplayName = "Old", Lookup = LookupStatus.Resolved,
            TranscriptionDateTime = new DateTime(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc),
        });
        Assert.True(SpeechModelItem.TryParse(Seed.ExpiredBase.ToString(), "base", out var item, out _));
        var acceptances = new[] { new LifecycleAcceptance(Seed.ExpiredBase.ToString(), ReferenceKind.BaseModel, Seed.ExpiredBase, new DateTime(2026, 6, 2), "Replaced in sprint 12", LifecycleAcceptance.AcceptableRules) };

        var before = Assert.Single(SpeechModelDiagnostics.Evaluate(new[] { item! }, snapshot, AsOf, 90, acceptances: acceptances));
        var onUntil = Assert.Single(SpeechModelDiagnostics.Evaluate(new[] { item! }, snapshot, AsOf.AddDays(1), 90, acceptances: acceptances));
        var without = Assert.Single(SpeechModelDiagnostics.Evaluate(new[] { item! }, snapshot, AsOf, 90));

        Assert.Equal(("SPL1001", ItemDiagnosticSeverity.Info), (before.Id, before.Severity));
        Assert.EndsWith(" (accepted until 2026-06-02: Replaced in sprint 12)", before.Message, StringComparison.Ordinal);
        Assert.Equal(("SPL1001", ItemDiagnosticSeverity.Error), (onUntil.Id, onUntil.Severity));
        Assert.EndsWith(" (accepted until 2026-06-02: Replaced in sprint 12; that acceptance has ended)", onUntil.Message, StringComparison.Ordinal);
        Assert.Equal(ItemDiagnosticSeverity.Error, without.Severity);
        Assert.DoesNotContain("accepted", without.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acceptance_for_other_rules_or_another_kind_does_not_apply()
    {
        var id = Seed.ExpiredBase;
        var onlyWarnings = new LifecycleAcceptance("x", ReferenceKind.Model, id, new DateTime(2027, 1, 1), "r", new[] { "SPL1002" });
        var endpoint = new LifecycleAcceptance("x", ReferenceKind.Endpoint, id, new DateTime(2027, 1, 1), "r", LifecycleAcceptance.AcceptableRules);

        Assert.Null(LifecycleAcceptance.Find(new[] { onlyWarnings, endpoint }, ReferenceKind.BaseModel, id, "SPL1001", AsOf));
        Assert.Same(onlyWarnings, LifecycleAcceptance.Find(new[] { onlyWarnings, endpoint }, ReferenceKind.CustomModel, id, "SPL1002", AsOf));
    }

    private ResolveSpeechLifecycle NewTask(FakeBuildEngine engine) => new()
    {
        BuildEngine = engine,
        AsOf = Seed.AsOf,
        CacheDirectory = _temp.Combine("cache"),
        ProjectFile = _temp.Combine("App.csproj"),
        OutputSnapshot = _temp.Combine("obj", "speech-lifecycle.g.json"),
        ScanCacheFile = _temp.Combine("obj", "speech-lifecycle.scan"),
    };

    private static TaskItem Acceptance(string include, string? until, string reason, string? rules)
    {
        var item = new TaskItem(include);
        if (until is not null)
        {
            item.SetMetadata("Until", until);
        }

        item.SetMetadata("Reason", reason);
        if (rules is not null)
        {
            item.SetMetadata("Rules", rules);
        }

        return item;
    }
}
