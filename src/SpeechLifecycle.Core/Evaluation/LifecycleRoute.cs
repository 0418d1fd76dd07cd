namespace SpeechLifecycle.Evaluation;

/// <summary>How code uses a reference; decides which date matters and what expiry means for the user.</summary>
public enum LifecycleRoute
{
    /// <summary>Batch/fast transcription names the model: after its transcription date requests fail with 4xx.</summary>
    Transcription,

    /// <summary>The model is the <c>baseModel</c> of a training request: after its adaptation date training is refused.</summary>
    Training,

    /// <summary>A custom endpoint: after its model's transcription date recognition silently falls back to the latest base model.</summary>
    Endpoint,
}
