using System;

namespace SpeechLifecycle.Snapshots;

/// <summary>Writes docs/snapshot-format.md with a stable order (kind, host, ID; candidates by locale, host, ID) so diffs are reviewable.</summary>
public static class LifecycleSnapshotWriter
{
    public static string Write(LifecycleSnapshot snapshot) => throw new NotImplementedException();
}
