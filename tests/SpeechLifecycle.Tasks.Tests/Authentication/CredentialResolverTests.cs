using System.Net;
using System.Net.Http;
using SpeechLifecycle.Emulator;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks.Tests;

/// <summary>Choosing a resource's credential by its mode, and what the resolver says and sends with it.</summary>
public sealed class CredentialResolverTests
{
    private const string Token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.resolver-test-token.signature";
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>Stands in for the CLIs without processes: az prints a token (or fails), azd is not on PATH.</summary>
    private sealed class FakeRunner(string? azToken) : ICommandRunner
    {
        public int Runs { get; private set; }

        public Task<CommandResult> RunAsync(string executable, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
        {
            Runs++;
            return Task.FromResult(azToken is null
                ? new CommandResult(CommandStatus.Exited, 1, string.Empty)
                : new CommandResult(CommandStatus.Exited, 0, FakeCli.AzureCliJson(azToken, DateTimeOffset.UtcNow.AddHours(1))));
        }
    }

    private static (CredentialResolver Resolver, FakeRunner Runner, TempDirectory Path) Credentials(string? azToken, Dictionary<string, string?>? variables = null)
    {
        var path = new TempDirectory();
        path.File("az", "#!/bin/sh");
        var environment = variables ?? new Dictionary<string, string?>();
        environment["PATH"] = path.Path;
        var runner = new FakeRunner(azToken);
        var provider = new EntraTokenProvider(name => environment.TryGetValue(name, out var value) ? value : null, runner, () => TimeSpan.FromSeconds(5), isWindows: false);
        return (new CredentialResolver(provider), runner, path);
    }

    private static SpeechResource Resource(Uri address, string? key, AuthenticationMode mode, string tokenVariable = "UNSET_TOKEN") =>
        new(address, "MY_KEY", key, mode, tokenVariable);

    [Fact]
    public async Task Automatic_prefers_the_key_and_runs_no_CLI()
    {
        var (credentials, runner, path) = Credentials(Token);
        using var _ = path;

        var choice = await credentials.ChooseAsync(Resource(new Uri("https://contoso.cognitiveservices.azure.com"), "a-key", AuthenticationMode.Automatic));

        Assert.False(choice.Credential!.IsToken);
        Assert.Equal("the key from environment variable MY_KEY", choice.Credential.Description);
        Assert.Equal(0, runner.Runs);
    }

    [Fact]
    public async Task Automatic_without_a_key_uses_a_token()
    {
        var (credentials, _, path) = Credentials(Token);
        using var __ = path;

        var choice = await credentials.ChooseAsync(Resource(new Uri("https://contoso.cognitiveservices.azure.com"), null, AuthenticationMode.Automatic));

        Assert.Equal("the Microsoft Entra ID token from the Azure CLI (az)", choice.Credential!.Description);
        Assert.Equal("environment variable MY_KEY (not set)", Assert.Single(choice.Tried.Take(1)));
    }

    [Fact]
    public async Task Key_mode_tries_no_token_source()
    {
        var (credentials, runner, path) = Credentials(Token);
        using var _ = path;

        var choice = await credentials.ChooseAsync(Resource(new Uri("https://contoso.cognitiveservices.azure.com"), null, AuthenticationMode.Key));

        Assert.Null(choice.Credential);
        Assert.False(choice.TriedEntraId);
        Assert.Equal(0, runner.Runs);
    }

    [Fact]
    public async Task EntraId_mode_ignores_a_key_and_lists_every_source_tried()
    {
        var (credentials, _, path) = Credentials(azToken: null);
        using var _ = path;

        var withToken = await Credentials(Token).Resolver.ChooseAsync(Resource(new Uri("https://contoso.cognitiveservices.azure.com"), "a-key", AuthenticationMode.EntraId));
        var none = await credentials.ChooseAsync(Resource(new Uri("https://contoso.cognitiveservices.azure.com"), "a-key", AuthenticationMode.EntraId));

        Assert.True(withToken.Credential!.IsToken);
        Assert.Null(none.Credential);
        Assert.Equal(
            new[] { "environment variable UNSET_TOKEN (not set)", "the Azure CLI (az) (az exited with code 1)", "the Azure Developer CLI (azd) (azd was not found on PATH)" },
            none.Tried);
    }

