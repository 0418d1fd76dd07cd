namespace SpeechLifecycle.Core.Tests.Recognition;

/// <summary>IDs found in public docs and code (speech-rest-api.md §4.3), so the inputs look like what users write.</summary>
internal static class RealIds
{
    /// <summary>en-US base model "20210831 + Audio file adaptation" (eastus, v3.1).</summary>
    public const string Base20210831 = "1aae1070-7972-47e9-a977-87e3b05c457d";

    /// <summary>en-US "20240228 Whisper Large V2" (eastus, 2024-11-15).</summary>
    public const string Whisper = "69adf293-9664-4040-932b-02ed16332e00";

    /// <summary>"20240228 Whisper Large V2" as seen with v3.2-preview.2.</summary>
    public const string WhisperPreview = "e418c4a9-9937-4db7-b2c9-8afbff72d950";

    public const string DocBatchBase = "d9cbeee6-582b-47ad-b5c1-6226583c92b6";

    public const string Base20241218 = "06fbc28e-1f76-4d3e-8ea1-40b8e873929e";

    public const string ThirdPartyBase = "7805eb1a-52b8-4c99-a5d1-155bbcb499f7";

    public const string ThirdPartyWestUs = "1125d1a6-1629-4d71-a8ee-d0964ff8f776";

    public const string SpecBase = "8a043172-65b7-4cf3-a8b5-4449efa5a0f1";

    public const string SpecBase2 = "827712a5-f942-4997-91c3-7c6cde35600b";

    /// <summary>Shaped like a customer's custom model or endpoint ID (v4 GUIDs).</summary>
    public const string Custom = "9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1";

    public const string Endpoint = "4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91";
}
