namespace SpeechLifecycle.Tasks;

/// <summary>
/// Every code the task logs (CONTRACT §4: SPLT001 for invalid knobs, SPLT0xx for the rest), in one place so
/// docs/msbuild.md can list them all. A retired code stays here as a comment and is never reused.
/// </summary>
public static class TaskMessageCodes
{
    /// <summary>Error: a property or item metadata has an invalid value; the message names it and the accepted values.</summary>
    public const string InvalidValue = "SPLT001";

    /// <summary>Error: a resource URL uses plain http:// on a host that is not loopback; nothing is sent to it.</summary>
    public const string InsecureResource = "SPLT002";

    /// <summary>Message: the task runs offline (no endpoint, offline switch, design-time build) and why.</summary>
    public const string RunningOffline = "SPLT003";

    /// <summary>Warning: a configured resource has no key in its environment variable.</summary>
    public const string MissingKey = "SPLT004";

    /// <summary>Warning: the service refused the key (401/403) for a host.</summary>
    public const string AuthenticationFailed = "SPLT005";

    /// <summary>Warning: the service could not be reached or answered with errors; cache or snapshot data was used.</summary>
    public const string ServiceUnavailable = "SPLT006";

    /// <summary>Low-importance message: a cache entry was unreadable and was discarded.</summary>
    public const string CorruptCacheEntry = "SPLT007";

    /// <summary>Warning: the committed snapshot (SpeechLifecycleSnapshot) could not be read.</summary>
    public const string UnreadableSnapshot = "SPLT008";

    /// <summary>Low-importance message: a config file could not be parsed as JSON and was skipped.</summary>
    public const string UnreadableConfigFile = "SPLT009";

    /// <summary>Warning: an unexpected exception; the task wrote an offline snapshot instead of failing the build.</summary>
    public const string UnexpectedFailure = "SPLT010";

    /// <summary>Message: the committed snapshot was written by SpeechLifecycleUpdateSnapshot.</summary>
    public const string SnapshotUpdated = "SPLT011";

    /// <summary>Warning: SpeechLifecycleUpdateSnapshot ran without a reachable resource, so the snapshot was not refreshed.</summary>
    public const string SnapshotNotUpdated = "SPLT012";

    /// <summary>Warning: the overall time budget ran out; the remaining look-ups used cache or snapshot data.</summary>
    public const string BudgetExhausted = "SPLT013";

    /// <summary>Low-importance message: the cache directory cannot be written; the run continues without caching.</summary>
    public const string CacheUnwritable = "SPLT015";

    /// <summary>Warning: a resource answered 404 for most of its look-ups at once; previous data was kept (a 404 storm).</summary>
    public const string NotFoundStorm = "SPLT016";
}
