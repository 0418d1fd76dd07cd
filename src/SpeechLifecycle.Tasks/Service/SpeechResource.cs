using System;
using System.Net;

namespace SpeechLifecycle.Tasks;

/// <summary>A configured Speech resource: where look-ups go and which environment variable holds its key.</summary>
public sealed class SpeechResource
{
    public SpeechResource(Uri address, string keyVariable, string? key)
    {
        Address = address;
        Host = address.Host.ToLowerInvariant();
        KeyVariable = keyVariable;
        Key = key;
    }

    public Uri Address { get; }

    /// <summary>Lower-case host; references that name this host are resolved here.</summary>
    public string Host { get; }

    public string KeyVariable { get; }

    /// <summary>The key, or null when the variable is unset. Only ever sent as a header to <see cref="Address"/>.</summary>
    public string? Key { get; }

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
