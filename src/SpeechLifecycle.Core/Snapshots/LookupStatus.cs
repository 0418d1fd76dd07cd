namespace SpeechLifecycle.Snapshots;

public enum LookupStatus
{
    /// <summary>The entry carries the service's data.</summary>
    Resolved,

    /// <summary>The service answered 404 (SPL1007).</summary>
    NotFound,

    /// <summary>No data: see <see cref="LifecycleEntry.UnavailableReason"/> (SPL9001).</summary>
    Unavailable,
}
