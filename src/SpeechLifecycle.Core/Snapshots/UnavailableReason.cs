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
}
