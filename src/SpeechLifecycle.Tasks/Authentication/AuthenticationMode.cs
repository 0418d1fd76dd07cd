namespace SpeechLifecycle.Tasks;

/// <summary><c>SpeechLifecycleAuthentication</c> and the <c>Authentication</c> metadata of <c>SpeechLifecycleResource</c>.</summary>
public enum AuthenticationMode
{
    /// <summary>The key when its variable is set, otherwise a Microsoft Entra ID token.</summary>
    Automatic,

    /// <summary>The key only; no token source is tried.</summary>
    Key,

    /// <summary>A Microsoft Entra ID token only; a key in the key variable is ignored.</summary>
    EntraId,
}
