using System.Net;
using System.Text.Json;

namespace SpeechLifecycle.Emulator.Tests;

/// <summary>Authentication, error envelopes, rate limiting and request recording.</summary>
public sealed class GatewayTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Theory]
    [InlineData("wrong-key", "invalid subscription key or wrong API endpoint")]
    [InlineData(null, "missing subscription key")]
    public async Task BadOrMissingKey_Answers401WithTheGatewayEnvelope(string? key, string messagePart)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient(key);

        (int status, JsonElement body) = await client.GetJsonAsync($"speechtotext/models/base/{SampleIds.ExpiredBaseModel}?api-version=2025-10-15");

        Assert.Equal(401, status);
        JsonElement error = body.GetProperty("error");
        Assert.Equal("401", error.GetProperty("code").GetString());
        Assert.Contains(messagePart, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyConfiguredKey_IsAccepted()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o => o.ApiKeys.Add("second-key"));
        using HttpClient client = emulator.CreateClient("second-key");

        (int status, _) = await client.GetJsonAsync("speechtotext/models?api-version=2025-10-15");

        Assert.Equal(200, status);
    }

    [Theory]
    [InlineData("models/base/00000000-1111-2222-3333-444444444444", "BaseModel")]
    [InlineData("models/00000000-1111-2222-3333-444444444444", "Model")]
    [InlineData("endpoints/00000000-1111-2222-3333-444444444444", "Endpoint")]
    public async Task UnknownEntity_Answers404WithTheServicesTopLevelShape(string path, string typeName)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync($"speechtotext/{path}?api-version=2025-10-15");

        Assert.Equal(404, status);
        Assert.False(body.TryGetProperty("error", out _));
        Assert.Equal("NotFound", body.GetProperty("code").GetString());
        Assert.Contains(typeName, body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, body.GetProperty("innerError").ValueKind);
    }

    [Fact]
    public async Task RemovingAnEntityAtRuntime_MakesIt404()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        Assert.True(emulator.Data.Remove(Guid.Parse(SampleIds.HealthyCustomModel)));
        (int status, _) = await client.GetJsonAsync($"speechtotext/models/{SampleIds.HealthyCustomModel}?api-version=2025-10-15");

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task NonGetMethods_AreRefused()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.DeleteAsync($"speechtotext/models/{SampleIds.HealthyCustomModel}?api-version=2025-10-15");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.NotNull(emulator.Data.FindCustomModel(Guid.Parse(SampleIds.HealthyCustomModel)));
    }

    [Fact]
    public async Task RateLimit_Answers429WithRetryAfter_ThenAdmitsInTheNextWindow()
    {
        var clock = new ManualClock();
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o =>
        {
            o.RateLimit = new RateLimit(5, TimeSpan.FromSeconds(10));
            o.Clock = clock;
        });
        using HttpClient client = emulator.CreateClient();
        const string Url = "speechtotext/models/base?api-version=2025-10-15";

        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(200, (await client.GetJsonAsync(Url)).Status);
        }

        clock.Now += TimeSpan.FromSeconds(6);
        using (HttpResponseMessage refused = await client.GetAsync(Url))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(4), refused.Headers.RetryAfter?.Delta);
            JsonElement body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("TooManyRequests", body.GetProperty("code").GetString());
        }

        clock.Now += TimeSpan.FromSeconds(4);
        Assert.Equal(200, (await client.GetJsonAsync(Url)).Status);
    }

    [Fact]
    public async Task RateLimit_OnTheRealClock_AdmitsAgainAfterWaitingRetryAfter()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o => o.RateLimit = new RateLimit(5, TimeSpan.FromSeconds(1)));
        using HttpClient client = emulator.CreateClient();
        const string Url = "speechtotext/models?api-version=2025-10-15";

        // Send until refused: on a slow machine the first window may end before the sixth request.
        HttpResponseMessage? refused = null;
        for (int i = 0; i < 50 && refused is null; i++)
        {
            HttpResponseMessage response = await client.GetAsync(Url);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                response.Dispose();
            }
        }

        Assert.NotNull(refused);
        TimeSpan retryAfter = refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero;
        refused.Dispose();
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        // A margin over Retry-After: the window is measured on the wall clock, the delay on a timer.
        await Task.Delay(retryAfter + TimeSpan.FromMilliseconds(250));

        Assert.Equal(200, (await client.GetJsonAsync(Url)).Status);
    }

    [Fact]
    public async Task UnauthorisedRequests_DoNotUseTheRateBudget()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o =>
        {
            o.RateLimit = new RateLimit(1, TimeSpan.FromSeconds(10));
            o.Clock = new ManualClock();
        });
        using HttpClient bad = emulator.CreateClient("wrong");
        using HttpClient good = emulator.CreateClient();

        Assert.Equal(401, (await bad.GetJsonAsync("speechtotext/models?api-version=2025-10-15")).Status);
        Assert.Equal(200, (await good.GetJsonAsync("speechtotext/models?api-version=2025-10-15")).Status);
        Assert.Equal(429, (await good.GetJsonAsync("speechtotext/models?api-version=2025-10-15")).Status);
    }

    [Fact]
    public async Task EveryRequest_IsRecordedInArrivalOrderWithItsStatus()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o =>
        {
            o.RateLimit = new RateLimit(2, TimeSpan.FromSeconds(10));
            o.Clock = new ManualClock();
        });
        emulator.Faults.Add(new FaultRule { PathContains = "/endpoints", Kind = FaultKind.ServerError, StatusCode = 503 });
        using HttpClient good = emulator.CreateClient();
        using HttpClient bad = emulator.CreateClient("secret-wrong-key");

        await good.GetJsonAsync("speechtotext/models?api-version=2025-10-15");
        await bad.GetJsonAsync("speechtotext/models?api-version=2025-10-15");
        await good.GetJsonAsync("speechtotext/models/00000000-1111-2222-3333-444444444444?api-version=2025-10-15");
        await good.GetJsonAsync("speechtotext/models?api-version=2025-10-15");
        await good.GetJsonAsync("speechtotext/endpoints?api-version=2025-10-15");
        using (HttpClient anonymous = emulator.CreateClient(key: null))
        {
            await anonymous.GetJsonAsync("speechtotext/models?api-version=2025-10-15");
        }

        IReadOnlyList<RecordedRequest> requests = emulator.Requests;
        Assert.Equal(new[] { 200, 401, 404, 429, 503, 401 }, requests.Select(r => r.StatusCode).ToArray());
        Assert.Equal(new[] { true, true, true, true, true, false }, requests.Select(r => r.HadKeyHeader).ToArray());
        Assert.All(requests, r => Assert.Equal("GET", r.Method));
        Assert.Equal("/speechtotext/models/00000000-1111-2222-3333-444444444444?api-version=2025-10-15", requests[2].PathAndQuery);
        Assert.DoesNotContain(requests, r => r.ToString().Contains("secret-wrong-key", StringComparison.Ordinal));
        Assert.Equal(2, emulator.CountRequests(r => r.StatusCode == 401));
        Assert.Equal(6, emulator.CountRequests());
    }

    [Fact]
    public async Task ResetRequests_StartsCountingAgain()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();
        await client.GetJsonAsync("speechtotext/models?api-version=2025-10-15");

        emulator.ResetRequests();
        await client.GetJsonAsync("speechtotext/endpoints?api-version=2025-10-15");

        Assert.Equal("/speechtotext/endpoints?api-version=2025-10-15", Assert.Single(emulator.Requests).PathAndQuery);
    }
}
