using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace SpeechLifecycle.Emulator.Tests;

/// <summary>The faults the reliability suite (docs/reliability.md) needs beyond the basic ones in <see cref="FaultTests"/>.</summary>
public sealed class ReliabilityFaultTests
{
    private const string BaseModelUrl = "speechtotext/models/base/" + SampleIds.ExpiredBaseModel + "?api-version=2025-10-15";

    [Fact]
    public async Task TooManyRequests_WithoutRetryAfter_SendsNoHeader()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, RetryAfterSeconds = null });
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.GetAsync(BaseModelUrl);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task ServerError_With404_AnswersTheServiceNotFoundForAnExistingEntity()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, StatusCode = 404 });
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync(BaseModelUrl);

        Assert.Equal(404, status);
        Assert.Equal("NotFound", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Trickle_AnnouncesTheWholeBodyButSendsItSlowly()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.Trickle, Delay = TimeSpan.FromMilliseconds(200) });
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.GetAsync(BaseModelUrl, HttpCompletionOption.ResponseHeadersRead);
        await using Stream body = await response.Content.ReadAsStreamAsync();
        var watch = Stopwatch.StartNew();
        byte[] buffer = new byte[64];
        int read = 0;
        while (read < 3)
        {
            read += await body.ReadAsync(buffer.AsMemory(read, 1));
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 100);
        Assert.Equal("{\"s", System.Text.Encoding.UTF8.GetString(buffer, 0, 3));
        // Three bytes need at least two pauses between them; a lower bound only, so load cannot make it fail.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(300), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task HtmlBody_Answers200WithAPageThatIsNotJson()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.HtmlBody });
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.GetAsync(BaseModelUrl);
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForeignNextLink_PutsAnotherHostIntoListPagesOnly()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.ForeignNextLink, RedirectTo = "http://127.0.0.2:9/speechtotext/models/base?skip=1" });
        using HttpClient client = emulator.CreateClient();

        (int listStatus, JsonElement list) = await client.GetJsonAsync("speechtotext/models/base?api-version=2025-10-15");
        (int entityStatus, JsonElement entity) = await client.GetJsonAsync(BaseModelUrl);

        Assert.Equal((200, 200), (listStatus, entityStatus));
        Assert.Equal("http://127.0.0.2:9/speechtotext/models/base?skip=1", list.GetProperty("@nextLink").GetString());
        Assert.Equal(SampleIds.BaseModelCount, list.GetProperty("values").GetArrayLength());
        Assert.False(entity.TryGetProperty("@nextLink", out _));
    }

    [Fact]
    public async Task Probability_AppliesARuleToASeededShareOfRequests_AndTheSameSeedRepeatsIt()
    {
        async Task<int[]> StatusesAsync(int seed)
        {
            await using SpeechEmulator emulator = await SampleEmulator.StartAsync(options => options.FaultSeed = seed);
            emulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, StatusCode = 503, Probability = 0.2 });
            using HttpClient client = emulator.CreateClient();
            var statuses = new int[200];
            for (int i = 0; i < statuses.Length; i++)
            {
                statuses[i] = (await client.GetJsonAsync(BaseModelUrl)).Status;
            }

            return statuses;
        }

        int[] first = await StatusesAsync(7);
        int[] again = await StatusesAsync(7);

        int failed = first.Count(s => s == 503);
        Assert.InRange(failed, 15, 70);
        Assert.Equal(first.Length - failed, first.Count(s => s == 200));
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task Requests_RecordHeaderNamesButNoValues()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "token-value");

        await client.GetJsonAsync(BaseModelUrl);

        RecordedRequest request = Assert.Single(emulator.Requests);
        Assert.Contains("Ocp-Apim-Subscription-Key", request.HeaderNames);
        Assert.Contains("Authorization", request.HeaderNames);
        Assert.True(request.HadCredential);
        Assert.DoesNotContain(request.HeaderNames, name => name.Contains("token-value", StringComparison.Ordinal) || name.Contains(SampleEmulator.Key, StringComparison.Ordinal));
    }
}
