using System.Diagnostics;

namespace SpeechLifecycle.Tasks.Tests;

/// <summary>The token sources against real processes: fake az/azd scripts on a PATH of their own.</summary>
public sealed class EntraTokenProviderTests : IDisposable
{
    private const string AzArguments = "account get-access-token --resource https://cognitiveservices.azure.com --output json";
    private const string AzdArguments = "auth token --scope https://cognitiveservices.azure.com/.default --output json";
    private const string AzToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.az-token-payload.signature";
    private const string AzdToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.azd-token-payload.signature";

    private readonly FakeCli _cli = new();
    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal);

    public EntraTokenProviderTests() => _environment["PATH"] = _cli.PathDirectory;

    public void Dispose() => _cli.Dispose();

    private EntraTokenProvider Provider(double secondsLeft = 10) =>
        new(name => _environment.TryGetValue(name, out var value) ? value : null, new ProcessCommandRunner(), () => TimeSpan.FromSeconds(secondsLeft), isWindows: false);

    private static DateTimeOffset InAnHour => DateTimeOffset.UtcNow.AddHours(1);

    [Fact]
    public async Task Token_variable_comes_first_and_no_CLI_runs()
    {
        _environment["MY_TOKEN"] = "Bearer " + AzdToken;
        _cli.Succeeds("az", AzArguments, FakeCli.AzureCliJson(AzToken, InAnHour));

        var attempts = await Provider().GetTokenAsync("MY_TOKEN");

        var attempt = Assert.Single(attempts);
        Assert.True(attempt.Token!.IsToken);
        Assert.Equal("environment variable MY_TOKEN", attempt.Token.Source);
        Assert.Equal(0, _cli.Runs("az"));
    }

    [Fact]
    public async Task Azure_CLI_token_is_used_when_the_variable_is_unset_and_the_CLI_runs_once_per_provider()
    {
        _cli.Succeeds("az", AzArguments, FakeCli.AzureCliJson(AzToken, InAnHour));
        _cli.Succeeds("azd", AzdArguments, FakeCli.AzureDeveloperCliJson(AzdToken, InAnHour));
        var provider = Provider();

        var first = await provider.GetTokenAsync("UNSET_TOKEN_VARIABLE");
        var second = await provider.GetTokenAsync("UNSET_TOKEN_VARIABLE");

        Assert.Equal(new[] { "environment variable UNSET_TOKEN_VARIABLE (not set)", EntraTokenProvider.AzureCliSource }, first.Select(a => a.ToString()));
        Assert.Equal(EntraTokenProvider.AzureCliSource, first[^1].Token!.Source);
        Assert.Equal(EntraTokenProvider.AzureCliSource, second[^1].Token!.Source);
        Assert.Equal(1, _cli.Runs("az"));
        Assert.Equal(0, _cli.Runs("azd"));
    }

    [Fact]
    public async Task Failing_Azure_CLI_falls_through_to_azd_and_says_only_the_exit_code()
    {
        _cli.Fails("az");
        _cli.Succeeds("azd", AzdArguments, FakeCli.AzureDeveloperCliJson(AzdToken, InAnHour));

        var attempts = await Provider().GetTokenAsync("UNSET_TOKEN_VARIABLE");

        Assert.Equal("az exited with code 1", attempts[1].Failure);
        Assert.Equal(EntraTokenProvider.AzureDeveloperCliSource, attempts[2].Token!.Source);
        Assert.DoesNotContain(attempts, a => a.ToString().Contains("LEAKED", StringComparison.Ordinal) || a.ToString().Contains("contoso", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Garbage_output_is_not_a_token_and_is_not_repeated()
    {
        _cli.PrintsGarbage("az");
        _cli.PrintsGarbage("azd");

        var attempts = await Provider().GetTokenAsync("UNSET_TOKEN_VARIABLE");

        Assert.All(attempts, a => Assert.Null(a.Token));
        Assert.Equal("az's output was not a token", attempts[1].Failure);
        Assert.Equal("azd's output was not a token", attempts[2].Failure);
        Assert.DoesNotContain(attempts, a => a.ToString().Contains("GARBAGE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hanging_CLI_is_stopped_when_its_time_is_up_and_killed()
    {
        _cli.Hangs("az");
        _cli.Hangs("azd");
        var clock = Stopwatch.StartNew();

        var attempts = await Provider(secondsLeft: 1).GetTokenAsync("UNSET_TOKEN_VARIABLE");

        // Two CLIs, one second each; the bound is generous for a loaded machine but far below the 60 s sleep.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal("az gave no answer within 1 s and was stopped", attempts[1].Failure);
        Assert.Equal("azd gave no answer within 1 s and was stopped", attempts[2].Failure);
        var pid = int.Parse(File.ReadAllText(_cli.PidFile("az")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(FakeCli.ProcessEnds(pid, TimeSpan.FromSeconds(10)), "the hanging az was not killed");
    }

    [Fact]
    public async Task Missing_CLIs_and_an_exhausted_budget_are_said_as_such()
    {
        var missing = await Provider().GetTokenAsync("UNSET_TOKEN_VARIABLE");
        _cli.Succeeds("az", AzArguments, FakeCli.AzureCliJson(AzToken, InAnHour));
        var noTime = await Provider(secondsLeft: 0).GetTokenAsync("UNSET_TOKEN_VARIABLE");

        Assert.Equal(new[] { "not set", "az was not found on PATH", "azd was not found on PATH" }, missing.Select(a => a.Failure));
        Assert.Equal("not run: the time budget had run out", noTime[1].Failure);
        Assert.Equal(0, _cli.Runs("az"));
    }

    [Fact]
    public async Task Expired_token_is_not_used()
    {
        _cli.Succeeds("az", AzArguments, FakeCli.AzureCliJson(AzToken, DateTimeOffset.UtcNow.AddHours(-1)));

        var attempts = await Provider().GetTokenAsync("UNSET_TOKEN_VARIABLE");

        Assert.Equal("az gave a token that has already expired", attempts[1].Failure);
    }

    [Theory]
    [InlineData("not a token with spaces")]
    [InlineData("short")]
    [InlineData("line\r\nInjected: header-value-0123")]
    public async Task Variable_that_does_not_hold_a_token_is_refused(string value)
    {
        _environment["MY_TOKEN"] = value;

        var attempts = await Provider().GetTokenAsync("MY_TOKEN");

        Assert.Equal("its value is not a token", attempts[0].Failure);
    }

    [Fact]
    public void Azure_CLI_expiry_is_read_from_expires_on_or_expiresOn()
    {
        var expires = new DateTimeOffset(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);

        var withEpoch = EntraTokenProvider.ParseAzureCli(SpeechLifecycle.Json.JsonParser.Parse(FakeCli.AzureCliJson(AzToken, expires)));
        var localOnly = EntraTokenProvider.ParseAzureCli(SpeechLifecycle.Json.JsonParser.Parse(
            $$"""{"accessToken": "{{AzToken}}", "expiresOn": "{{expires.LocalDateTime:yyyy-MM-dd HH:mm:ss}}.000000"}"""));
        var azd = EntraTokenProvider.ParseAzureDeveloperCli(SpeechLifecycle.Json.JsonParser.Parse(FakeCli.AzureDeveloperCliJson(AzdToken, expires)));

        Assert.Equal((AzToken, (DateTimeOffset?)expires), withEpoch);
        Assert.Equal((AzToken, (DateTimeOffset?)expires), localOnly);
        Assert.Equal((AzdToken, (DateTimeOffset?)expires), azd);
    }
}
