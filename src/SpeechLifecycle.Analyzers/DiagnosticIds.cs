namespace SpeechLifecycle.Analyzers;

/// <summary>
/// The one registry of diagnostic IDs (CONTRACT §2). Ranges: 1xxx lifecycle of a model or endpoint, 2xxx API
/// usage, 9xxx data availability. A retired ID stays here as a comment and is never reused.
/// </summary>
public static class DiagnosticIds
{
    public const string ModelExpiredForTranscription = "SPL1001";
    public const string ModelExpiresSoonForTranscription = "SPL1002";
    public const string BaseModelTrainingClosed = "SPL1003";
    public const string BaseModelTrainingClosesSoon = "SPL1004";
    public const string EndpointModelExpired = "SPL1005";
    public const string EndpointModelExpiresSoon = "SPL1006";
    public const string ReferenceNotFound = "SPL1007";
    public const string RetiredApiVersion = "SPL2001";
    public const string ApiVersionRetirementAnnounced = "SPL2002";
    public const string LifecycleDataUnavailable = "SPL9001";
    public const string LifecycleDataStale = "SPL9002";

    /// <summary>
    /// Suppression IDs of AcceptanceSuppressor (SARIF's <c>suppressions</c>, the IDE's "suppressed" state): SPLS + the ID
    /// of the rule a <c>SpeechLifecycleAcceptance</c> suppresses. Not diagnostics: nothing reports them on their own.
    /// </summary>
    public static class Suppressions
    {
        public const string ModelExpiredForTranscription = "SPLS1001";
        public const string ModelExpiresSoonForTranscription = "SPLS1002";
        public const string BaseModelTrainingClosed = "SPLS1003";
        public const string BaseModelTrainingClosesSoon = "SPLS1004";
        public const string EndpointModelExpired = "SPLS1005";
        public const string EndpointModelExpiresSoon = "SPLS1006";
        public const string ReferenceNotFound = "SPLS1007";
    }
}
