using System.Text.Json;

namespace SpeechLifecycle.Emulator.Tests;

/// <summary>Bodies follow each version's schema (speech-rest-api.md §2).</summary>
public sealed class SchemaTests
{
    /// <summary>Gets one entity with every path version served; returns the emulator's base address and the body.</summary>
    private static async Task<(Uri BaseAddress, JsonElement Body)> GetAsync(string version, string path)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o => o.RetiredPathVersions.Clear());
        using HttpClient client = emulator.CreateClient();
        (int status, JsonElement body) = await client.GetJsonAsync(RouteTests.Url(version, path));
        Assert.Equal(200, status);
        return (emulator.BaseAddress, body);
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task V3_0_BaseModel_IsTheSingleModelSchemaWithoutFeatures()
    {
        (Uri baseAddress, JsonElement body) = await GetAsync("v3.0", $"models/base/{SampleIds.ExpiredBaseModel}");

        Assert.Equal(new[] { "deprecationDates" }, Names(body.GetProperty("properties")));
        Assert.Equal($"{baseAddress}speechtotext/v3.0/models/base/{SampleIds.ExpiredBaseModel}", body.GetProperty("self").GetString());
    }

    [Fact]
    public async Task V3_0_CustomModel_HasSubPathCopyToAndProjectAndBaseModelLinks()
    {
        (Uri baseAddress, JsonElement body) = await GetAsync("v3.0", $"models/{SampleIds.ExpiredCustomModel}");

        Assert.EndsWith($"/speechtotext/v3.0/models/{SampleIds.ExpiredCustomModel}/copyto", body.GetProperty("links").GetProperty("copyTo").GetString(), StringComparison.Ordinal);
        Assert.Equal($"{baseAddress}speechtotext/v3.0/projects/{SampleIds.Project}", body.GetProperty("project").GetProperty("self").GetString());
        Assert.Equal($"{baseAddress}speechtotext/v3.0/models/base/4fdef1d8-af67-4ea6-b558-c65c65dda8d9", body.GetProperty("baseModel").GetProperty("self").GetString());
    }

    [Fact]
    public async Task V3_1_BaseModel_HasFeaturesWithoutOutputFormatsOrCharge()
    {
        (_, JsonElement body) = await GetAsync("v3.1", $"models/base/{SampleIds.ExpiredBaseModel}");

        JsonElement properties = body.GetProperty("properties");
        Assert.Equal(new[] { "deprecationDates", "features" }, Names(properties));
        Assert.Equal(
            new[] { "supportsAdaptationsWith", "supportsEndpoints", "supportsTranscriptions", "supportsTranscriptionsOnSpeechContainers" },
            Names(properties.GetProperty("features")));
        Assert.Equal("2023-01-15T00:00:00Z", properties.GetProperty("deprecationDates").GetProperty("adaptationDateTime").GetString());
    }

    [Fact]
    public async Task V3_2_BaseModel_AddsOutputFormatsAndChargeForAdaptation()
    {
        (_, JsonElement body) = await GetAsync("v3.2", $"models/base/{SampleIds.NewestEnglishBaseModel}");

        JsonElement properties = body.GetProperty("properties");
        Assert.True(properties.GetProperty("chargeForAdaptation").GetBoolean());
        Assert.Contains("supportedOutputFormats", Names(properties.GetProperty("features")));
        Assert.True(properties.GetProperty("features").GetProperty("supportsTranscriptions").GetBoolean());
    }

    [Fact]
    public async Task V3_2_CustomModel_HasOnlyTranscriptionDateAndColonActions()
    {
        (_, JsonElement body) = await GetAsync("v3.2", $"models/{SampleIds.HealthyCustomModel}");

        Assert.Equal(new[] { "transcriptionDateTime" }, Names(body.GetProperty("properties").GetProperty("deprecationDates")));
        Assert.EndsWith($"/models/{SampleIds.HealthyCustomModel}:copy", body.GetProperty("links").GetProperty("copy").GetString(), StringComparison.Ordinal);
        Assert.True(body.TryGetProperty("project", out _));
    }

    [Theory]
    [InlineData("?2024-11-15")]
    [InlineData("?2025-10-15")]
    [InlineData("?2024-05-15-preview")]
    public async Task QueryVersions_SelfCarriesTheApiVersionAndFeaturesAreSplit(string version)
    {
        (Uri baseAddress, JsonElement body) = await GetAsync(version, $"models/base/{SampleIds.WhisperBaseModel}");

        Assert.Equal($"{baseAddress}speechtotext/models/base/{SampleIds.WhisperBaseModel}?api-version={version[1..]}", body.GetProperty("self").GetString());
        JsonElement features = body.GetProperty("properties").GetProperty("features");
        Assert.False(features.TryGetProperty("supportsTranscriptions", out _));
        Assert.True(features.GetProperty("supportsTranscriptionsSubmit").GetBoolean());
        Assert.False(features.GetProperty("supportsTranscriptionsTranscribe").GetBoolean());
        Assert.False(features.GetProperty("supportsEndpoints").GetBoolean());
        Assert.Equal("2026-04-15T00:00:00Z", body.GetProperty("properties").GetProperty("deprecationDates").GetProperty("transcriptionDateTime").GetString());
    }

    [Fact]
    public async Task Query2024_11_15_CustomModel_HasNoProjectButABaseModelLink()
    {
        (Uri baseAddress, JsonElement body) = await GetAsync("?2024-11-15", $"models/{SampleIds.HealthyCustomModel}");

        Assert.False(body.TryGetProperty("project", out _));
        Assert.Equal(
            $"{baseAddress}speechtotext/models/base/54b84fc7-2d66-4e15-aa79-01955cb64f29?api-version=2024-11-15",
            body.GetProperty("baseModel").GetProperty("self").GetString());
        Assert.False(body.GetProperty("links").TryGetProperty("copyTo", out _));
    }

    [Fact]
    public async Task Query2025_10_15_CustomModel_HasItsProjectBack()
    {
        (Uri baseAddress, JsonElement body) = await GetAsync("?2025-10-15", $"models/{SampleIds.HealthyCustomModel}");

        Assert.Equal($"{baseAddress}speechtotext/projects/{SampleIds.Project}?api-version=2025-10-15", body.GetProperty("project").GetProperty("self").GetString());
    }

    [Fact]
    public async Task V3_Endpoint_HasTheSevenRecognitionLinks()
    {
        (_, JsonElement body) = await GetAsync("v3.2", $"endpoints/{SampleIds.ExpiredCustomEndpoint}");

        JsonElement links = body.GetProperty("links");
        Assert.Equal(
            new[] { "logs", "restConversation", "restDictation", "restInteractive", "webSocketConversation", "webSocketDictation", "webSocketInteractive" },
            Names(links));
        Assert.EndsWith($"?cid={SampleIds.ExpiredCustomEndpoint}", links.GetProperty("webSocketConversation").GetString(), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("deprecationDates", out _));
    }

    [Fact]
    public async Task QueryVersionEndpoint_HasOnlyTheWebSocketLinkAndNoProject()
    {
        (_, JsonElement body) = await GetAsync("?2025-10-15", $"endpoints/{SampleIds.ExpiredCustomEndpoint}");

        Assert.Equal(new[] { "webSocket" }, Names(body.GetProperty("links")));
        Assert.False(body.TryGetProperty("project", out _));
        Assert.Equal("Succeeded", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SelfLinks_UseTheHostTheRequestNamed()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"speechtotext/models/base/{SampleIds.ExpiredBaseModel}?api-version=2025-10-15");
        request.Headers.Host = "westus.api.cognitive.microsoft.com";

        using HttpResponseMessage response = await client.SendAsync(request);
        JsonElement body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(
            $"http://westus.api.cognitive.microsoft.com/speechtotext/models/base/{SampleIds.ExpiredBaseModel}?api-version=2025-10-15",
            body.GetProperty("self").GetString());
    }

    [Fact]
    public async Task AbsentDates_AreOmittedNotNull()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Data.AddOrReplace(new BaseModelEntity
        {
            Id = Guid.Parse("0b8c1e3a-0000-4000-8000-000000000001"),
            Locale = "fr-FR",
            DisplayName = "no adaptation",
            CreatedDateTime = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            TranscriptionDateTime = DateTimeOffset.Parse("2028-04-15T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        });
        using HttpClient client = emulator.CreateClient();

        (_, JsonElement body) = await client.GetJsonAsync("speechtotext/models/base/0b8c1e3a-0000-4000-8000-000000000001?api-version=2025-10-15");

        Assert.Equal(new[] { "transcriptionDateTime" }, Names(body.GetProperty("properties").GetProperty("deprecationDates")));
    }
}
