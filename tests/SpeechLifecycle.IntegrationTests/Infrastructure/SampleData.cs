namespace SpeechLifecycle.IntegrationTests.Infrastructure;

/// <summary>
/// IDs of the samples' Speech resource (samples/README.md "The data", a subset of the emulator's sample-data.json) and
/// consumer sources that reference them. Dates as of <see cref="ConsumerWorkspace.AsOf"/>.
/// </summary>
public static class SampleData
{
    /// <summary>en-US base model "20210831 + Audio file adaptation": transcription ended 2024-01-15.</summary>
    public const string ExpiredBaseModel = "1aae1070-7972-47e9-a977-87e3b05c457d";

    /// <summary>en-US base model "20260818": transcription until 2028-10-15.</summary>
    public const string HealthyBaseModel = "54b84fc7-2d66-4e15-aa79-01955cb64f29";

    /// <summary>Custom model "Contoso call center 2025-01": transcription ends 2027-01-15, inside the 90-day window.</summary>
    public const string ExpiringCustomModel = "d669666d-2c1c-43be-90e1-d9f030a2021d";

    /// <summary>Custom model "Contoso call center 2024-05": transcription ended 2026-07-15.</summary>
    public const string ExpiredCustomModel = "9c9cf17e-a36a-4d78-b716-dd252c0a3477";

    /// <summary>The snapshot that knows the models above (BatchTranscription's committed one).</summary>
    public const string BatchSnapshotSample = "BatchTranscription";

    public static string BaseModelUri(string id) =>
        $"https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{id}?api-version=2025-10-15";

    public static string CustomModelUri(string id) =>
        $"https://eastus.api.cognitive.microsoft.com/speechtotext/models/{id}?api-version=2025-10-15";

    /// <summary>A class of model URI constants, one per line, so a test finds each one's line by its ID.</summary>
    public static string ModelsClass(string @namespace, params string[] uris)
    {
        var members = string.Join(
            Environment.NewLine,
            uris.Select((uri, index) => $"    public const string Model{index} = \"{uri}\";"));
        return $$"""
            namespace {{@namespace}};

            public static class Models
            {
            {{members}}
            }

            """;
    }
}
