using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SpeechLifecycle.Tasks;

/// <summary>The credential chosen for a resource, or none, with what was tried in order (for SPLT004 and SPL9001).</summary>
public sealed class CredentialChoice
{
    public CredentialChoice(Credential? credential, IReadOnlyList<string> tried, IReadOnlyList<TokenAttempt> failedTokenSources, bool triedEntraId)
    {
        Credential = credential;
        Tried = tried;
        FailedTokenSources = failedTokenSources;
        TriedEntraId = triedEntraId;
    }

    public Credential? Credential { get; }

    /// <summary>Each source tried, in order, with why it gave nothing: "environment variable SPEECH_KEY (not set)".</summary>
    public IReadOnlyList<string> Tried { get; }

    /// <summary>Token sources that were tried and failed, also when a later one succeeded.</summary>
    public IReadOnlyList<TokenAttempt> FailedTokenSources { get; }

    /// <summary>False in Key mode, or when no token sources are available (the resolver's tests).</summary>
    public bool TriedEntraId { get; }
}

/// <summary>
/// Chooses a resource's credential by its <see cref="AuthenticationMode"/>: Key → the key variable; EntraId → the token
/// sources; Automatic → the key when its variable is set, else the token sources. Plain logic over the already-read key
/// and an <see cref="EntraTokenProvider"/> (null = no token sources, key only).
/// </summary>
public sealed class CredentialResolver
{
    private readonly EntraTokenProvider? _tokens;

    public CredentialResolver(EntraTokenProvider? tokens) => _tokens = tokens;

    public async Task<CredentialChoice> ChooseAsync(SpeechResource resource, CancellationToken cancellationToken = default)
    {
        var tried = new List<string>();
        if (resource.Authentication != AuthenticationMode.EntraId)
        {
            if (resource.Key is not null)
            {
                return new CredentialChoice(Credential.FromKey(resource.Key, resource.KeyVariable), tried, Array.Empty<TokenAttempt>(), triedEntraId: false);
            }

            tried.Add($"environment variable {resource.KeyVariable} (not set)");
            if (resource.Authentication == AuthenticationMode.Key || _tokens is null)
            {
                return new CredentialChoice(null, tried, Array.Empty<TokenAttempt>(), triedEntraId: false);
            }
        }

        if (_tokens is null)
        {
            tried.Add("Microsoft Entra ID (no token source available)");
            return new CredentialChoice(null, tried, Array.Empty<TokenAttempt>(), triedEntraId: true);
        }

        var attempts = await _tokens.GetTokenAsync(resource.TokenVariable, cancellationToken).ConfigureAwait(false);
        var failed = attempts.Where(attempt => attempt.Token is null).ToList();
        tried.AddRange(failed.Select(attempt => attempt.ToString()));
        return new CredentialChoice(attempts.Select(attempt => attempt.Token).LastOrDefault(token => token is not null), tried, failed, triedEntraId: true);
    }

    /// <summary>
    /// A regional management host (<c>eastus.api.cognitive.microsoft.com</c> and its sovereign forms): Microsoft Entra
    /// ID tokens are accepted only on a resource's custom subdomain (<c>&lt;name&gt;.cognitiveservices.azure.com</c>).
    /// </summary>
    public static bool IsRegionalHost(string host) =>
        host.EndsWith(".api.cognitive.microsoft.com", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".api.cognitive.microsoft.us", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".api.cognitive.azure.cn", StringComparison.OrdinalIgnoreCase);
}
