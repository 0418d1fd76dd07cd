using System;

namespace SpeechLifecycle.Snapshots;

/// <summary>
/// Reads docs/snapshot-format.md. Tolerant of unknown fields and missing dates; strict about corruption: malformed
/// JSON, a wrong format version, an invalid GUID or date returns false with a message that names the problem and
/// where it is. Never throws.
/// </summary>
public static class LifecycleSnapshotReader
{
    public static bool TryRead(string text, out LifecycleSnapshot? snapshot, out string? error) => throw new NotImplementedException();
}
