using System.Net;
using SpeechLifecycle.Emulator;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Tasks.Tests;

public sealed class SpeechRestClientTests
{
    [Theory]
    [InlineData("2025-10-15")]
    [InlineData("2024-11-15")]
    [InlineData("v3.2")]
    [InlineData("v3.1")]
    public async Task Reads_base_and_custom_models_and_endpoints_in_every_version(string version)
    {
        await using var emulator = await Emulators.StartAsync();
        using var budget = Emulators.Budget();
        using var client = Emulators.Client(emulator, budget, version);

        var baseModel = await client.GetModelAsync(ReferenceKind.BaseModel, Seed.ExpiredBase);
        var custom = await client.GetModelAsync(ReferenceKind.CustomModel, Seed.ExpiringCustom);
        var endpoint = await client.GetEndpointAsync(Seed.EndpointOnCustom);

        Assert.True(baseModel.IsSuccess, baseModel.Message);
        Assert.Equal(new DateTime(2024, 1, 15), baseModel.Value!.TranscriptionDateTime);
        Assert.Equal(new DateTime(2023, 1, 15), baseModel.Value.AdaptationDateTime);
        Assert.Equal("en-US", baseModel.Value.Locale);
        Assert.True(custom.IsSuccess, custom.Message);
        Assert.Equal(ReferenceKind.CustomModel, custom.Value!.Kind);
        Assert.Equal(new DateTime(2026, 7, 15), custom.Value.TranscriptionDateTime);
        Assert.Equal(Seed.ExpiredBase, custom.Value.BaseModel!.Id);
        Assert.True(endpoint.IsSuccess, endpoint.Message);
        Assert.Equal(ReferenceKind.CustomModel, endpoint.Value!.Model!.Kind);
        Assert.Equal(Seed.ExpiringCustom, endpoint.Value.Model.Id);

        var paths = emulator.Requests.Select(r => r.PathAndQuery).ToList();
        Assert.All(paths, path => Assert.Equal(version.StartsWith('v'), path.Contains("/speechtotext/" + version + "/", StringComparison.Ordinal)));
        Assert.All(paths, path => Assert.Equal(!version.StartsWith('v'), path.Contains("api-version=" + version, StringComparison.Ordinal)));
        Assert.All(emulator.Requests, r => Assert.True(r.HadKeyHeader));
    }

