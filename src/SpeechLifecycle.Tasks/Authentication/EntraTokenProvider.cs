using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using SpeechLifecycle.Json;

namespace SpeechLifecycle.Tasks;

/// <summary>One source's answer: a token, or why there is none (never the source's output).</summary>
public sealed class TokenAttempt
{
    public TokenAttempt(string source, Credential? token, string? failure)
    {
        Source = source;
        Token = token;
        Failure = failure;
    }

    /// <summary>"environment variable SPEECH_TOKEN", "the Azure CLI (az)", "the Azure Developer CLI (azd)".</summary>
    public string Source { get; }

    public Credential? Token { get; }

    /// <summary>"not set", "az was not found on PATH", "az exited with code 1", "output was not a token", ….</summary>
    public string? Failure { get; }

    public override string ToString() => Token is null ? $"{Source} ({Failure})" : Source;
}

/// <summary>
/// Gets a Microsoft Entra ID token for <see cref="Scope"/>, trying in order: the token variable, the Azure CLI, the
/// Azure Developer CLI. Each CLI runs at most once per instance (one instance per task run, so one token per run for
/// the scope and the CLI's signed-in tenant); tokens live in memory only. The CLIs' output is parsed and dropped:
/// failures are described by exit code or shape, never by what the tool printed.
/// </summary>
public sealed class EntraTokenProvider
{
    /// <summary>The one scope requested: Azure AI services data plane, public cloud.</summary>
    public const string Scope = "https://cognitiveservices.azure.com/.default";

    /// <summary>The Azure CLI's name for the same audience (<c>--resource</c> takes no <c>/.default</c>).</summary>
    public const string ResourceId = "https://cognitiveservices.azure.com";

    public const string AzureCliSource = "the Azure CLI (az)";
    public const string AzureDeveloperCliSource = "the Azure Developer CLI (azd)";

    private static readonly string[] AzureCliArguments = { "account", "get-access-token", "--resource", ResourceId, "--output", "json" };
    private static readonly string[] AzureDeveloperCliArguments = { "auth", "token", "--scope", Scope, "--output", "json" };

    private readonly Func<string, string?> _environment;
    private readonly ICommandRunner _runner;
    private readonly Func<TimeSpan> _timeLeft;
    private readonly bool _isWindows;
    private readonly Func<DateTimeOffset> _now;
    private readonly ConcurrentDictionary<string, Lazy<Task<TokenAttempt>>> _attempts = new(StringComparer.Ordinal);

    /// <param name="environment">Reads an environment variable (PATH, PATHEXT and the token variable).</param>
    /// <param name="timeLeft">How long a CLI may run: the task's remaining network budget, capped per request.</param>
    public EntraTokenProvider(Func<string, string?> environment, ICommandRunner runner, Func<TimeSpan> timeLeft, bool? isWindows = null, Func<DateTimeOffset>? now = null)
    {
        _environment = environment;
        _runner = runner;
        _timeLeft = timeLeft;
        _isWindows = isWindows ?? System.IO.Path.DirectorySeparatorChar == '\\';
        _now = now ?? (() => DateTimeOffset.UtcNow);
    }

    /// <summary>Every source in order until one gives a token; the attempts say what was tried and why each failed.</summary>
    public async Task<IReadOnlyList<TokenAttempt>> GetTokenAsync(string tokenVariable, CancellationToken cancellationToken = default)
    {
        var attempts = new List<TokenAttempt>();
        foreach (var source in new[] { "var:" + tokenVariable, "az", "azd" })
        {
            var attempt = await _attempts.GetOrAdd(source, key => new Lazy<Task<TokenAttempt>>(() => TryAsync(key, cancellationToken))).Value.ConfigureAwait(false);
            attempts.Add(attempt);
            if (attempt.Token is not null)
            {
                break;
            }
        }

        return attempts;
    }

    private Task<TokenAttempt> TryAsync(string source, CancellationToken cancellationToken) => source switch
    {
        "az" => FromCliAsync(AzureCliSource, "az", AzureCliArguments, ParseAzureCli, cancellationToken),
        "azd" => FromCliAsync(AzureDeveloperCliSource, "azd", AzureDeveloperCliArguments, ParseAzureDeveloperCli, cancellationToken),
        _ => Task.FromResult(FromVariable(source.Substring("var:".Length))),
    };

