namespace SpeechLifecycle.Evaluation;

public enum ExpiryState
{
    Healthy,
    ExpiringSoon,
    Expired,

    /// <summary>Neither the service nor the quarter rule gave a date for this route.</summary>
    NoDate,
}
