using System;
using System.Net;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// A configured Speech resource: where look-ups go, how it authenticates, and which environment variables hold its key
/// and token.
/// </summary>
public sealed class SpeechResource
{
    /// <summary>The default of <c>SpeechLifecycleTokenVariable</c>.</summary>
    public const string DefaultTokenVariable = "SPEECH_TOKEN";

    public SpeechResource(Uri address, string keyVariable, string? key)
        : this(address, keyVariable, key, AuthenticationMode.Automatic, DefaultTokenVariable)
    {
    }

    public SpeechResource(Uri address, string keyVariable, string? key, AuthenticationMode authentication, string tokenVariable)
    {
        Address = address;
        Host = address.Host.ToLowerInvariant();
        KeyVariable = keyVariable;
        Key = key;
        Authentication = authentication;
        TokenVariable = tokenVariable;
        Credential = key is null || authentication == AuthenticationMode.EntraId ? null : Credential.FromKey(key, keyVariable);
    }

    private SpeechResource(SpeechResource resource, Credential credential)
        : this(resource.Address, resource.KeyVariable, resource.Key, resource.Authentication, resource.TokenVariable)
    {
        Credential = credential;
    }

    public Uri Address { get; }

    /// <summary>Lower-case host; references that name this host are resolved here.</summary>
    public string Host { get; }

    public string KeyVariable { get; }

    /// <summary>The key, or null when the variable is unset. Only ever sent as a header to <see cref="Address"/>.</summary>
    public string? Key { get; }

    public AuthenticationMode Authentication { get; }

    /// <summary>The name of the environment variable that may hold a Microsoft Entra ID token (never the token).</summary>
    public string TokenVariable { get; }

    /// <summary>
    /// What the client sends: the key when there is one and the mode allows it; after the resolver chose a credential
    /// (<see cref="WithCredential"/>), that one. Only ever sent as a header to <see cref="Address"/>.
    /// </summary>
    public Credential? Credential { get; }

    /// <summary>This resource with the credential the resolver chose for it.</summary>
    public SpeechResource WithCredential(Credential credential) => new(this, credential);

    /// <summary>Host plus non-default port: distinguishes two emulators on one loopback address in cache file names.</summary>
    public string CacheHost => Address.IsDefaultPort ? Host : Host + "_" + Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a resource URL. https is required except for loopback hosts (a local emulator), so a key never
    /// travels in clear text. <paramref name="problem"/> says what is wrong; <paramref name="insecure"/> flags plain http.
    /// </summary>
    public static bool TryParseAddress(string? text, out Uri? address, out bool insecure)
    {
        address = null;
        insecure = false;
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text!.Trim(), UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            address = uri;
            return true;
        }

        if (uri.Scheme == Uri.UriSchemeHttp)
        {
            if (IsLoopback(uri))
            {
                address = uri;
                return true;
            }

            insecure = true;
        }

        return false;
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