    private TokenAttempt FromVariable(string variable)
    {
        var source = "environment variable " + variable;
        var value = _environment(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return new TokenAttempt(source, null, "not set");
        }

        var token = value!.Trim();
        if (token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            token = token.Substring("Bearer ".Length).Trim();
        }

        return IsTokenShaped(token)
            ? new TokenAttempt(source, Credential.FromToken(token, source), null)
            : new TokenAttempt(source, null, "its value is not a token");
    }

    private async Task<TokenAttempt> FromCliAsync(string source, string tool, string[] arguments, Func<JsonValue, (string? Token, DateTimeOffset? ExpiresOn)> parse, CancellationToken cancellationToken)
    {
        var executable = ExecutableLocator.Find(tool, _environment("PATH"), _environment("PATHEXT"), _isWindows);
        if (executable is null)
        {
            return new TokenAttempt(source, null, $"{tool} was not found on PATH");
        }

        var timeout = _timeLeft();
        if (timeout <= TimeSpan.Zero)
        {
            return new TokenAttempt(source, null, "not run: the time budget had run out");
        }

        var result = await _runner.RunAsync(executable, arguments, timeout, cancellationToken).ConfigureAwait(false);
        // Whole seconds in the text below: it may reach the generated snapshot, which must not change from run to run.
        switch (result.Status)
        {
            case CommandStatus.CouldNotStart:
                return new TokenAttempt(source, null, $"{tool} could not be started");
            case CommandStatus.TimedOut:
                return new TokenAttempt(source, null, $"{tool} gave no answer within {Math.Max(1, Math.Round(timeout.TotalSeconds)).ToString("0", CultureInfo.InvariantCulture)} s and was stopped");
        }

        if (result.ExitCode != 0)
        {
            // Usually "not signed in"; what the tool printed may hold account details, so only the code is told.
            return new TokenAttempt(source, null, $"{tool} exited with code {result.ExitCode.ToString(CultureInfo.InvariantCulture)}");
        }

        (string? Token, DateTimeOffset? ExpiresOn) parsed;
        try
        {
            var json = JsonParser.Parse(result.Output);
            parsed = json.Kind == JsonKind.Object ? parse(json) : (null, null);
        }
        catch (JsonParseException)
        {
            parsed = (null, null);
        }

        if (parsed.Token is null || !IsTokenShaped(parsed.Token))
        {
            return new TokenAttempt(source, null, $"{tool}'s output was not a token");
        }

        if (parsed.ExpiresOn is { } expiresOn && expiresOn <= _now())
        {
            return new TokenAttempt(source, null, $"{tool} gave a token that has already expired");
        }

        return new TokenAttempt(source, Credential.FromToken(parsed.Token, source), null);
    }

    /// <summary><c>az account get-access-token --output json</c>: <c>accessToken</c>, <c>expires_on</c> (epoch seconds, newer CLIs) or <c>expiresOn</c> (local time).</summary>
    public static (string? Token, DateTimeOffset? ExpiresOn) ParseAzureCli(JsonValue json)
    {
        DateTimeOffset? expires = null;
        if (json["expires_on"] is { } epoch && long.TryParse(epoch.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        else if (json["expiresOn"]?.Text is { } local
            && DateTimeOffset.TryParse(local, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var parsed))
        {
            expires = parsed;
        }

        return (json["accessToken"] is { Kind: JsonKind.String } token ? token.Text : null, expires);
    }

    /// <summary><c>azd auth token --output json</c>: <c>token</c>, <c>expiresOn</c> (ISO 8601 with offset).</summary>
    public static (string? Token, DateTimeOffset? ExpiresOn) ParseAzureDeveloperCli(JsonValue json)
    {
        DateTimeOffset? expires = null;
        if (json["expiresOn"]?.Text is { } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            expires = parsed;
        }

        return (json["token"] is { Kind: JsonKind.String } token ? token.Text : null, expires);
    }

    /// <summary>
    /// A bearer token as RFC 6750 writes it (letters, digits and <c>-._~+/=</c>), of a plausible length: anything else
    /// (a message, a prompt, an empty string) is not sent, so it cannot break or smuggle a header.
    /// </summary>
    public static bool IsTokenShaped(string token)
    {
        if (token.Length < 16 || token.Length > 16 * 1024)
        {
            return false;
        }

        foreach (var c in token)
        {
            var allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '-' or '.' or '_' or '~' or '+' or '/' or '=';
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }
}
