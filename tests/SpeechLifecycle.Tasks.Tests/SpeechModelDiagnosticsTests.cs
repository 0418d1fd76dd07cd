using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks.Tests;

public sealed class SpeechModelDiagnosticsTests
{
    private static readonly DateTime AsOf = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static LifecycleEntry Model(ReferenceKind kind, Guid id, DateTime transcription, bool stale = false) => new()
    {
        Kind = kind,
        Id = id,
        Locale = "en-US",
        DisplayName = "Model " + id.ToString("N")[..4],
        TranscriptionDateTime = transcription,
        Lookup = LookupStatus.Resolved,
        IsStale = stale,
        FetchedAt = new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    private static SpeechModelItem Item(string include, string? kind)
    {
        Assert.True(SpeechModelItem.TryParse(include, kind, out var item, out var problem), problem);
        return item!;
    }

    [Fact]
    public void Each_state_of_an_item_gets_the_analyzers_id_and_severity()
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(Model(ReferenceKind.CustomModel, Seed.ExpiringCustom, new DateTime(2026, 7, 15)));
        snapshot.Entries.Add(Model(ReferenceKind.BaseModel, Seed.ExpiredBase, new DateTime(2024, 1, 15), stale: true));
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.Endpoint, Id = Seed.EndpointOnExpiredBase, DisplayName = "Old endpoint", Lookup = LookupStatus.Resolved,
            Model = new EntityLink(ReferenceKind.BaseModel, Seed.ExpiredBase, null),
        });
        snapshot.Entries.Add(new LifecycleEntry { Kind = ReferenceKind.Endpoint, Id = Seed.Unknown, Lookup = LookupStatus.NotFound, Host = "eastus.api.cognitive.microsoft.com" });
        snapshot.Entries.Add(new LifecycleEntry { Kind = ReferenceKind.BaseModel, Id = Seed.GermanBase, Lookup = LookupStatus.Unavailable, UnavailableReason = UnavailableReason.AuthenticationFailed });

        var diagnostics = SpeechModelDiagnostics.Evaluate(new[]
        {
            Item(Seed.ExpiringCustom.ToString(), "custom"),
            Item(Seed.ExpiredBase.ToString(), "base"),
            Item(Seed.EndpointOnExpiredBase.ToString(), "endpoint"),
            Item($"https://eastus.api.cognitive.microsoft.com/speechtotext/endpoints/{Seed.Unknown}?api-version=2025-10-15", null),
            Item(Seed.GermanBase.ToString(), "base"),
        }, snapshot, AsOf, 90, "MY_KEY");

        Assert.Equal(
            new[] { ("SPL1002", ItemDiagnosticSeverity.Warning), ("SPL9002", ItemDiagnosticSeverity.Info), ("SPL1001", ItemDiagnosticSeverity.Error), ("SPL1005", ItemDiagnosticSeverity.Error), ("SPL1007", ItemDiagnosticSeverity.Warning), ("SPL9001", ItemDiagnosticSeverity.Warning) },
            diagnostics.Select(d => (d.Id, d.Severity)));
        Assert.Contains("in 44 days", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("silently falls back to the latest base model for en-US", diagnostics[3].Message, StringComparison.Ordinal);
        Assert.Contains("on eastus.api.cognitive.microsoft.com", diagnostics[4].Message, StringComparison.Ordinal);
        Assert.Contains("MY_KEY", diagnostics[5].Message, StringComparison.Ordinal);
        Assert.All(diagnostics, d => Assert.StartsWith("SpeechModel item '", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Healthy_items_report_nothing()
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(Model(ReferenceKind.BaseModel, Seed.HealthyBase, new DateTime(2028, 4, 15)));

        Assert.Empty(SpeechModelDiagnostics.Evaluate(new[] { Item(Seed.HealthyBase.ToString(), "base") }, snapshot, AsOf, 90));
    }

    [Theory]
    [InlineData("https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/5b1f0c9e-2d7a-4c3b-8e6f-0a9d8c7b6e5f", null, ReferenceKind.CustomModel, "eastus.api.cognitive.microsoft.com")]
    [InlineData("5b1f0c9e-2d7a-4c3b-8e6f-0a9d8c7b6e5f", null, ReferenceKind.Model, null)]
    [InlineData(" 5b1f0c9e-2d7a-4c3b-8e6f-0a9d8c7b6e5f ", "Endpoint", ReferenceKind.Endpoint, null)]
    public void Items_take_their_kind_from_the_uri_or_the_metadata(string include, string? kind, ReferenceKind expected, string? host)
    {
        var item = Item(include, kind);

        Assert.Equal(new ScannedReference(expected, Guid.Parse("5b1f0c9e-2d7a-4c3b-8e6f-0a9d8c7b6e5f"), host), item.Reference);
    }

    [Theory]
    [InlineData("not a model", null)]
    [InlineData("aaaabbbb-0000-cccc-1111-dddd2222eeee", "base")]
    [InlineData("5b1f0c9e-2d7a-4c3b-8e6f-0a9d8c7b6e5f", "voice")]
    public void Invalid_items_are_refused(string include, string? kind) =>
        Assert.False(SpeechModelItem.TryParse(include, kind, out _, out _));
}
