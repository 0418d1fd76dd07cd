using System.Text.Json;

namespace SpeechLifecycle.Emulator.Tests;

public sealed class RouteTests
{
    public static TheoryData<string> ServedVersions => new() { "v3.1", "v3.2", "?2024-05-15-preview", "?2024-11-15", "?2025-10-15" };

    /// <summary>"v3.2" → /speechtotext/v3.2/{path}; "?2025-10-15" → /speechtotext/{path}?api-version=2025-10-15.</summary>
    internal static string Url(string version, string path, string? query = null) => version.StartsWith('?')
        ? $"speechtotext/{path}?{(query is null ? "" : query + "&")}api-version={version[1..]}"
        : $"speechtotext/{version}/{path}{(query is null ? "" : "?" + query)}";

    [Theory]
    [MemberData(nameof(ServedVersions))]
    public async Task GetBaseModel_ReturnsTheModel(string version)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync(Url(version, $"models/base/{SampleIds.ExpiredBaseModel}"));

        Assert.Equal(200, status);
        Assert.Equal(SampleIds.ExpiredBaseModel, SampleEmulator.IdOf(body));
        Assert.Equal("20210831 + Audio file adaptation", body.GetProperty("displayName").GetString());
        Assert.Equal("2024-01-15T00:00:00Z", body.GetProperty("properties").GetProperty("deprecationDates").GetProperty("transcriptionDateTime").GetString());
    }

    [Theory]
    [MemberData(nameof(ServedVersions))]
    public async Task GetCustomModel_ReturnsTheModel(string version)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync(Url(version, $"models/{SampleIds.ExpiredCustomModel}"));

        Assert.Equal(200, status);
        Assert.Equal(SampleIds.ExpiredCustomModel, SampleEmulator.IdOf(body));
        Assert.Equal("2026-07-15T00:00:00Z", body.GetProperty("properties").GetProperty("deprecationDates").GetProperty("transcriptionDateTime").GetString());
    }

    [Theory]
    [MemberData(nameof(ServedVersions))]
    public async Task GetEndpoint_ReturnsTheEndpointAndItsModelLink(string version)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync(Url(version, $"endpoints/{SampleIds.ExpiredCustomEndpoint}"));

        Assert.Equal(200, status);
        Assert.Equal(SampleIds.ExpiredCustomEndpoint, SampleEmulator.IdOf(body));
        string modelSelf = body.GetProperty("model").GetProperty("self").GetString()!;
        Assert.Equal(emulator.BaseAddress + Url(version, $"models/{SampleIds.ExpiredCustomModel}"), modelSelf);
    }

    [Theory]
    [MemberData(nameof(ServedVersions))]
    public async Task EndpointModelLink_ResolvesToTheModel(string version)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();
        (_, JsonElement endpoint) = await client.GetJsonAsync(Url(version, $"endpoints/{SampleIds.ExpiredBaseEndpoint}"));

        (int status, JsonElement model) = await client.GetJsonAsync(endpoint.GetProperty("model").GetProperty("self").GetString()!);

        Assert.Equal(200, status);
        Assert.Equal(SampleIds.ExpiredBaseModel, SampleEmulator.IdOf(model));
    }

    [Theory]
    [MemberData(nameof(ServedVersions))]
    public async Task Lists_ReturnEveryEntityOfTheirKind(string version)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int baseStatus, JsonElement baseModels) = await client.GetJsonAsync(Url(version, "models/base"));
        (int customStatus, JsonElement customModels) = await client.GetJsonAsync(Url(version, "models"));
        (int endpointStatus, JsonElement endpoints) = await client.GetJsonAsync(Url(version, "endpoints"));

        Assert.Equal((200, 200, 200), (baseStatus, customStatus, endpointStatus));
        Assert.Equal(SampleIds.BaseModelCount, baseModels.GetProperty("values").GetArrayLength());
        Assert.Equal(SampleIds.CustomModelCount, customModels.GetProperty("values").GetArrayLength());
        Assert.Equal(SampleIds.EndpointCount, endpoints.GetProperty("values").GetArrayLength());
    }

    [Theory]
    [InlineData("v3.1")]
    [InlineData("v3.2")]
    [InlineData("?2025-10-15")]
    public async Task ProjectLists_ReturnTheProjectsEntities(string version)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement models) = await client.GetJsonAsync(Url(version, $"projects/{SampleIds.Project}/models"));
        (_, JsonElement endpoints) = await client.GetJsonAsync(Url(version, $"projects/{SampleIds.Project}/endpoints"));

        Assert.Equal(200, status);
        Assert.Equal(3, models.GetProperty("values").GetArrayLength());
        Assert.Equal(3, endpoints.GetProperty("values").GetArrayLength());
    }

    [Fact]
    public async Task ProjectLists_DoNotExistIn2024_11_15()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int status, _) = await client.GetJsonAsync(Url("?2024-11-15", $"projects/{SampleIds.Project}/models"));

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task ModelLocales_ListsTheBaseModelLocales()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement locales) = await client.GetJsonAsync(Url("?2025-10-15", "models/locales"));

        Assert.Equal(200, status);
        Assert.Equal(new[] { "de-DE", "en-US" }, locales.EnumerateArray().Select(l => l.GetString()).ToArray());
    }

    [Theory]
    [InlineData("v3.0")]
    [InlineData("v3.2-preview.2")]
    [InlineData("v3.2-preview.1")]
    [InlineData("v3.1-preview.1")]
    [InlineData("v9.9")]
    public async Task RetiredOrUnknownPathVersions_AnswerTheGateways404(string version)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync(Url(version, $"models/base/{SampleIds.ExpiredBaseModel}"));

        Assert.Equal(404, status);
        Assert.Equal("404", body.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task RetiredPathVersions_CanBeServedWhenTheOptionIsCleared()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o => o.RetiredPathVersions.Clear());
        using HttpClient client = emulator.CreateClient();

        (int v30, _) = await client.GetJsonAsync(Url("v3.0", $"models/base/{SampleIds.ExpiredBaseModel}"));
        (int preview, _) = await client.GetJsonAsync(Url("v3.2-preview.2", $"models/{SampleIds.ExpiredCustomModel}"));

        Assert.Equal((200, 200), (v30, preview));
    }

    [Fact]
    public async Task RetiredPathVersions_CanRetireV3_2()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o => o.RetiredPathVersions.Add("v3.2"));
        using HttpClient client = emulator.CreateClient();

        (int status, _) = await client.GetJsonAsync(Url("v3.2", "models/base"));

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task RetiredV3_2_RefusesEveryRoute_WhileV3_1AndQueryVersionsAreServed()
    {
        // The probe the task sends (docs/msbuild.md "API-version checks") gets the gateway's 404 for a retired version.
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o => o.RetiredPathVersions.Add("v3.2"));
        using HttpClient client = emulator.CreateClient();

        (int probe, JsonElement body) = await client.GetJsonAsync(Url("v3.2", "models/base?top=1"));
        (int endpoint, _) = await client.GetJsonAsync(Url("v3.2", $"endpoints/{SampleIds.ExpiredCustomEndpoint}"));
        (int v31, _) = await client.GetJsonAsync(Url("v3.1", "models/base?top=1"));
        (int current, _) = await client.GetJsonAsync("speechtotext/models/base?top=1&api-version=2025-10-15");

        Assert.Equal((404, 404, 200, 200), (probe, endpoint, v31, current));
        Assert.Equal("Resource not found", body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task RetiredQueryVersion_Answers400InvalidApiVersion_AndIsNoLongerListedAsSupported()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o => o.RetiredPathVersions.Add("2024-05-15-preview"));
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync("speechtotext/models/base?top=1&api-version=2024-05-15-preview");
        (int served, _) = await client.GetJsonAsync("speechtotext/models/base?top=1&api-version=2024-11-15");

        Assert.Equal((400, 200), (status, served));
        Assert.Equal("InvalidApiVersion", body.GetProperty("innerError").GetProperty("code").GetString());
        Assert.EndsWith("Supported versions: 2024-11-15, 2025-10-15.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("speechtotext/models/base?api-version=2023-01-01", "is not supported")]
    [InlineData("speechtotext/models/base", "is required")]
    [InlineData("speechtotext/models/base?api-version=v3.2", "is not supported")]
    public async Task UnknownOrMissingApiVersion_Answers400InvalidApiVersion(string url, string messagePart)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync(url);

        Assert.Equal(400, status);
        Assert.Equal("InvalidRequest", body.GetProperty("code").GetString());
        Assert.Equal("InvalidApiVersion", body.GetProperty("innerError").GetProperty("code").GetString());
        Assert.Contains(messagePart, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("speechtotext/transcriptions?api-version=2025-10-15")]
    [InlineData("speechtotext/v3.2/models/base/x/y/z")]
    [InlineData("somethingelse/models")]
    public async Task UnknownRoutes_AnswerTheGateways404(string url)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync(url);

        Assert.Equal(404, status);
        Assert.Equal("Resource not found", body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task NonGuidId_Answers400InvalidArgument()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync(Url("?2025-10-15", "models/base/not-a-guid"));

        Assert.Equal(400, status);
        Assert.Equal("InvalidArgument", body.GetProperty("code").GetString());
    }
}
