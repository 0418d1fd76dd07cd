using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SpeechLifecycle.Evaluation;
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
            new[]
            {
                ("SPL1002", ItemDiagnosticSeverity.Warning),
                ("SPL9002", ItemDiagnosticSeverity.Info), ("SPL1001", ItemDiagnosticSeverity.Error),

                // The endpoint's model is the stale one: reported on the endpoint item too, as the analyzer does.
                ("SPL9002", ItemDiagnosticSeverity.Info), ("SPL1005", ItemDiagnosticSeverity.Error),
                ("SPL1007", ItemDiagnosticSeverity.Warning),
                ("SPL9001", ItemDiagnosticSeverity.Warning),
            },
            diagnostics.Select(d => (d.Id, d.Severity)));
        Assert.Contains("in 44 days", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("silently falls back to the latest base model for en-US", diagnostics[4].Message, StringComparison.Ordinal);
        Assert.Contains("on eastus.api.cognitive.microsoft.com", diagnostics[5].Message, StringComparison.Ordinal);
        Assert.Contains("MY_KEY", diagnostics[6].Message, StringComparison.Ordinal);
        Assert.All(diagnostics, d => Assert.StartsWith("SpeechModel item '", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_endpoint_whose_model_is_not_in_the_data_and_an_item_without_an_entry_get_SPL9001_as_in_the_analyzer()
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.Endpoint, Id = Seed.EndpointOnExpiredBase, DisplayName = "Old endpoint", Lookup = LookupStatus.Resolved,
            Model = new EntityLink(ReferenceKind.BaseModel, Seed.ExpiredBase, null),
        });

        var diagnostics = SpeechModelDiagnostics.Evaluate(
            new[] { Item(Seed.EndpointOnExpiredBase.ToString(), "endpoint"), Item(Seed.GermanBase.ToString(), "base") },
            snapshot,
            AsOf,
            90,
            "MY_KEY",
            "https://eastus.api.cognitive.microsoft.com");

        Assert.Equal(new[] { "SPL9001", "SPL9001" }, diagnostics.Select(d => d.Id));
        Assert.Contains($"its deployed model {Seed.ExpiredBase:D} is not in the data", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("looks it up through https://eastus.api.cognitive.microsoft.com", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_has_the_analyzers_id_and_default_severity()
    {
        var analyzer = Path.Combine(RepositoryRoot(), "src", "SpeechLifecycle.Analyzers");
        var ids = Regex.Matches(File.ReadAllText(Path.Combine(analyzer, "DiagnosticIds.cs")), @"const string (\w+) = ""(SPL\d{4})""")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var descriptors = Regex.Matches(
                File.ReadAllText(Path.Combine(analyzer, "Descriptors.cs")),
                @"DiagnosticDescriptor (\w+) = Create\(\s*DiagnosticIds\.(\w+),[^;]*?DiagnosticSeverity\.(\w+)\)")
            .ToDictionary(m => m.Groups[1].Value, m => (Id: ids[m.Groups[2].Value], Severity: m.Groups[3].Value));

        foreach (var rule in Enum.GetValues<LifecycleRule>())
        {
            Assert.True(descriptors.TryGetValue(rule.ToString(), out var descriptor), $"no descriptor named {rule} in Descriptors.cs");
            var (id, severity) = SpeechModelDiagnostics.IdAndSeverityOf(rule);
            Assert.Equal(descriptor.Id, id);
            Assert.Equal(descriptor.Severity, severity.ToString());
        }
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

    // The analyzer's sources are read as text: this test project sees Core through the task assembly only.
    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
