using SpeechLifecycle.Recognition;
using static SpeechLifecycle.Core.Tests.Recognition.RealIds;

namespace SpeechLifecycle.Core.Tests.Recognition;

public sealed class ReferenceRewriterTests
{
    [Theory]
    [InlineData(
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/" + Base20210831 + "\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/" + Whisper + "\"")]
    [InlineData(
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/" + Base20210831 + "?api-version=2025-10-15\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/" + Whisper + "?api-version=2025-10-15\"")]
    [InlineData(
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/1AAE1070-7972-47E9-A977-87E3B05C457D\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/69ADF293-9664-4040-932B-02ED16332E00\"")]
    [InlineData(
        "$\"{endpoint}speechtotext/v3.0/models/base/" + Base20210831 + "/manifest\"",
        "$\"{endpoint}speechtotext/v3.0/models/base/" + Whisper + "/manifest\"")]
    [InlineData(
        "\"wss://eastus.stt.speech.microsoft.com/stt/speech/universal/v2?cid=" + Base20210831 + "&format=detailed\"",
        "\"wss://eastus.stt.speech.microsoft.com/stt/speech/universal/v2?cid=" + Whisper + "&format=detailed\"")]
    public void ReplaceId_ChangesOnlyTheGuid(string before, string after)
    {
        var reference = Assert.Single(ReferenceRecognizer.FindReferences(before));

        Assert.Equal(after, ReferenceRewriter.ReplaceId(before, reference, Guid.Parse(Whisper)));
    }

    [Fact]
    public void ReplaceId_FindsTheGuidOfABareReference()
    {
        var text = $"config.EndpointId = \"{Base20210831}\";";
        var start = text.IndexOf(Base20210831, StringComparison.Ordinal);
        var reference = new ModelReference(ReferenceKind.Endpoint, Guid.Parse(Base20210831), null, null, ReferenceForm.BareId, start, 36);

        Assert.Equal($"config.EndpointId = \"{Whisper}\";", ReferenceRewriter.ReplaceId(text, reference, Guid.Parse(Whisper)));
    }

    [Fact]
    public void ReplaceId_RefusesTextThatNoLongerHoldsTheGuid()
    {
        var reference = Assert.Single(ReferenceRecognizer.FindReferences(
            $"\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/{Base20210831}\""));

        Assert.Throws<ArgumentException>(() => ReferenceRewriter.ReplaceId("\"something else entirely, long enough to index\"", reference, Guid.Parse(Whisper)));
    }

    [Theory]
    [InlineData(
        "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/" + Base20210831,
        "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/" + Base20210831 + "?api-version=2025-10-15")]
    [InlineData(
        "https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/models/" + Custom,
        "https://westus.api.cognitive.microsoft.com/speechtotext/models/" + Custom + "?api-version=2025-10-15")]
    [InlineData(
        "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2-preview.2/endpoints/" + Endpoint,
        "https://eastus.api.cognitive.microsoft.com/speechtotext/endpoints/" + Endpoint + "?api-version=2025-10-15")]
    [InlineData(
        "https://my-speech.cognitiveservices.azure.com/speechtotext/v3.2/models/" + Custom + ":copy",
        "https://my-speech.cognitiveservices.azure.com/speechtotext/models/" + Custom + ":copy?api-version=2025-10-15")]
    [InlineData(
        "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/" + Whisper + "/manifest?foo=bar",
        "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/" + Whisper + "/manifest?foo=bar&api-version=2025-10-15")]
    [InlineData(
        "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/endpoints/" + Endpoint + "/files/logs?top=5&api-version=3.2&skip=1",
        "https://eastus.api.cognitive.microsoft.com/speechtotext/endpoints/" + Endpoint + "/files/logs?top=5&api-version=2025-10-15&skip=1")]
    [InlineData(
        "http://localhost:5080/speechtotext/v3.1/models/" + Custom,
        "http://localhost:5080/speechtotext/models/" + Custom + "?api-version=2025-10-15")]
    [InlineData(
        "https://usgovvirginia.api.cognitive.microsoft.us/speechtotext/v3.1/models/base/" + Base20210831 + "#top",
        "https://usgovvirginia.api.cognitive.microsoft.us/speechtotext/models/base/" + Base20210831 + "?api-version=2025-10-15#top")]
    public void ToCurrentApiVersion_RewritesCompleteRetiredUris(string before, string after)
    {
        var rewritten = ReferenceRewriter.ToCurrentApiVersion(before);

        Assert.Equal(after, rewritten);
        var reference = Assert.Single(ReferenceRecognizer.FindReferences(rewritten!));
        Assert.Equal("2025-10-15", reference.ApiVersion);
        Assert.Equal(Assert.Single(ReferenceRecognizer.FindReferences(before)).Id, reference.Id);
    }

    [Theory]
    [InlineData("https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/" + Whisper + "?api-version=2024-11-15")]
    [InlineData("https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/transcriptions")]
    [InlineData("https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base")]
    [InlineData("speechtotext/v3.2/models/base/" + Whisper)]
    [InlineData("/speechtotext/v3.2/models/base/" + Whisper)]
    [InlineData("https://westus.cris.ai/api/speechtotext/v2.0/models/" + Custom)]
    [InlineData("https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/models/" + Custom + "/copyto")]
    [InlineData("https://westus.api.cognitive.microsoft.com/speechtotext/v3.1/models/" + Custom + ":copyto")]
    [InlineData("https://westus.api.cognitive.microsoft.com/speechtotext/v3.1/models/" + Custom + "/unknown")]
    [InlineData("\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/" + Base20210831 + "\"")]
    [InlineData("see https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/" + Base20210831)]
    [InlineData("https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/aaaabbbb-0000-cccc-1111-dddd2222eeee")]
    [InlineData("")]
    [InlineData(null)]
    public void ToCurrentApiVersion_GivesNullForAnythingElse(string? uri)
    {
        Assert.Null(ReferenceRewriter.ToCurrentApiVersion(uri!));
    }
}
