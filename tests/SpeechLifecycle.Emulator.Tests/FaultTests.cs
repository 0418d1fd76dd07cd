using System.Net;
using System.Text.Json;

namespace SpeechLifecycle.Emulator.Tests;

public sealed class FaultTests
{
    private const string BaseModelUrl = "speechtotext/models/base/" + SampleIds.ExpiredBaseModel + "?api-version=2025-10-15";

    /// <summary>Waits until the emulator has seen <paramref name="count"/> requests (they are recorded on arrival).</summary>
    private static async Task WaitForArrivalsAsync(SpeechEmulator emulator, int count)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (emulator.CountRequests() < count)
        {
            await Task.Delay(10, guard.Token);
        }
    }

    [Fact]
    public async Task Latency_DelaysThenAnswersNormally()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Delay = TimeSpan.FromMilliseconds(50) });
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync(BaseModelUrl);

        Assert.Equal(200, status);
        Assert.Equal(SampleIds.ExpiredBaseModel, SampleEmulator.IdOf(body));
    }

    [Fact]
    public async Task Latency_OfOneRequest_DoesNotHoldUpOthers()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { PathContains = "/models/base/", Kind = FaultKind.Latency, Delay = TimeSpan.FromMinutes(5), Times = 2 });
        using HttpClient client = emulator.CreateClient();

        Task<HttpResponseMessage> slowA = client.GetAsync(BaseModelUrl);
        Task<HttpResponseMessage> slowB = client.GetAsync(BaseModelUrl);
        await WaitForArrivalsAsync(emulator, 2);
        (int status, _) = await client.GetJsonAsync(BaseModelUrl);

        // Both delayed requests are still waiting their own delay while a third one got its answer.
        Assert.Equal(200, status);
        Assert.False(slowA.IsCompleted || slowB.IsCompleted);
        Assert.Equal(new[] { 0, 0, 200 }, emulator.Requests.Select(r => r.StatusCode).ToArray());
        await emulator.DisposeAsync();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => slowA);
    }

    [Fact]
    public async Task TooManyRequests_Answers429WithTheRuleRetryAfter()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, RetryAfterSeconds = 7 });
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.GetAsync(BaseModelUrl);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
    }

    [Theory]
    [InlineData(500, "InternalServerError")]
    [InlineData(503, "ServiceUnavailable")]
    [InlineData(403, "Forbidden")]
    public async Task ServerError_AnswersTheStatusWithTheServiceShape(int statusCode, string code)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, StatusCode = statusCode });
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync(BaseModelUrl);

        Assert.Equal(statusCode, status);
        Assert.Equal(code, body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ServerError_With401_AnswersTheGatewayEnvelopeEvenForAGoodKey()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, StatusCode = 401 });
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync(BaseModelUrl);

        Assert.Equal(401, status);
        Assert.Equal("401", body.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Hang_NeverAnswers_UntilTheClientGivesUp()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.Hang, Times = 1 });
        using HttpClient client = emulator.CreateClient();
        using var giveUp = new CancellationTokenSource();

        Task<HttpResponseMessage> hanging = client.GetAsync(BaseModelUrl, giveUp.Token);
        await WaitForArrivalsAsync(emulator, 1);
        Assert.False(hanging.IsCompleted);
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hanging);
        Assert.Equal(0, emulator.Requests[0].StatusCode);
        Assert.Equal(200, (await client.GetJsonAsync(BaseModelUrl)).Status);
    }

    [Fact]
    public async Task Dispose_WhileAHangIsPending_CompletesAndDropsTheConnection()
    {
        SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.Hang });
        using HttpClient client = emulator.CreateClient();
        client.Timeout = Timeout.InfiniteTimeSpan;

        Task<HttpResponseMessage> hanging = client.GetAsync(BaseModelUrl);
        await WaitForArrivalsAsync(emulator, 1);
        // The guard only keeps a broken dispose from hanging the test run; it is not a timing assertion.
        await emulator.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => hanging);
    }

    [Fact]
    public async Task MalformedBody_Answers200WithTruncatedJson()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.MalformedBody });
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.GetAsync(BaseModelUrl);
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("{\"self\":", text, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
    }

    [Fact]
    public async Task OversizedBody_StreamsFarMoreThanACappedReaderAccepts()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { PathContains = "/models/base", Kind = FaultKind.OversizedBody });
        using HttpClient client = emulator.CreateClient();
        const int Cap = 4 * 1024 * 1024;

        using HttpResponseMessage response = await client.GetAsync("speechtotext/models/base?api-version=2025-10-15", HttpCompletionOption.ResponseHeadersRead);
        await using Stream body = await response.Content.ReadAsStreamAsync();
        byte[] buffer = new byte[Cap + 1];
        int read = 0, n;
        while (read < buffer.Length && (n = await body.ReadAsync(buffer.AsMemory(read))) > 0)
        {
            read += n;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.Equal(Cap + 1, read);
        Assert.StartsWith("{\"values\":[{\"self\":", System.Text.Encoding.UTF8.GetString(buffer, 0, 100), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_Answers307WithTheLocation()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.Redirect, RedirectTo = "https://elsewhere.example/speechtotext/models" });
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.GetAsync(BaseModelUrl);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(new Uri("https://elsewhere.example/speechtotext/models"), response.Headers.Location);
    }

    [Fact]
    public async Task Times_LimitsARuleToTheNextNMatchingRequests()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { PathContains = "/models/base/", Kind = FaultKind.ServerError, Times = 2 });
        using HttpClient client = emulator.CreateClient();

        int other = (await client.GetJsonAsync("speechtotext/endpoints?api-version=2025-10-15")).Status;
        int first = (await client.GetJsonAsync(BaseModelUrl)).Status;
        int second = (await client.GetJsonAsync(BaseModelUrl)).Status;
        int third = (await client.GetJsonAsync(BaseModelUrl)).Status;

        Assert.Equal((200, 500, 500, 200), (other, first, second, third));
    }

    [Fact]
    public async Task PathContains_MatchesTheQueryToo_AndClearRemovesRules()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { PathContains = "API-VERSION=2024-11-15", Kind = FaultKind.ServerError, StatusCode = 502 });
        using HttpClient client = emulator.CreateClient();

        int matched = (await client.GetJsonAsync("speechtotext/models?api-version=2024-11-15")).Status;
        int unmatched = (await client.GetJsonAsync("speechtotext/models?api-version=2025-10-15")).Status;
        emulator.Faults.Clear();
        int cleared = (await client.GetJsonAsync("speechtotext/models?api-version=2024-11-15")).Status;

        Assert.Equal((502, 200, 200), (matched, unmatched, cleared));
    }

    [Fact]
    public async Task Faults_ApplyBeforeAuthentication_AndAreRecorded()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests });
        using HttpClient client = emulator.CreateClient(key: null);

        int status = (await client.GetJsonAsync(BaseModelUrl)).Status;

        Assert.Equal(429, status);
        Assert.Equal(1, emulator.CountRequests(r => r.StatusCode == 429 && !r.HadKeyHeader));
    }
}
