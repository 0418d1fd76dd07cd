namespace SpeechLifecycle.Snapshots;

/// <summary>Where a figure in a snapshot came from.</summary>
public enum DataOrigin
{
    /// <summary>Fetched from the service in this build.</summary>
    Service,

    /// <summary>Read from the per-user cache.</summary>
    Cache,

    /// <summary>Read from the committed snapshot (<c>speech-lifecycle.json</c>).</summary>
    Snapshot,

    /// <summary>Computed with the quarter rule because the service gave no date.</summary>
    Estimate,
}
