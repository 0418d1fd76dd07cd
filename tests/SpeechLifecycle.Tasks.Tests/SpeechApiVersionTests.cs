namespace SpeechLifecycle.Tasks.Tests;

public sealed class SpeechApiVersionTests
{
    private static readonly Uri Resource = new("https://eastus.api.cognitive.microsoft.com/");
    private static readonly Guid Id = Guid.Parse("8a043172-65b7-4cf3-a8b5-4449efa5a0f1");

    [Theory]
    [InlineData("2025-10-15", "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/8a043172-65b7-4cf3-a8b5-4449efa5a0f1?api-version=2025-10-15")]
    [InlineData("2024-11-15", "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/8a043172-65b7-4cf3-a8b5-4449efa5a0f1?api-version=2024-11-15")]
    [InlineData("v3.2", "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/8a043172-65b7-4cf3-a8b5-4449efa5a0f1")]
    [InlineData("v3.1", "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/8a043172-65b7-4cf3-a8b5-4449efa5a0f1")]
    public void Base_model_url_follows_the_version_style(string name, string expected)
    {
        Assert.True(SpeechApiVersion.TryParse(name, out var version));
        Assert.Equal(expected, version.BaseModel(Resource, Id).AbsoluteUri);
    }

    [Fact]
    public void Custom_model_endpoint_and_list_urls()
    {
        SpeechApiVersion.TryParse("2025-10-15", out var query);
        SpeechApiVersion.TryParse("v3.2", out var path);

        Assert.Equal("https://eastus.api.cognitive.microsoft.com/speechtotext/models/8a043172-65b7-4cf3-a8b5-4449efa5a0f1?api-version=2025-10-15", query.CustomModel(Resource, Id).AbsoluteUri);
        Assert.Equal("https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/endpoints/8a043172-65b7-4cf3-a8b5-4449efa5a0f1", path.Endpoint(Resource, Id).AbsoluteUri);
        Assert.Equal("https://eastus.api.cognitive.microsoft.com/speechtotext/models/base?filter=locale%20eq%20%27en-US%27&api-version=2025-10-15", query.BaseModelsForLocale(Resource, "en-US").AbsoluteUri);
        Assert.Equal("https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base?filter=locale%20eq%20%27en-US%27", path.BaseModelsForLocale(Resource, "en-US").AbsoluteUri);
    }

    [Theory]
    [InlineData("v3.0")]
    [InlineData("2024-05-15-preview")]
    [InlineData("latest")]
    public void Retired_preview_and_unknown_versions_are_refused(string name) =>
        Assert.False(SpeechApiVersion.TryParse(name, out _));

    [Theory]
    [InlineData("https://eastus.api.cognitive.microsoft.com", true, false)]
    [InlineData("http://127.0.0.1:5000/", true, false)]
    [InlineData("http://localhost:5000", true, false)]
    [InlineData("http://[::1]:5000", true, false)]
    [InlineData("http://eastus.api.cognitive.microsoft.com", false, true)]
    [InlineData("ftp://example.com", false, false)]
    [InlineData("eastus", false, false)]
    public void Resource_addresses_need_https_except_loopback(string text, bool accepted, bool insecure)
    {
        Assert.Equal(accepted, SpeechResource.TryParseAddress(text, out _, out var isInsecure));
        Assert.Equal(insecure, isInsecure);
    }
}
