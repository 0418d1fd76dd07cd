namespace SpeechLifecycle.Tasks.Tests;

/// <summary>Emulator seed data with known IDs and dates (evaluated as of 2026-06-01 in the tests).</summary>
public static class Seed
{
    public const string AsOf = "2026-06-01";

    /// <summary>en-US base model, transcription 2024-01-15: expired.</summary>
    public static readonly Guid ExpiredBase = Guid.Parse("1aae1070-7972-47e9-a977-87e3b05c457d");

    /// <summary>en-US base model, transcription 2028-04-15: healthy.</summary>
    public static readonly Guid HealthyBase = Guid.Parse("3d9b2c1e-5f0a-4b7e-9c11-2a6e8d4f7b01");

    /// <summary>de-DE base model.</summary>
    public static readonly Guid GermanBase = Guid.Parse("7c4e1a2b-9d3f-4e58-a6b0-1f2e3d4c5b6a");

    /// <summary>en-US custom model on <see cref="ExpiredBase"/>, transcription 2026-07-15: expires within 90 days of <see cref="AsOf"/>.</summary>
    public static readonly Guid ExpiringCustom = Guid.Parse("5b1f0c9e-2d7a-4c3b-8e6f-0a9d8c7b6e5f");

    /// <summary>Custom endpoint serving <see cref="ExpiringCustom"/>.</summary>
    public static readonly Guid EndpointOnCustom = Guid.Parse("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b");

    /// <summary>Endpoint serving the expired base model.</summary>
    public static readonly Guid EndpointOnExpiredBase = Guid.Parse("2f3e4d5c-6b7a-4988-b7c6-d5e4f3a2b1c0");

    public static readonly Guid Project = Guid.Parse("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

    public static readonly Guid Unknown = Guid.Parse("6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c");

    public static string Json(int extraEnglishBaseModels = 0)
    {
        var extra = string.Concat(Enumerable.Range(0, extraEnglishBaseModels).Select(i =>
            $$"""
            , { "id": "{{new Guid(i + 1, 0x1111, 0x4222, 0x83, 0x33, 0, 0, 0, 0, 0, 1):D}}", "locale": "en-US", "displayName": "Filler {{i}}",
                "createdDateTime": "2020-01-01T00:00:00Z", "adaptationDateTime": "2021-01-15T00:00:00Z", "transcriptionDateTime": "2022-01-15T00:00:00Z" }
            """));
        return $$"""
        {
          "baseModels": [
            { "id": "{{ExpiredBase}}", "locale": "en-US", "displayName": "20210831 + Audio file adaptation",
              "createdDateTime": "2021-10-13T21:11:07Z", "adaptationDateTime": "2023-01-15T00:00:00Z", "transcriptionDateTime": "2024-01-15T00:00:00Z",
              "features": { "supportsAdaptationsWith": ["Language", "Acoustic"] } },
            { "id": "{{HealthyBase}}", "locale": "en-US", "displayName": "20260110",
              "createdDateTime": "2026-01-10T00:00:00Z", "adaptationDateTime": "2027-04-15T00:00:00Z", "transcriptionDateTime": "2028-04-15T00:00:00Z",
              "features": { "supportsAdaptationsWith": ["Language"] } },
            { "id": "{{GermanBase}}", "locale": "de-DE", "displayName": "de-DE 20260110",
              "createdDateTime": "2026-01-10T00:00:00Z", "adaptationDateTime": "2027-04-15T00:00:00Z", "transcriptionDateTime": "2028-04-15T00:00:00Z" }
            {{extra}}
          ],
          "customModels": [
            { "id": "{{ExpiringCustom}}", "locale": "en-US", "displayName": "Call center v1", "projectId": "{{Project}}",
              "baseModelId": "{{ExpiredBase}}", "createdDateTime": "2024-06-01T00:00:00Z", "transcriptionDateTime": "2026-07-15T00:00:00Z" }
          ],
          "endpoints": [
            { "id": "{{EndpointOnCustom}}", "locale": "en-US", "displayName": "Call center endpoint", "modelId": "{{ExpiringCustom}}", "modelKind": "custom",
              "createdDateTime": "2024-06-02T00:00:00Z" },
            { "id": "{{EndpointOnExpiredBase}}", "locale": "en-US", "displayName": "Old endpoint", "modelId": "{{ExpiredBase}}", "modelKind": "base",
              "createdDateTime": "2022-01-02T00:00:00Z" }
          ]
        }
        """;
    }
}
