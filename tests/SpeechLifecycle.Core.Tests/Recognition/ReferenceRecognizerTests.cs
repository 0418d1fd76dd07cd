using SpeechLifecycle.Recognition;
using static SpeechLifecycle.Core.Tests.Recognition.RealIds;

namespace SpeechLifecycle.Core.Tests.Recognition;

public sealed class ReferenceRecognizerTests
{
    private const string EastUs = "eastus.api.cognitive.microsoft.com";
    private const string WestUs = "westus.api.cognitive.microsoft.com";

    /// <summary>Markup input (the expected URI span in [|…|]), kind, ID, host, API version, form.</summary>
    public static TheoryData<string, ReferenceKind, string, string?, string?, ReferenceForm> Recognised => new()
    {
        // Path versions, regional hosts.
        { $"var m = \"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/{Base20210831}|]\";", ReferenceKind.BaseModel, Base20210831, EastUs, "v3.1", ReferenceForm.ManagementUri },
        { $"\"[|https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/models/{Custom}|]\"", ReferenceKind.CustomModel, Custom, WestUs, "v3.0", ReferenceForm.ManagementUri },
        { $"\"[|https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/models/base/{SpecBase}|]\"", ReferenceKind.BaseModel, SpecBase, WestUs, "v3.0", ReferenceForm.ManagementUri },
        { $"\"[|https://westus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/{ThirdPartyWestUs}|]\"", ReferenceKind.BaseModel, ThirdPartyWestUs, WestUs, "v3.2", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1-preview.1/models/{Custom}|]\"", ReferenceKind.CustomModel, Custom, EastUs, "v3.1-preview.1", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2-preview.1/endpoints/{Endpoint}|]\"", ReferenceKind.Endpoint, Endpoint, EastUs, "v3.2-preview.1", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2-preview.2/models/base/{DocBatchBase}|]\"", ReferenceKind.BaseModel, DocBatchBase, EastUs, "v3.2-preview.2", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2-preview.2/models/base/{WhisperPreview}|]\"", ReferenceKind.BaseModel, WhisperPreview, EastUs, "v3.2-preview.2", ReferenceForm.ManagementUri },
        { $"\"[|https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/endpoints/{Endpoint}|]\"", ReferenceKind.Endpoint, Endpoint, WestUs, "v3.0", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/endpoints/{Endpoint}/files/logs|]\"", ReferenceKind.Endpoint, Endpoint, EastUs, "v3.2", ReferenceForm.ManagementUri },

        // Query versions, anywhere in the query, or none.
        { $"\"[|https://westus.api.cognitive.microsoft.com/speechtotext/models/base/{SpecBase2}?api-version=2024-11-15|]\"", ReferenceKind.BaseModel, SpecBase2, WestUs, "2024-11-15", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{Whisper}?api-version=2024-11-15|]\"", ReferenceKind.BaseModel, Whisper, EastUs, "2024-11-15", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/models/{Custom}?api-version=2025-10-15|]\"", ReferenceKind.CustomModel, Custom, EastUs, "2025-10-15", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/endpoints/{Endpoint}?api-version=2024-05-15-preview|]\"", ReferenceKind.Endpoint, Endpoint, EastUs, "2024-05-15-preview", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/models/{Custom}?skip=0&top=10&api-version=2025-10-15|]\"", ReferenceKind.CustomModel, Custom, EastUs, "2025-10-15", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/models/{Custom}?API-Version=2025-10-15&top=1|]\"", ReferenceKind.CustomModel, Custom, EastUs, "2025-10-15", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/models/{Custom}|]\"", ReferenceKind.CustomModel, Custom, EastUs, null, ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{Whisper}/manifest?api-version=2024-11-15|]\"", ReferenceKind.BaseModel, Whisper, EastUs, "2024-11-15", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{Whisper}?api-version=2025-10-15#properties|]\"", ReferenceKind.BaseModel, Whisper, EastUs, "2025-10-15", ReferenceForm.ManagementUri },

        // Legacy v2.0 on cris.ai.
        { $"\"[|https://westus.cris.ai/api/speechtotext/v2.0/models/{Custom}|]\"", ReferenceKind.CustomModel, Custom, "westus.cris.ai", "v2.0", ReferenceForm.ManagementUri },
        { $"\"[|https://westus.cris.ai/api/speechtotext/v2.0/endpoints/{Endpoint}|]\"", ReferenceKind.Endpoint, Endpoint, "westus.cris.ai", "v2.0", ReferenceForm.ManagementUri },

        // Custom subdomain and sovereign hosts.
        { $"\"[|https://my-speech.cognitiveservices.azure.com/speechtotext/models/base/{Whisper}?api-version=2024-11-15|]\"", ReferenceKind.BaseModel, Whisper, "my-speech.cognitiveservices.azure.com", "2024-11-15", ReferenceForm.ManagementUri },
        { $"\"[|https://contoso-stt.cognitiveservices.azure.com/speechtotext/v3.2/models/{Custom}|]\"", ReferenceKind.CustomModel, Custom, "contoso-stt.cognitiveservices.azure.com", "v3.2", ReferenceForm.ManagementUri },
        { $"\"[|https://usgovvirginia.api.cognitive.microsoft.us/speechtotext/v3.2/endpoints/{Endpoint}|]\"", ReferenceKind.Endpoint, Endpoint, "usgovvirginia.api.cognitive.microsoft.us", "v3.2", ReferenceForm.ManagementUri },
        { $"\"[|https://usgovarizona.api.cognitive.microsoft.us/speechtotext/models/base/{ThirdPartyBase}?api-version=2024-11-15|]\"", ReferenceKind.BaseModel, ThirdPartyBase, "usgovarizona.api.cognitive.microsoft.us", "2024-11-15", ReferenceForm.ManagementUri },
        { $"\"[|https://chinaeast2.api.cognitive.azure.cn/speechtotext/models/{Custom}?api-version=2025-10-15|]\"", ReferenceKind.CustomModel, Custom, "chinaeast2.api.cognitive.azure.cn", "2025-10-15", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com:443/speechtotext/v3.2/models/base/{Base20241218}|]\"", ReferenceKind.BaseModel, Base20241218, EastUs, "v3.2", ReferenceForm.ManagementUri },
        { $"\"[|https://EastUS.API.Cognitive.Microsoft.com/SpeechToText/v3.2/Models/Base/{Base20241218}|]\"", ReferenceKind.BaseModel, Base20241218, EastUs, "v3.2", ReferenceForm.ManagementUri },

        // Emulators and other hosts.
        { $"\"[|http://127.0.0.1:5080/speechtotext/models/base/{Whisper}?api-version=2025-10-15|]\"", ReferenceKind.BaseModel, Whisper, "127.0.0.1", "2025-10-15", ReferenceForm.ManagementUri },
        { $"\"[|http://localhost:5080/speechtotext/v3.2/models/{Custom}|]\"", ReferenceKind.CustomModel, Custom, "localhost", "v3.2", ReferenceForm.ManagementUri },
        { $"\"[|http://[::1]:5080/speechtotext/endpoints/{Endpoint}?api-version=2025-10-15|]\"", ReferenceKind.Endpoint, Endpoint, "[::1]", "2025-10-15", ReferenceForm.ManagementUri },
        { $"\"[|https://speech-proxy.contoso.com/cognitive/speechtotext/v3.1/models/{Custom}|]\"", ReferenceKind.CustomModel, Custom, "speech-proxy.contoso.com", "v3.1", ReferenceForm.ManagementUri },
        { $"\"[|eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/{Whisper}|]\"", ReferenceKind.BaseModel, Whisper, EastUs, "v3.2", ReferenceForm.ManagementUri },

        // Host-less paths and interpolation leftovers.
        { $"\"[|speechtotext/v3.2/models/base/{WhisperPreview}|]\"", ReferenceKind.BaseModel, WhisperPreview, null, "v3.2", ReferenceForm.ManagementUri },
        { $"\"[|/speechtotext/models/{Custom}|]\"", ReferenceKind.CustomModel, Custom, null, null, ReferenceForm.ManagementUri },
        { $"\"[|/api/speechtotext/v2.0/endpoints/{Endpoint}|]\"", ReferenceKind.Endpoint, Endpoint, null, "v2.0", ReferenceForm.ManagementUri },
        { $"$\"{{endpoint}}[|speechtotext/v3.0/models/{Custom}|]\"", ReferenceKind.CustomModel, Custom, null, "v3.0", ReferenceForm.ManagementUri },
        { $"f\"{{endpoint}}[|/speechtotext/v3.2/models/base/{ThirdPartyWestUs}|]\"", ReferenceKind.BaseModel, ThirdPartyWestUs, null, "v3.2", ReferenceForm.ManagementUri },
        { $"$\"{{baseUrl}}[|/speechtotext/models/base/{Whisper}?api-version=|]{{apiVersion}}\"", ReferenceKind.BaseModel, Whisper, null, null, ReferenceForm.ManagementUri },
        { $"[|speechtotext/models/{Custom}|]", ReferenceKind.CustomModel, Custom, null, null, ReferenceForm.ManagementUri },

        // Colon actions and sub-paths still name the entity.
        { $"\"[|https://westus.api.cognitive.microsoft.com/speechtotext/v3.1/models/{Custom}:copyto|]\"", ReferenceKind.CustomModel, Custom, WestUs, "v3.1", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/models/{Custom}:copy?api-version=2025-10-15|]\"", ReferenceKind.CustomModel, Custom, EastUs, "2025-10-15", ReferenceForm.ManagementUri },
        { $"\"[|https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/models/{Custom}/copyto|]\"", ReferenceKind.CustomModel, Custom, WestUs, "v3.0", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/{Custom}/manifest|]\"", ReferenceKind.CustomModel, Custom, EastUs, "v3.2", ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/models/{Custom}/files?api-version=2024-11-15|]\"", ReferenceKind.CustomModel, Custom, EastUs, "2024-11-15", ReferenceForm.ManagementUri },

        // How code and config write them (§5): JSON bodies, anonymous objects, escaped JSON, Uri, Bicep, YAML, XML, Markdown.
        { $"{{ \"model\": {{ \"self\": \"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/{WhisperPreview}|]\" }} }}", ReferenceKind.BaseModel, WhisperPreview, EastUs, "v3.2", ReferenceForm.ManagementUri },
        { $"var body = new {{ model = new {{ self = \"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/{WhisperPreview}|]\" }} }};", ReferenceKind.BaseModel, WhisperPreview, EastUs, "v3.2", ReferenceForm.ManagementUri },
        { $"var json = \"{{\\\"self\\\":\\\"[|https://westus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/{ThirdPartyBase}|]\\\"}}\";", ReferenceKind.BaseModel, ThirdPartyBase, WestUs, "v3.2", ReferenceForm.ManagementUri },
        { $"Self = new Uri(\"[|https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/models/{Custom}|]\")", ReferenceKind.CustomModel, Custom, WestUs, "v3.0", ReferenceForm.ManagementUri },
        { $"const string M = @\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/{Base20210831}|]\";", ReferenceKind.BaseModel, Base20210831, EastUs, "v3.1", ReferenceForm.ManagementUri },
        { $"param customModel string = '[|https://eastus.api.cognitive.microsoft.com/speechtotext/models/{Custom}?api-version=2024-11-15|]'", ReferenceKind.CustomModel, Custom, EastUs, "2024-11-15", ReferenceForm.ManagementUri },
        { $"model:\n  self: [|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/{Whisper}|]\n", ReferenceKind.BaseModel, Whisper, EastUs, "v3.2", ReferenceForm.ManagementUri },
        { $"<SpeechModel Include=\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/{Custom}|]\" Kind=\"custom\" />", ReferenceKind.CustomModel, Custom, EastUs, "v3.2", ReferenceForm.ManagementUri },
        { $"See [the model]([|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/{Base20210831}|]).", ReferenceKind.BaseModel, Base20210831, EastUs, "v3.1", ReferenceForm.ManagementUri },
        { $"The model is [|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/{Base20210831}|].", ReferenceKind.BaseModel, Base20210831, EastUs, "v3.1", ReferenceForm.ManagementUri },
        { $"https://eastus.api.cognitive.microsoft.com/speechtotext/transcriptions:submit?model=[|https://eastus.api.cognitive.microsoft.com/speechtotext/models/{Custom}|]", ReferenceKind.CustomModel, Custom, EastUs, null, ReferenceForm.ManagementUri },
        { $"\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/{Base20210831.ToUpperInvariant()}|]\"", ReferenceKind.BaseModel, Base20210831, EastUs, "v3.1", ReferenceForm.ManagementUri },
        { $"\"models\": [\"[|https://eastus.api.cognitive.microsoft.com/speechtotext/models/{Custom}|]\", \"x\"]", ReferenceKind.CustomModel, Custom, EastUs, null, ReferenceForm.ManagementUri },

        // Real-time STT URIs with cid=.
        { $"\"[|wss://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?cid={Endpoint}|]\"", ReferenceKind.Endpoint, Endpoint, "westus.stt.speech.microsoft.com", null, ReferenceForm.RecognitionUri },
        { $"\"[|wss://eastus.stt.speech.microsoft.com/stt/speech/universal/v2?cid={Endpoint}|]\"", ReferenceKind.Endpoint, Endpoint, "eastus.stt.speech.microsoft.com", null, ReferenceForm.RecognitionUri },
        { $"\"[|https://eastus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?language=en-US&cid={Endpoint}|]\"", ReferenceKind.Endpoint, Endpoint, "eastus.stt.speech.microsoft.com", null, ReferenceForm.RecognitionUri },
        { $"\"[|wss://usgovvirginia.stt.speech.azure.us/speech/recognition/interactive/cognitiveservices/v1?cid={Endpoint}|]\"", ReferenceKind.Endpoint, Endpoint, "usgovvirginia.stt.speech.azure.us", null, ReferenceForm.RecognitionUri },
        { $"\"[|wss://chinaeast2.stt.speech.azure.cn/stt/speech/universal/v2?cid={Endpoint}&format=detailed|]\"", ReferenceKind.Endpoint, Endpoint, "chinaeast2.stt.speech.azure.cn", null, ReferenceForm.RecognitionUri },
        { $"\"[|wss://my-speech.cognitiveservices.azure.com/stt/speech/universal/v2?cid={Endpoint}|]\"", ReferenceKind.Endpoint, Endpoint, "my-speech.cognitiveservices.azure.com", null, ReferenceForm.RecognitionUri },
        { $"SpeechConfig.FromEndpoint(new Uri(\"[|wss://westeurope.stt.speech.microsoft.com/speech/recognition/dictation/cognitiveservices/v1?format=detailed&cid={Endpoint.ToUpperInvariant()}|]\"), key);", ReferenceKind.Endpoint, Endpoint, "westeurope.stt.speech.microsoft.com", null, ReferenceForm.RecognitionUri },
        { $"$\"wss://{{region}}[|.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?cid={Endpoint}|]\"", ReferenceKind.Endpoint, Endpoint, null, null, ReferenceForm.RecognitionUri },
        { $"\"[|http://127.0.0.1:5080/stt/speech/universal/v2?cid={Endpoint}|]\"", ReferenceKind.Endpoint, Endpoint, "127.0.0.1", null, ReferenceForm.RecognitionUri },
    };

    /// <summary>Inputs that must yield nothing: placeholders, malformed GUIDs, lists, other entities, other services.</summary>
    public static TheoryData<string> NotRecognised => new()
    {
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/aaaabbbb-0000-cccc-1111-dddd2222eeee\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/models/bbbbcccc-1111-dddd-2222-eeee3333ffff?api-version=2025-10-15\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/endpoints/00001111-aaaa-2222-bbbb-3333cccc4444?api-version=2025-10-15\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/00000000-0000-0000-0000-000000000000\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/11111111-1111-1111-1111-111111111111\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/12345678-1234-1234-1234-123456789012\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/00000000-0000-0000-0000-000000000001\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.0/models/<id of custom model>\"",
        "$\"https://{Region}.api.cognitive.microsoft.com/speechtotext/v3.0/models/{customModelId}\"",
        "$\"{endpoint}speechtotext/v3.0/models/{customModelId}\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/1aae1070-7972-47e9-a977-87e3b05c457\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/1aae1070-7972-47e9-a977-87e3b05c457d0\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/1aae1070-7972-47e9-a977-87e3b05c457g\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/1aae10707-972-47e9-a977-87e3b05c457d\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/1aae1070797247e9a97787e3b05c457d\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/{1aae1070-7972-47e9-a977-87e3b05c457d}\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/models?api-version=2025-10-15&filter=locale%20eq%20'en-US'\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/endpoints\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/models/locales?api-version=2025-10-15\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/projects/9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1/models\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/projects/9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1/endpoints?api-version=2025-10-15\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/transcriptions/9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1\"",
        "\"https://westus.api.cognitive.microsoft.com/speechtotext/endpoints/manifest/827712a5-f942-4997-91c3-7c6cde35600b?api-version=2024-11-15\"",
        "\"https://eastus.api.cognitive.microsoft.com/speechtotext/transcriptions:submit?api-version=2025-10-15\"",
        "\"https://contoso.openai.azure.com/openai/models/9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1\"",
        "\"https://ml.contoso.com/endpoints/4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91\"",
        "\"https://eastus.api.cognitive.microsoft.com/myspeechtotext/models/9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1\"",
        "\"speechtotext/v3.2/models/base/\" + id",
        "\"https://analytics.contoso.com/collect?v=1&cid=4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91\"",
        "\"wss://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?acid=4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91\"",
        "\"wss://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?cid=aaaabbbb-0000-cccc-1111-dddd2222eeee\"",
        "\"wss://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?cid=YourEndpointId\"",
        "\"wss://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?cid=4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91x\"",
        "var id = \"4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91\"; // a bare GUID is the caller's business",
        "public sealed class SpeechToTextClient { }",
        "",
    };

    [Theory]
    [MemberData(nameof(Recognised))]
    public void Reference_IsRecognised(string markup, ReferenceKind kind, string id, string? host, string? version, ReferenceForm form)
    {
        var (text, start, length) = Markup.Parse(markup);

        var reference = Assert.Single(ReferenceRecognizer.FindReferences(text));

        Assert.Equal(kind, reference.Kind);
        Assert.Equal(Guid.Parse(id), reference.Id);
        Assert.Equal(host, reference.Host);
        Assert.Equal(version, reference.ApiVersion);
        Assert.Equal(form, reference.Form);
        Assert.Equal(text.Substring(start, length), text.Substring(reference.Start, reference.Length));
        Assert.Equal(Guid.Parse(id), Guid.Parse(text.Substring(reference.IdStart, 36)));
        Assert.True(ReferenceRecognizer.MightContainReference(text));
    }

    [Theory]
    [MemberData(nameof(NotRecognised))]
    public void Text_IsNotRecognised(string text)
    {
        Assert.Empty(ReferenceRecognizer.FindReferences(text));
    }

    [Fact]
    public void PreFilter_NeverRejectsTextWithReferences()
    {
        var inputs = ((IEnumerable<object[]>)Recognised).Select(row => Markup.Parse((string)row[0]).Text)
            .Concat(((IEnumerable<object[]>)NotRecognised).Select(row => (string)row[0]));
        foreach (var text in inputs)
        {
            // Also every suffix and prefix: the pre-filter may run on any slice a caller chooses.
            for (var cut = 0; cut <= text.Length; cut += 7)
            {
                foreach (var slice in new[] { text.Substring(cut), text.Substring(0, cut) })
                {
                    if (ReferenceRecognizer.FindReferences(slice).Count > 0)
                    {
                        Assert.True(ReferenceRecognizer.MightContainReference(slice), slice);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("public static void Main() { Console.WriteLine(\"hello\"); }")]
    [InlineData("var uri = new Uri(\"https://contoso.com/models/9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1\");")]
    [InlineData("")]
    public void PreFilter_RejectsTextWithoutAnchors(string text)
    {
        Assert.False(ReferenceRecognizer.MightContainReference(text));
    }

    [Fact]
    public void References_AreReturnedInTextOrder()
    {
        var text = $$"""
            var endpoint = "wss://eastus.stt.speech.microsoft.com/stt/speech/universal/v2?cid={{Endpoint}}";
            var baseModel = "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/{{Whisper}}";
            var other = "wss://eastus.stt.speech.microsoft.com/stt/speech/universal/v2?cid={{Custom}}";
            var custom = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{Custom}}?api-version=2025-10-15";
            """;

        var references = ReferenceRecognizer.FindReferences(text);

        Assert.Equal(
            new[] { ReferenceKind.Endpoint, ReferenceKind.BaseModel, ReferenceKind.Endpoint, ReferenceKind.CustomModel },
            references.Select(r => r.Kind));
        Assert.Equal(references.OrderBy(r => r.Start).Select(r => r.Start), references.Select(r => r.Start));
        Assert.Equal(new[] { Endpoint, Whisper, Custom, Custom }.Select(Guid.Parse), references.Select(r => r.Id));
    }

    [Fact]
    public void SameIdTwice_GivesTwoReferencesWithTheirOwnSpans()
    {
        var uri = $"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/{Whisper}";
        var text = $"a(\"{uri}\"); b(\"{uri}\");";

        var references = ReferenceRecognizer.FindReferences(text);

        Assert.Equal(2, references.Count);
        Assert.Equal(text.IndexOf(uri, StringComparison.Ordinal), references[0].Start);
        Assert.Equal(text.LastIndexOf(uri, StringComparison.Ordinal), references[1].Start);
        Assert.All(references, r => Assert.Equal(uri.Length, r.Length));
    }

    [Fact]
    public void RetiredVersion_IsFlaggedOnTheReference()
    {
        var references = ReferenceRecognizer.FindReferences(
            $"\"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.0/models/base/{Base20210831}\" \"https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{Whisper}?api-version=2025-10-15\"");

        Assert.True(references[0].UsesRetiredApiVersion);
        Assert.False(references[1].UsesRetiredApiVersion);
    }

    [Theory]
    [InlineData(Base20210831)]
    [InlineData("  69ADF293-9664-4040-932B-02ED16332E00\t")]
    [InlineData("\n" + Custom + "\r\n")]
    public void TryParseId_AcceptsGuidWithSurroundingWhitespace(string value)
    {
        Assert.True(ReferenceRecognizer.TryParseId(value, out var id));
        Assert.Equal(Guid.Parse(value.Trim()), id);
    }

    [Theory]
    [InlineData("aaaabbbb-0000-cccc-1111-dddd2222eeee")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{1aae1070-7972-47e9-a977-87e3b05c457d}")]
    [InlineData("1aae1070797247e9a97787e3b05c457d")]
    [InlineData("1aae1070-7972-47e9-a977-87e3b05c457d;")]
    [InlineData("id 1aae1070-7972-47e9-a977-87e3b05c457d")]
    [InlineData("1aae1070-7972-47e9-a977-87e3b05c457")]
    [InlineData("YourEndpointId")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseId_RejectsAnythingElse(string? value)
    {
        Assert.False(ReferenceRecognizer.TryParseId(value!, out var id));
        Assert.Equal(Guid.Empty, id);
    }

    [Theory]
    [InlineData("aaaabbbb-0000-cccc-1111-dddd2222eeee")]
    [InlineData("bbbbcccc-1111-dddd-2222-eeee3333ffff")]
    [InlineData("00001111-aaaa-2222-bbbb-3333cccc4444")]
    [InlineData("11112222-bbbb-3333-cccc-4444dddd5555")]
    [InlineData("ffffeeee-dddd-cccc-bbbb-aaaa99998888")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("11111111-1111-1111-1111-111111111111")]
    [InlineData("ffffffff-ffff-ffff-ffff-ffffffffffff")]
    [InlineData("00000000-0000-0000-0000-000000000001")]
    [InlineData("12121212-1212-1212-1212-121212121212")]
    [InlineData("12345678-1234-1234-1234-123456789012")]
    [InlineData("01234567-89ab-cdef-0123-456789abcdef")]
    public void DocumentationPlaceholders_ArePlaceholders(string value)
    {
        Assert.True(ReferenceRecognizer.IsPlaceholder(Guid.Parse(value)));
    }

    [Fact]
    public void RealAndRandomIds_AreNotPlaceholders()
    {
        foreach (var real in new[] { Base20210831, Whisper, WhisperPreview, DocBatchBase, Base20241218, ThirdPartyBase, ThirdPartyWestUs, SpecBase, SpecBase2, Custom, Endpoint })
        {
            Assert.False(ReferenceRecognizer.IsPlaceholder(Guid.Parse(real)), real);
        }

        // Seeded, so a failure reproduces.
        var random = new Random(20261121);
        var bytes = new byte[16];
        for (var i = 0; i < 20000; i++)
        {
            random.NextBytes(bytes);
            var id = new Guid(bytes);
            Assert.False(ReferenceRecognizer.IsPlaceholder(id), id.ToString());
        }
    }

    [Fact]
    public void LargeTextWithoutCandidates_ReturnsTheSharedEmptyResult()
    {
        var text = string.Concat(Enumerable.Repeat("public sealed class Foo { string Bar => \"https://contoso.com/models\"; }\n", 2000));

        Assert.Same(Array.Empty<ModelReference>(), ReferenceRecognizer.FindReferences(text));
    }
}
