namespace SpeechLifecycle.Recognition;

/// <summary>How a reference was written, which decides how a code fix may rewrite it.</summary>
public enum ReferenceForm
{
    /// <summary>A Speech-to-text management URI: <c>https://host/speechtotext/[v3.x/]models/...</c>.</summary>
    ManagementUri,

    /// <summary>A real-time STT URI that carries an endpoint ID in <c>?cid=</c>.</summary>
    RecognitionUri,

    /// <summary>A GUID on its own (SDK endpoint IDs, config values, <c>SpeechModel</c> items).</summary>
    BareId,
}
