using System.Net;

namespace SpeechLifecycle.Emulator;

/// <summary>How a <see cref="SpeechEmulator"/> starts: its data, the keys it accepts, its port and limits.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Path of a seed file (docs/emulator.md "Seed data"). Ignored when <see cref="DataJson"/> is set.</summary>
    public string? DataFile { get; set; }

    /// <summary>Seed data as JSON text; takes precedence over <see cref="DataFile"/>.</summary>
    public string? DataJson { get; set; }

    /// <summary>Values accepted in <c>Ocp-Apim-Subscription-Key</c>.</summary>
    public IList<string> ApiKeys { get; } = new List<string> { "emulator-key" };

    /// <summary>
    /// Microsoft Entra ID tokens accepted in <c>Authorization: Bearer …</c> (none by default). Any other bearer token is
    /// a 401, like the gateway's answer to an invalid or foreign token.
    /// </summary>
    public IList<string> BearerTokens { get; } = new List<string>();

    /// <summary>Valid tokens whose identity lacks a data-plane role (no Cognitive Services Speech User): 403.</summary>
    public IList<string> BearerTokensWithoutRole { get; } = new List<string>();

    /// <summary>0 = a free port.</summary>
    public int Port { get; set; }

    /// <summary>Loopback only: the emulator refuses any other address.</summary>
    public IPAddress ListenAddress { get; set; } = IPAddress.Loopback;

    /// <summary>null = off; <c>new RateLimit(100, TimeSpan.FromSeconds(10))</c> = the service's documented limit.</summary>
    public RateLimit? RateLimit { get; set; }

    /// <summary>
    /// Versions the emulator refuses like the service refuses a retired one: a path version (<c>v3.2</c>) answers the
    /// gateway's 404 for every route, a query version (<c>2024-05-15-preview</c>) the service's 400
    /// <c>InvalidApiVersion</c>. Default: v3.0 and the previews, which Microsoft retired on 2026-03-31 without
    /// contradiction in its docs; v3.1 and v3.2 stay served because the docs disagree about them.
    /// </summary>
    public IList<string> RetiredPathVersions { get; } = new List<string>(ApiVersion.DefaultRetiredPathVersions);

    /// <summary>Seeds the draws of fault rules with a <see cref="FaultRule.Probability"/> below 1, so a flaky run repeats.</summary>
    public int FaultSeed { get; set; }

    /// <summary>The rate limiter's clock; tests replace it to cross a window without waiting.</summary>
    internal TimeProvider Clock { get; set; } = TimeProvider.System;
}

/// <summary>A fixed window: at most <paramref name="PermitLimit"/> accepted requests per <paramref name="Window"/>.</summary>
public sealed record RateLimit(int PermitLimit, TimeSpan Window);

/// <summary>One request as the emulator saw it. <see cref="StatusCode"/> is 0 while no answer has been decided (e.g. Hang).</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, DateTimeOffset ReceivedAt, int StatusCode, bool HadKeyHeader)
{
    /// <summary>The request carried <c>Authorization: Bearer …</c> (the token itself is never recorded).</summary>
    public bool HadBearerToken { get; init; }

    /// <summary>The names (never the values) of every header the request carried, e.g. to prove no credential reached a host.</summary>
    public IReadOnlyList<string> HeaderNames { get; init; } = Array.Empty<string>();

    /// <summary>True when the request carried the key header or an <c>Authorization</c> header (a token).</summary>
    public bool HadCredential => HadKeyHeader || HadBearerToken || HeaderNames.Contains("Authorization", StringComparer.OrdinalIgnoreCase);
}