    [Fact]
    public async Task Listing_follows_next_link_to_the_last_page()
    {
        await using var emulator = await Emulators.StartAsync(extraEnglishBaseModels: 230);
        using var budget = Emulators.Budget();
        using var client = Emulators.Client(emulator, budget);

        var list = await client.ListBaseModelsAsync("en-US");

        Assert.True(list.IsSuccess, list.Message);
        Assert.Equal(232, list.Value!.Count);
        Assert.All(list.Value, model => Assert.Equal("en-US", model.Locale));
        Assert.Equal(3, emulator.CountRequests(r => r.PathAndQuery.Contains("/models/base?", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Listing_filters_by_locale()
    {
        await using var emulator = await Emulators.StartAsync();
        using var budget = Emulators.Budget();
        using var client = Emulators.Client(emulator, budget);

        var list = await client.ListBaseModelsAsync("de-DE");

        Assert.Equal(Seed.GermanBase, Assert.Single(list.Value!).Id);
        Assert.Equal(1, emulator.CountRequests());
    }

    [Fact]
    public async Task Not_found_is_an_answer_not_a_failure()
    {
        await using var emulator = await Emulators.StartAsync();
        using var budget = Emulators.Budget();
        using var client = Emulators.Client(emulator, budget);

        var result = await client.GetEndpointAsync(Seed.Unknown);

        Assert.Equal(ServiceOutcome.NotFound, result.Outcome);
        Assert.Contains("NotFound", result.Message, StringComparison.Ordinal);
        Assert.Equal(1, emulator.CountRequests());
    }

    [Theory]
    [InlineData("wrong-key", 401)]
    [InlineData(null, 401)]
    public async Task Bad_or_missing_key_is_an_authentication_failure_with_the_gateway_envelope(string? key, int status)
    {
        await using var emulator = await Emulators.StartAsync();
        using var budget = Emulators.Budget();
        using var client = Emulators.Client(emulator, budget, key: key);

        var result = await client.GetModelAsync(ReferenceKind.BaseModel, Seed.ExpiredBase);

        Assert.Equal(ServiceOutcome.AuthenticationFailed, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.StartsWith("HTTP 401: 401: ", result.Message, StringComparison.Ordinal);
        Assert.Equal(1, emulator.CountRequests());
    }

    [Fact]
    public async Task Forbidden_is_an_authentication_failure_with_the_service_envelope()
    {
        await using var emulator = await Emulators.StartAsync();
        emulator.Faults.Add(new FaultRule { PathContains = "/models/", Kind = FaultKind.ServerError, StatusCode = 403 });
        using var budget = Emulators.Budget();
        using var client = Emulators.Client(emulator, budget);

        var result = await client.GetModelAsync(ReferenceKind.BaseModel, Seed.ExpiredBase);

        Assert.Equal(ServiceOutcome.AuthenticationFailed, result.Outcome);
        Assert.Contains("Forbidden", result.Message, StringComparison.Ordinal);
        Assert.Equal(1, emulator.CountRequests());
    }

    [Fact]
    public async Task Too_many_requests_waits_for_retry_after_before_the_next_request()
    {
        await using var emulator = await Emulators.StartAsync();
        emulator.Faults.Add(new FaultRule { PathContains = "/models/base/", Kind = FaultKind.TooManyRequests, RetryAfterSeconds = 1, Times = 1 });
        using var budget = Emulators.Budget();
        using var client = Emulators.Client(emulator, budget);

        var result = await client.GetModelAsync(ReferenceKind.BaseModel, Seed.ExpiredBase);

        Assert.True(result.IsSuccess, result.Message);
        var requests = emulator.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(429, requests[0].StatusCode);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(1), "the retry was sent before Retry-After elapsed");
    }

    [Fact]
    public async Task Retry_after_longer_than_the_budget_gives_up_without_sending_again()
    {
        await using var emulator = await Emulators.StartAsync();
        emulator.Faults.Add(new FaultRule { PathContains = "/models/base/", Kind = FaultKind.TooManyRequests, RetryAfterSeconds = 120 });
        using var budget = Emulators.Budget(seconds: 5);
        using var client = Emulators.Client(emulator, budget);

        var result = await client.GetModelAsync(ReferenceKind.BaseModel, Seed.ExpiredBase);

        Assert.Equal(ServiceOutcome.BudgetExhausted, result.Outcome);
        Assert.Equal(1, emulator.CountRequests());
        Assert.True(budget.WasExhausted);
    }

    [Fact]
    public async Task Server_errors_are_retried_and_can_recover()
    {
        await using var emulator = await Emulators.StartAsync();
        emulator.Faults.Add(new FaultRule { PathContains = "/endpoints/", Kind = FaultKind.ServerError, StatusCode = 503, Times = 2 });
        using var budget = Emulators.Budget();
        using var client = Emulators.Client(emulator, budget);

        var result = await client.GetEndpointAsync(Seed.EndpointOnCustom);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(3, emulator.CountRequests());
    }

    [Fact]
    public async Task Persistent_server_errors_fail_after_the_attempt_limit()
    {
        await using var emulator = await Emulators.StartAsync();
        emulator.Faults.Add(new FaultRule { PathContains = "/endpoints/", Kind = FaultKind.ServerError, StatusCode = 500 });
        using var budget = Emulators.Budget();
        using var client = Emulators.Client(emulator, budget);

        var result = await client.GetEndpointAsync(Seed.EndpointOnCustom);

        Assert.Equal(ServiceOutcome.ServerError, result.Outcome);
        Assert.Equal(RequestBudget.DefaultMaxAttempts, emulator.CountRequests());
    }

    [Fact]
    public async Task A_hanging_service_is_cut_off_by_the_budget()
    {
        await using var emulator = await Emulators.StartAsync();
        emulator.Faults.Add(new FaultRule { PathContains = "/models/", Kind = FaultKind.Hang });
        // A 2 s budget and a 60 s per-request limit: only the budget can end the wait well before a minute. Outcomes
        // and generous bounds only: the exact remaining time depends on when the timer fires on a loaded machine.
        using var budget = Emulators.Budget(seconds: 2, perRequestSeconds: 60);
        using var client = Emulators.Client(emulator, budget);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await client.GetModelAsync(ReferenceKind.CustomModel, Seed.ExpiringCustom);

        clock.Stop();
        Assert.False(result.IsSuccess);
        Assert.True(result.Outcome is ServiceOutcome.BudgetExhausted or ServiceOutcome.Unreachable, result.Outcome.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the budget did not cut the hanging request off: {clock.Elapsed}");
        Assert.True(budget.Remaining < budget.Total, "the client did not wait for the service at all");
    }

    [Fact]
    public async Task Malformed_body_is_reported_not_retried()
    {
        await using var emulator = await Emulators.StartAsync();
        emulator.Faults.Add(new FaultRule { PathContains = "/models/", Kind = FaultKind.MalformedBody });
        using var budget = Emulators.Budget();
        using var client = Emulators.Client(emulator, budget);

        var result = await client.GetModelAsync(ReferenceKind.BaseModel, Seed.ExpiredBase);

        Assert.Equal(ServiceOutcome.MalformedResponse, result.Outcome);
        Assert.Equal(1, emulator.CountRequests());
    }

    [Fact]
    public async Task Oversized_body_is_discarded()
    {
        await using var emulator = await Emulators.StartAsync();
        emulator.Faults.Add(new FaultRule { PathContains = "/models/", Kind = FaultKind.OversizedBody });
        using var budget = Emulators.Budget();
        using var client = Emulators.Client(emulator, budget);

        var result = await client.GetModelAsync(ReferenceKind.BaseModel, Seed.ExpiredBase);

        Assert.Equal(ServiceOutcome.ResponseTooLarge, result.Outcome);
    }

    [Fact]
    public async Task Redirects_are_not_followed_so_the_key_stays_home()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var elsewhere = await Emulators.StartAsync();
        emulator.Faults.Add(new FaultRule
        {
            PathContains = "/models/",
            Kind = FaultKind.Redirect,
            RedirectTo = new Uri(elsewhere.BaseAddress, $"speechtotext/models/base/{Seed.ExpiredBase}?api-version=2025-10-15").AbsoluteUri,
        });
        using var budget = Emulators.Budget();
        using var client = Emulators.Client(emulator, budget);

        var result = await client.GetModelAsync(ReferenceKind.BaseModel, Seed.ExpiredBase);

        Assert.Equal(ServiceOutcome.Redirected, result.Outcome);
        Assert.Equal(0, elsewhere.CountRequests());
        Assert.Equal(1, emulator.CountRequests());
    }

    [Fact]
    public async Task Next_link_to_another_host_stops_paging_without_sending_the_key()
    {
        using var handler = new ScriptedHandler(request => request.RequestUri!.Host == "eastus.api.cognitive.microsoft.com"
            ? """{ "values": [], "@nextLink": "https://evil.example.com/speechtotext/models/base?skip=100&api-version=2025-10-15" }"""
            : throw new InvalidOperationException("contacted " + request.RequestUri));
        using var budget = Emulators.Budget();
        SpeechApiVersion.TryParse("2025-10-15", out var version);
        using var client = new SpeechRestClient(new SpeechResource(new Uri("https://eastus.api.cognitive.microsoft.com"), "SPEECH_KEY", "k"), version, budget, handler);

        var result = await client.ListBaseModelsAsync("en-US");

        Assert.Equal(ServiceOutcome.MalformedResponse, result.Outcome);
        Assert.Equal(new[] { "eastus.api.cognitive.microsoft.com" }, handler.Hosts);
    }

    [Fact]
    public void A_client_for_plain_http_on_a_public_host_cannot_be_created()
    {
        using var budget = Emulators.Budget();
        SpeechApiVersion.TryParse("2025-10-15", out var version);

        Assert.Throws<ArgumentException>(() => new SpeechRestClient(new SpeechResource(new Uri("http://eastus.api.cognitive.microsoft.com"), "SPEECH_KEY", "k"), version, budget));
    }

    private sealed class ScriptedHandler(Func<HttpRequestMessage, string> answer) : HttpMessageHandler
    {
        public List<string> Hosts { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Hosts.Add(request.RequestUri!.Host);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer(request)) });
        }
    }
}
