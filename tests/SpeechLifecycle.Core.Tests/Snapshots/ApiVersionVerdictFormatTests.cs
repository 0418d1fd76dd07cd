using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Core.Tests.Snapshots;

public sealed class ApiVersionVerdictFormatTests
{
    private static readonly DateTime CheckedAt = new(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc);

    private static LifecycleSnapshot WithVerdicts()
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.ApiVersions.Add(new ApiVersionVerdict { Host = "westus.api.cognitive.microsoft.com", Version = "v3.2", Status = ApiVersionServiceStatus.Retired, CheckedAt = CheckedAt, Detail = "HTTP 404: Resource not found" });
        snapshot.ApiVersions.Add(new ApiVersionVerdict { Host = "eastus.api.cognitive.microsoft.com", Version = "v3.2", Status = ApiVersionServiceStatus.Served, CheckedAt = CheckedAt });
        snapshot.ApiVersions.Add(new ApiVersionVerdict { Host = "eastus.api.cognitive.microsoft.com", Version = "v3.0", Status = ApiVersionServiceStatus.Retired });
        return snapshot;
    }

    [Fact]
    public void Verdicts_RoundTrip_SortedByHostThenVersion()
    {
        var text = LifecycleSnapshotWriter.Write(WithVerdicts());

        Assert.True(LifecycleSnapshotReader.TryRead(text, out var read, out var error), error);
        Assert.Equal(
            new[] { "eastus.api.cognitive.microsoft.com v3.0 Retired", "eastus.api.cognitive.microsoft.com v3.2 Served", "westus.api.cognitive.microsoft.com v3.2 Retired" },
            read!.ApiVersions.Select(v => $"{v.Host} {v.Version} {v.Status}"));
        Assert.Equal(CheckedAt, read.ApiVersions[1].CheckedAt);
        Assert.Equal("HTTP 404: Resource not found", read.ApiVersions[2].Detail);
        Assert.Equal(text, LifecycleSnapshotWriter.Write(read));
        Assert.Contains("\"status\": \"retired\"", text, StringComparison.Ordinal);
        Assert.Contains("\"checkedAt\": \"2026-11-20T08:30:00Z\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SnapshotWithoutVerdicts_HasNoApiVersionsSection()
    {
        // Snapshots written before the section existed keep their exact text.
        Assert.DoesNotContain("apiVersions", LifecycleSnapshotWriter.Write(new LifecycleSnapshot()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "formatVersion": 1, "apiVersions": [ { "host": "h", "version": "v3.2", "status": "gone" } ] }""", "apiVersions[0].status")]
    [InlineData("""{ "formatVersion": 1, "apiVersions": [ { "version": "v3.2", "status": "served" } ] }""", "apiVersions[0] has no \"host\"")]
    [InlineData("""{ "formatVersion": 1, "apiVersions": { } }""", "\"apiVersions\" must be an array")]
    public void MalformedVerdicts_FailWithTheField(string text, string expected)
    {
        Assert.False(LifecycleSnapshotReader.TryRead(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void OlderReaderShape_UnknownFieldsInAVerdict_AreIgnored()
    {
        Assert.True(LifecycleSnapshotReader.TryRead("""{ "formatVersion": 1, "apiVersions": [ { "host": "H", "version": "V3.2", "status": "Served", "future": 1 } ] }""", out var read, out var error), error);
        var verdict = Assert.Single(read!.ApiVersions);
        Assert.Equal("h", verdict.Host);
        Assert.Equal("v3.2", verdict.Version);
    }

    [Fact]
    public void Find_PrefersTheNamedHost_ThenARefusal()
    {
        var snapshot = WithVerdicts();

        Assert.Equal(ApiVersionServiceStatus.Served, snapshot.FindApiVersion("v3.2", "eastus.api.cognitive.microsoft.com")!.Status);
        Assert.Equal(ApiVersionServiceStatus.Retired, snapshot.FindApiVersion("v3.2", null)!.Status);
        Assert.Equal(ApiVersionServiceStatus.Retired, snapshot.FindApiVersion("V3.2", "other.example")!.Status);
        Assert.Null(snapshot.FindApiVersion("v3.1", "eastus.api.cognitive.microsoft.com"));
    }

    [Fact]
    public void Merge_KeepsTheFirstVerdictPerHostAndVersion()
    {
        var first = new LifecycleSnapshot();
        first.ApiVersions.Add(new ApiVersionVerdict { Host = "h", Version = "v3.2", Status = ApiVersionServiceStatus.Served });
        var second = WithVerdicts();
        second.ApiVersions.Add(new ApiVersionVerdict { Host = "H", Version = "v3.2", Status = ApiVersionServiceStatus.Retired });

        first.MergeFrom(second);

        Assert.Equal(4, first.ApiVersions.Count);
        Assert.Equal(ApiVersionServiceStatus.Served, first.FindApiVersion("v3.2", "h")!.Status);
    }
}
