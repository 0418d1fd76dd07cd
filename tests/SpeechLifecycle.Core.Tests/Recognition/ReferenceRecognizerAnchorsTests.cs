using SpeechLifecycle.Recognition;
using static SpeechLifecycle.Core.Tests.Recognition.RealIds;

namespace SpeechLifecycle.Core.Tests.Recognition;

public sealed class ReferenceRecognizerAnchorsTests
{
    private const string ManagementUri = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/" + Custom + "?api-version=2025-10-15";
    private const string RealTimeUri = "wss://eastus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?language=en-US&cid=" + Endpoint;

    [Fact]
    public void Anchors_AreTheManagementPathSegmentAndTheCidParameter()
    {
        Assert.Equal(new[] { "cid=", "speechtotext" }, ReferenceRecognizer.Anchors.OrderBy(a => a, StringComparer.Ordinal));
    }

    [Fact]
    public void MightContainReference_IsTrueExactlyWhenSomeAnchorOccursIgnoringCase()
    {
        int with = 0, without = 0, references = 0;
        foreach (var text in Corpus())
        {
            var expected = ReferenceRecognizer.Anchors.Any(anchor => text.IndexOf(anchor, StringComparison.OrdinalIgnoreCase) >= 0);

            Assert.True(expected == ReferenceRecognizer.MightContainReference(text), $"MightContainReference should be {expected} for: {text}");
            if (expected)
            {
                with++;
            }
            else
            {
                without++;
            }

            references += ReferenceRecognizer.FindReferences(text).Count;
        }

        // Both answers, and real references, must occur or the comparison proves nothing.
        Assert.True(with > 100 && without > 100 && references > 10, $"{with} with an anchor, {without} without, {references} references");
    }

    [Fact]
    public void TextsWithoutAnAnchor_HoldNoReference()
    {
        foreach (var text in Corpus())
        {
            if (ReferenceRecognizer.FindReferences(text).Count > 0)
            {
                Assert.True(ReferenceRecognizer.MightContainReference(text), $"a reference was found in a text the pre-filter rejects: {text}");
            }
        }
    }

    [Theory]
    [InlineData("SpeechToText")]
    [InlineData("SPEECHTOTEXT")]
    [InlineData("sPeEcHtOtExT")]
    [InlineData("CID=")]
    [InlineData("Cid=")]
    [InlineData("https://host/x?a=1&CiD=")]
    public void MixedCaseAnchors_AreRecognised(string text)
    {
        Assert.True(ReferenceRecognizer.MightContainReference(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("speech to text")]
    [InlineData("speech-to-text")]
    [InlineData("speechtotex")]
    [InlineData("cid")]
    [InlineData("cid =")]
    [InlineData("c1d=")]
    [InlineData("https://eastus.api.cognitive.microsoft.com/models/" + Custom)]
    public void TextsWithNeitherAnchor_AreRejected(string text)
    {
        Assert.False(ReferenceRecognizer.MightContainReference(text));
    }

    [Fact]
    public void NullText_IsRejected()
    {
        Assert.False(ReferenceRecognizer.MightContainReference(null!));
    }

    [Theory]
    [InlineData(Custom)]
    [InlineData(Custom + " is the model")]
    [InlineData("model: " + Custom)]
    [InlineData(ManagementUri)]
    [InlineData(RealTimeUri)]
    [InlineData("\"" + Custom + "\"")]
    [InlineData("{" + Custom + "}")]
    [InlineData("id " + Custom + ".")]
    [InlineData("9E240DC1-3B53-4F7E-8A2C-6C7FD8E0B6A1")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("aaaabbbb-0000-cccc-1111-dddd2222eeee")]
    [InlineData("a-b-c--d-e-f 1-2-3-4 " + Custom)]
    [InlineData("9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a " + Custom)]
    public void ContainsGuid_FindsAGuidAnywhere(string text)
    {
        Assert.True(ReferenceRecognizer.ContainsGuid(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a")]
    [InlineData("the model 9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a is gone")]
    [InlineData(Custom + "0")]
    [InlineData(Custom + "F")]
    [InlineData(Custom + "g")]
    [InlineData(Custom + "_")]
    [InlineData("9e240dc13-b53-4f7e-8a2c-6c7fd8e0b6a1")]
    [InlineData("9e240dc1-3b534-f7e-8a2c-6c7fd8e0b6a1")]
    [InlineData("9e240dc1-3b53-4f7e8-a2c-6c7fd8e0b6a1")]
    [InlineData("9e240dc1-3b53-4f7e-8a2c6-c7fd8e0b6a1")]
    [InlineData("9e240dc1+3b53-4f7e-8a2c-6c7fd8e0b6a1")]
    [InlineData("9e240dc13b534f7e8a2c6c7fd8e0b6a1 and more text")]
    [InlineData("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")]
    [InlineData("9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6ag")]
    [InlineData("https://eastus.api.cognitive.microsoft.com/speechtotext/models/<your-model-id>")]
    public void ContainsGuid_IsFalseWithoutAWholeGuid(string text)
    {
        Assert.False(ReferenceRecognizer.ContainsGuid(text));
    }

    [Fact]
    public void ContainsGuid_IsFalseForNull()
    {
        Assert.False(ReferenceRecognizer.ContainsGuid(null!));
    }

    /// <summary>Fixed texts, then texts glued from anchors, near misses and URI pieces, reproducible from a fixed seed.</summary>
    private static IEnumerable<string> Corpus()
    {
        string[] fixedTexts =
        {
            string.Empty, "SpeechToText", "CID=", "cid=", "speech to text", "plain text with neither", ManagementUri, RealTimeUri,
            "Data Source=server;Initial Catalog=db", "https://eastus.api.cognitive.microsoft.com/models/" + Custom,
        };
        foreach (var text in fixedTexts)
        {
            yield return text;
        }

        string[] pieces =
        {
            "SpeechToText", "speechtotext", "SPEECHTOTEXT", "sPeEcHtOtExT", "speech-to-text", "speechto", "totext", "speechtotex",
            "CID=", "cid=", "Cid=", "cid", "=", "c1d", "?", "&", "/", " ", "\"", "x", "é", "İ", "ß",
            "https://eastus.api.cognitive.microsoft.com/", "v3.2/models/", "models/base/", Custom,
            "wss://eastus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1", ManagementUri, RealTimeUri,
        };
        var random = new Random(4242);
        for (var n = 0; n < 1000; n++)
        {
            var text = new System.Text.StringBuilder();
            for (var length = random.Next(0, 8); length > 0; length--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            yield return text.ToString();
        }
    }
}
