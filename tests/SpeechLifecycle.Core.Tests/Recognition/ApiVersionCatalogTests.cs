using SpeechLifecycle.Messages;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Core.Tests.Recognition;

public sealed class ApiVersionCatalogTests
{
    [Theory]
    [InlineData("v3.0", ApiVersionStatus.Retired, "2026-03-31")]
    [InlineData("V3.0", ApiVersionStatus.Retired, "2026-03-31")]
    [InlineData("v3.2-preview.1", ApiVersionStatus.Retired, "2026-03-31")]
    [InlineData("v3.2-preview.2", ApiVersionStatus.Retired, "2026-03-31")]
    [InlineData("v3.1-preview.1", ApiVersionStatus.Retired, null)]
    [InlineData("v2.0", ApiVersionStatus.Retired, null)]
    [InlineData("v2.1", ApiVersionStatus.Retired, null)]
    [InlineData("v3.1", ApiVersionStatus.RetirementAnnounced, "2026-03-31")]
    [InlineData("v3.2", ApiVersionStatus.RetirementAnnounced, "2026-03-31")]
    [InlineData("2024-05-15-preview", ApiVersionStatus.RetirementAnnounced, null)]
    [InlineData("2024-11-15", ApiVersionStatus.Current, null)]
    [InlineData("2025-10-15", ApiVersionStatus.Current, null)]
    [InlineData("v3.3", ApiVersionStatus.Unknown, null)]
    [InlineData("v9.9", ApiVersionStatus.Unknown, null)]
    [InlineData("", ApiVersionStatus.Unknown, null)]
    public void EveryVersion_HasItsDocumentedStatus(string version, ApiVersionStatus status, string? date)
    {
        var info = ApiVersionCatalog.Lookup(version);

        Assert.Equal(status, info.Status);
        Assert.Equal(date, info.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(version.ToLowerInvariant(), info.Name);
    }

    [Theory]
    [InlineData("v3.0")]
    [InlineData("v3.1")]
    [InlineData("v3.2-preview.2")]
    [InlineData("v2.0")]
    [InlineData("2024-05-15-preview")]
    [InlineData("2025-10-15")]
    public void EveryKnownVersion_NamesTheDocItComesFrom(string version)
    {
        Assert.Contains(".md", ApiVersionCatalog.Lookup(version).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyVersionsTheDocsStateAsRetired_AreRetired()
    {
        Assert.True(ApiVersionCatalog.IsRetired("v3.0"));
        Assert.False(ApiVersionCatalog.IsRetired("v3.1"));
        Assert.False(ApiVersionCatalog.IsRetired("v3.2"));
        Assert.False(ApiVersionCatalog.IsRetired("2025-10-15"));
        Assert.False(ApiVersionCatalog.IsRetired(null));
    }

    [Theory]
    // No answer: the docs decide.
    [InlineData("v3.0", null, ApiVersionStatus.Retired)]
    [InlineData("v3.2", null, ApiVersionStatus.RetirementAnnounced)]
    [InlineData("v9.9", null, ApiVersionStatus.Unknown)]
    // Refused: retired, whatever the docs say.
    [InlineData("v3.2", ApiVersionServiceStatus.Retired, ApiVersionStatus.Retired)]
    [InlineData("v9.9", ApiVersionServiceStatus.Retired, ApiVersionStatus.Retired)]
    // Served: not failing; announced at most.
    [InlineData("v3.0", ApiVersionServiceStatus.Served, ApiVersionStatus.RetirementAnnounced)]
    [InlineData("v3.2", ApiVersionServiceStatus.Served, ApiVersionStatus.RetirementAnnounced)]
    [InlineData("v9.9", ApiVersionServiceStatus.Served, ApiVersionStatus.Current)]
    public void ServiceVerdict_WinsOverTheDocs(string version, ApiVersionServiceStatus? answer, ApiVersionStatus expected)
    {
        var verdict = answer is { } status ? new ApiVersionVerdict { Host = "h", Version = version, Status = status } : null;

        Assert.Equal(expected, ApiVersionCatalog.Judge(ApiVersionCatalog.Lookup(version), verdict));
    }

    [Fact]
    public void Messages_SayWhereTheVerdictCameFrom()
    {
        var checkedAt = new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc);
        var refused = new ApiVersionVerdict { Host = "eastus.api.cognitive.microsoft.com", Version = "v3.2", Status = ApiVersionServiceStatus.Retired, CheckedAt = checkedAt };
        var served = new ApiVersionVerdict { Host = "eastus.api.cognitive.microsoft.com", Version = "v3.0", Status = ApiVersionServiceStatus.Served, CheckedAt = checkedAt };

        Assert.Equal("the service on eastus.api.cognitive.microsoft.com refused it on 2026-11-20", LifecycleMessages.ApiVersionVerdictSource(ApiVersionCatalog.Lookup("v3.2"), refused));
        Assert.Equal(
            "the service on eastus.api.cognitive.microsoft.com still served it on 2026-11-20; retired on 2026-03-31 per Microsoft's 'Speech to text REST API' page (rest-speech-to-text.md)",
            LifecycleMessages.ApiVersionVerdictSource(ApiVersionCatalog.Lookup("v3.0"), served));
        Assert.StartsWith("retirement announced for 2026-03-31 by Microsoft's migration guides", LifecycleMessages.ApiVersionVerdictSource(ApiVersionCatalog.Lookup("v3.1"), null), StringComparison.Ordinal);
    }

    [Fact]
    public void AnnouncedVersions_AreStillRewrittenByTheFix_ButV2IsNot()
    {
        const string Id = "69adf293-9664-4040-932b-02ed16332e00";
        Assert.Equal($"https://h.example/speechtotext/models/{Id}?api-version=2025-10-15", ReferenceRewriter.ToCurrentApiVersion($"https://h.example/speechtotext/v3.2/models/{Id}"));
        Assert.Null(ReferenceRewriter.ToCurrentApiVersion($"https://westus.cris.ai/api/speechtotext/v2.0/models/{Id}"));
    }
}
