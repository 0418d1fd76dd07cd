using SpeechLifecycle.Recognition;
using static SpeechLifecycle.Core.Tests.Recognition.RealIds;

namespace SpeechLifecycle.Core.Tests.Recognition;

public sealed class ApiPathVersionFinderTests
{
    [Theory]
    [InlineData("\"[|speechtotext/v3.0|]/transcriptions\"", "v3.0")]
    [InlineData("new Uri(baseUri, \"/[|speechtotext/v3.1|]/transcriptions\")", "v3.1")]
    [InlineData("$\"{host}[|speechtotext/v3.0|]/models/{customModelId}\"", "v3.0")]
    [InlineData("$\"{AzureSpeechServicesEndpointUri}[|speechtotext/v3.0|]/Transcriptions/\"", "v3.0")]
    [InlineData("\"https://eastus.api.cognitive.microsoft.com/[|speechtotext/v3.2|]\"", "v3.2")]
    [InlineData("client.BaseAddress = new Uri(\"https://eastus.api.cognitive.microsoft.com/[|speechtotext/v3.2-preview.2|]/\");", "v3.2-preview.2")]
    [InlineData("\"[|SpeechToText/V3.1-Preview.1|]/models\"", "v3.1-preview.1")]
    [InlineData("\"https://westus.api.cognitive.microsoft.com/[|speechtotext/v3.2-preview.1|]/models/base\"", "v3.2-preview.1")]
    [InlineData("speechUrl: '{endpoint}/[|speechtotext/v3.0|]'", "v3.0")]
    public void RetiredPath_IsFoundButIsNotACompleteUri(string markup, string version)
    {
        var (text, start, length) = Markup.Parse(markup);

        var path = Assert.Single(ApiPathVersionFinder.Find(text));

        Assert.Equal(version, path.Version);
        Assert.Equal(start, path.Start);
        Assert.Equal(length, path.Length);
        Assert.False(path.IsCompleteUri);
        Assert.Equal(-1, path.CompleteUriStart);
    }

    [Theory]
    [InlineData("\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/" + Base20210831 + "|]\"", "v3.1")]
    [InlineData("\"[|https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/endpoints/" + Endpoint + "|]\"", "v3.0")]
    [InlineData("{ \"self\": \"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2-preview.2/models/base/" + WhisperPreview + "|]\" }", "v3.2-preview.2")]
    [InlineData("\"[|http://localhost:5080/speechtotext/v3.2/models/" + Custom + ":copy|]\"", "v3.2")]
    public void CompleteModelOrEndpointUri_IsMarkedComplete(string markup, string version)
    {
        var (text, start, length) = Markup.Parse(markup);

        var path = Assert.Single(ApiPathVersionFinder.Find(text));

        Assert.Equal(version, path.Version);
        Assert.True(path.IsCompleteUri);
        Assert.Equal(start, path.CompleteUriStart);
        Assert.Equal(length, path.CompleteUriLength);
        Assert.Equal("speechtotext/" + version, text.Substring(path.Start, path.Length), ignoreCase: true);
    }

    [Theory]
    [InlineData("\"speechtotext/v3.2/models/base/" + WhisperPreview + "\"")]
    [InlineData("$\"{endpoint}speechtotext/v3.0/models/" + Custom + "\"")]
    public void ModelUriWithoutHost_IsNotComplete(string text)
    {
        Assert.False(Assert.Single(ApiPathVersionFinder.Find(text)).IsCompleteUri);
    }

    [Theory]
    [InlineData("\"https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/" + Whisper + "?api-version=2024-11-15\"")]
    [InlineData("\"speechtotext/transcriptions:submit?api-version=2025-10-15\"")]
    [InlineData("\"myspeechtotext/v3.0/models\"")]
    [InlineData("\"speechtotext/v3.0x/models\"")]
    [InlineData("\"speechtotext/v3/models\"")]
    [InlineData("")]
    public void QueryVersionsOrUnrelatedPaths_AreNotFound(string text)
    {
        Assert.Empty(ApiPathVersionFinder.Find(text));
    }

    [Theory]
    [InlineData("\"https://westus.cris.ai/api/speechtotext/v2.0/models/" + Custom + "\"", "v2.0", ApiVersionStatus.Retired)]
    [InlineData("\"speechtotext/v3.2/transcriptions\"", "v3.2", ApiVersionStatus.RetirementAnnounced)]
    [InlineData("\"speechtotext/v4.0/models\"", "v4.0", ApiVersionStatus.Unknown)]
    public void EveryPathVersion_IsFound_WithWhatTheCatalogueKnows(string text, string version, ApiVersionStatus status)
    {
        var path = Assert.Single(ApiPathVersionFinder.Find(text));

        Assert.Equal(version, path.Version);
        Assert.Equal(status, path.Info.Status);
    }

    [Theory]
    [InlineData("\"https://EastUS.api.cognitive.microsoft.com/speechtotext/v3.2/transcriptions\"", "eastus.api.cognitive.microsoft.com")]
    [InlineData("\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/" + Custom + "\"", "eastus.api.cognitive.microsoft.com")]
    [InlineData("\"http://127.0.0.1:5080/speechtotext/v3.2/models/base\"", "127.0.0.1")]
    [InlineData("\"speechtotext/v3.2/transcriptions\"", null)]
    [InlineData("$\"{host}speechtotext/v3.2/models/{id}\"", null)]
    public void HostWrittenBeforeThePath_IsRead(string text, string? host)
    {
        Assert.Equal(host, Assert.Single(ApiPathVersionFinder.Find(text)).Host);
    }

    [Fact]
    public void EveryOccurrence_IsFoundInTextOrder()
    {
        var text = """
            const string Base = "speechtotext/v3.0/transcriptions";
            var model = "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/69adf293-9664-4040-932b-02ed16332e00";
            var next = $"{host}speechtotext/v3.1/endpoints/{id}";
            """;

        var paths = ApiPathVersionFinder.Find(text);

        Assert.Equal(new[] { "v3.0", "v3.2", "v3.1" }, paths.Select(p => p.Version));
        Assert.Equal(new[] { false, true, false }, paths.Select(p => p.IsCompleteUri));
    }
}
