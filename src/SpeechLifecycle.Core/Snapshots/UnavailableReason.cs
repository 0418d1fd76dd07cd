namespace SpeechLifecycle.Snapshots;

/// <summary>Why a reference has no lifecycle data; SPL9001's message is chosen from it.</summary>
public enum UnavailableReason
{
    None,
    NoEndpointConfigured,
    NoKeyForHost,
    AuthenticationFailed,
    ServiceUnreachable,
    ServiceError,
    BudgetExhausted,
    Offline,

    /// <summary>
    /// No key and no Microsoft Entra ID token for the host. Written by tasks that try tokens; <see cref="NoKeyForHost"/>
    /// remains for key-only authentication and for snapshots written before tokens existed.
    /// </summary>
    NoCredentialForHost,
}
