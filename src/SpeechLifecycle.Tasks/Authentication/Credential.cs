using System.Net.Http;
using System.Net.Http.Headers;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// A key or a Microsoft Entra ID token and where it came from. The secret is reachable only through
/// <see cref="Apply"/>, which puts it into a request header: nothing here formats it into text, so it cannot end up
/// in a log, a snapshot or a diagnostic by accident.
/// </summary>
public sealed class Credential
{
    private const string KeyHeader = "Ocp-Apim-Subscription-Key";

    private readonly string _secret;

    private Credential(bool isToken, string secret, string source)
    {
        IsToken = isToken;
        _secret = secret;
        Source = source;
    }

    /// <summary>True for a Microsoft Entra ID bearer token, false for a resource key.</summary>
    public bool IsToken { get; }

    /// <summary>Where it came from, for messages: "environment variable SPEECH_KEY", "the Azure CLI (az)", ….</summary>
    public string Source { get; }

    /// <summary>"the key from environment variable SPEECH_KEY", "the Microsoft Entra ID token from the Azure CLI (az)".</summary>
    public string Description => (IsToken ? "the Microsoft Entra ID token from " : "the key from ") + Source;

    public static Credential FromKey(string key, string variable) => new(false, key, "environment variable " + variable);

    public static Credential FromToken(string token, string source) => new(true, token, source);

    /// <summary>The one place the secret leaves this object: the header of a request to a configured resource.</summary>
    public void Apply(HttpRequestMessage request)
    {
        if (IsToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _secret);
        }
        else
        {
            request.Headers.TryAddWithoutValidation(KeyHeader, _secret);
        }
    }

    public override string ToString() => Description;
}