    [Theory]
    [InlineData("eastus.api.cognitive.microsoft.com", true)]
    [InlineData("usgovvirginia.api.cognitive.microsoft.us", true)]
    [InlineData("chinaeast2.api.cognitive.azure.cn", true)]
    [InlineData("contoso.cognitiveservices.azure.com", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("localhost", false)]
    public void Regional_hosts_are_recognised(string host, bool regional) =>
        Assert.Equal(regional, CredentialResolver.IsRegionalHost(host));

    [Fact]
    public async Task Resolver_sends_the_token_as_a_bearer_header_says_where_it_came_from_and_stores_it_nowhere()
    {
        await using var accepting = await SpeechEmulator.StartAsync(Options(o => o.BearerTokens.Add(Token)));
        using var cache = new TempDirectory();
        using var budget = Emulators.Budget();
        var log = new ListLog();
        var (credentials, _, path) = Credentials(Token);
        using var _ = path;
        var settings = new ResolverSettings { DefaultResource = Resource(accepting.BaseAddress, null, AuthenticationMode.EntraId) };

        var snapshot = await Resolver(settings, cache, log, budget, credentials).ResolveAsync(new[] { new ScannedReference(ReferenceKind.BaseModel, Seed.ExpiredBase, null) });

        Assert.Equal(LookupStatus.Resolved, Assert.Single(snapshot.Entries).Lookup);
        Assert.All(accepting.Requests, r => Assert.True(r.HadBearerToken && !r.HadKeyHeader));
        Assert.Contains(log.Messages, m => m.Code == TaskMessageCodes.CredentialChosen && m.Message.Contains("the Azure CLI (az)", StringComparison.Ordinal));
        Assert.Contains(log.Messages, m => m.Code == TaskMessageCodes.TokenSourceFailed && m.Message.Contains("UNSET_TOKEN", StringComparison.Ordinal));
        Assert.Empty(log.Warnings);
        Assert.DoesNotContain(cache.AllFileTexts(), text => text.Contains(Token, StringComparison.Ordinal));
        Assert.DoesNotContain(log.Messages.Concat(log.Warnings), m => m.Message.Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Token_without_the_role_gets_SPLT005_naming_the_source_and_the_role()
    {
        await using var emulator = await SpeechEmulator.StartAsync(Options(o => o.BearerTokensWithoutRole.Add(Token)));
        using var cache = new TempDirectory();
        using var budget = Emulators.Budget();
        var log = new ListLog();
        var (credentials, _, path) = Credentials(Token);
        using var _ = path;
        var settings = new ResolverSettings { DefaultResource = Resource(emulator.BaseAddress, null, AuthenticationMode.Automatic) };

        var snapshot = await Resolver(settings, cache, log, budget, credentials).ResolveAsync(new[] { new ScannedReference(ReferenceKind.BaseModel, Seed.ExpiredBase, null) });

        var (code, message) = Assert.Single(log.Warnings);
        Assert.Equal(TaskMessageCodes.AuthenticationFailed, code);
        Assert.Contains("HTTP 403", message, StringComparison.Ordinal);
        Assert.Contains("the Azure CLI (az)", message, StringComparison.Ordinal);
        Assert.Contains("Cognitive Services Speech User", message, StringComparison.Ordinal);
        var entry = Assert.Single(snapshot.Entries);
        Assert.Equal(UnavailableReason.AuthenticationFailed, entry.UnavailableReason);
        Assert.Contains("Cognitive Services Speech User", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, message, StringComparison.Ordinal);
        Assert.Empty(cache.AllFileTexts());
    }

    [Fact]
    public async Task No_credential_sends_nothing_and_SPLT004_lists_the_sources_tried()
    {
        await using var emulator = await SpeechEmulator.StartAsync(Options(o => o.BearerTokens.Add(Token)));
        using var cache = new TempDirectory();
        using var budget = Emulators.Budget();
        var log = new ListLog();
        var (credentials, _, path) = Credentials(azToken: null);
        using var _ = path;
        var settings = new ResolverSettings { DefaultResource = Resource(emulator.BaseAddress, null, AuthenticationMode.Automatic) };

        var snapshot = await Resolver(settings, cache, log, budget, credentials).ResolveAsync(new[] { new ScannedReference(ReferenceKind.BaseModel, Seed.ExpiredBase, null) });

        Assert.Equal(0, emulator.CountRequests());
        var (code, message) = Assert.Single(log.Warnings);
        Assert.Equal(TaskMessageCodes.MissingKey, code);
        Assert.Contains("environment variable MY_KEY (not set), environment variable UNSET_TOKEN (not set), the Azure CLI (az) (az exited with code 1), the Azure Developer CLI (azd) (azd was not found on PATH)", message, StringComparison.Ordinal);
        Assert.Equal(UnavailableReason.NoCredentialForHost, Assert.Single(snapshot.Entries).UnavailableReason);
    }

    [Fact]
    public async Task Token_on_a_regional_host_gets_SPLT020()
    {
        using var cache = new TempDirectory();
        using var budget = Emulators.Budget();
        var log = new ListLog();
        var (credentials, _, path) = Credentials(Token);
        using var _ = path;
        var settings = new ResolverSettings { DefaultResource = Resource(new Uri("https://eastus.api.cognitive.microsoft.com"), null, AuthenticationMode.EntraId) };
        using var refusing = new RefusingHandler();
        Assert.True(SpeechApiVersion.TryParse("2025-10-15", out var version));
        var resolver = new LifecycleResolver(settings, new LifecycleCache(cache.Path, Day), log, resource => new SpeechRestClient(resource, version, budget, refusing), credentials);

        await resolver.ResolveAsync(new[] { new ScannedReference(ReferenceKind.BaseModel, Seed.ExpiredBase, null) });

        Assert.Contains(log.Warnings, w => w.Code == TaskMessageCodes.TokenOnRegionalHost && w.Message.Contains("custom-subdomain", StringComparison.Ordinal));
        Assert.Contains(log.Warnings, w => w.Code == TaskMessageCodes.AuthenticationFailed && w.Message.Contains("HTTP 401", StringComparison.Ordinal));
        Assert.Equal("Bearer", refusing.Scheme);
    }

    /// <summary>Answers 401 without any network, remembering the authorization scheme it saw.</summary>
    private sealed class RefusingHandler : HttpMessageHandler
    {
        public string? Scheme { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Scheme = request.Headers.Authorization?.Scheme;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Unauthorized) { Content = new StringContent("{\"error\":{\"code\":\"401\",\"message\":\"Access denied.\"}}") });
        }
    }

    private static EmulatorOptions Options(Action<EmulatorOptions> configure)
    {
        var options = new EmulatorOptions { DataJson = Seed.Json() };
        configure(options);
        return options;
    }

    private static LifecycleResolver Resolver(ResolverSettings settings, TempDirectory cache, ListLog log, RequestBudget budget, CredentialResolver credentials)
    {
        Assert.True(SpeechApiVersion.TryParse("2025-10-15", out var version));
        return new LifecycleResolver(settings, new LifecycleCache(cache.Path, Day), log, resource => new SpeechRestClient(resource, version, budget), credentials);
    }
}
