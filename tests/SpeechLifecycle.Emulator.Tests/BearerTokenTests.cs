using System.Net.Http.Headers;
using System.Text.Json;

namespace SpeechLifecycle.Emulator.Tests;

/// <summary>Microsoft Entra ID bearer tokens: accepted when configured, 401 when not, 403 for an identity without the role.</summary>
public sealed class BearerTokenTests
{
    private const string Path = "speechtotext/models?api-version=2025-10-15";

    private static HttpClient BearerClient(SpeechEmulator emulator, string token)
    {
        HttpClient client = emulator.CreateClient(key: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task ConfiguredToken_IsAccepted_AndRecordedWithoutItsValue()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o => o.BearerTokens.Add("good-token-0123456789"));
        using HttpClient client = BearerClient(emulator, "good-token-0123456789");

        (int status, _) = await client.GetJsonAsync(Path);

        Assert.Equal(200, status);
        RecordedRequest request = Assert.Single(emulator.Requests);
        Assert.True(request.HadBearerToken);
        Assert.False(request.HadKeyHeader);
        Assert.DoesNotContain("good-token", request.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownToken_Answers401WithTheGatewayEnvelope()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o => o.BearerTokens.Add("good-token-0123456789"));
        using HttpClient client = BearerClient(emulator, "some-other-token-0123");

        (int status, JsonElement body) = await client.GetJsonAsync(Path);

        Assert.Equal(401, status);
        Assert.Equal("401", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("Microsoft Entra ID token", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenWithoutRole_Answers403PermissionDenied()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o => o.BearerTokensWithoutRole.Add("no-role-token-0123456"));
        using HttpClient client = BearerClient(emulator, "no-role-token-0123456");

        (int status, JsonElement body) = await client.GetJsonAsync(Path);

        Assert.Equal(403, status);
        Assert.Equal("PermissionDenied", body.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task NoTokensConfigured_RefusesEveryBearerToken()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = BearerClient(emulator, SampleEmulator.Key);

        (int status, _) = await client.GetJsonAsync(Path);

        Assert.Equal(401, status);
    }

    [Fact]
    public void CommandLine_TakesTokensAndTokensWithoutRole()
    {
        EmulatorOptions options = Program.ParseArguments(new[] { "--token", "t1", "--token", "t2", "--token-without-role", "t3" });

        Assert.Equal(new[] { "t1", "t2" }, options.BearerTokens);
        Assert.Equal(new[] { "t3" }, options.BearerTokensWithoutRole);
        Assert.Equal(new[] { "emulator-key" }, options.ApiKeys);
    }
}
