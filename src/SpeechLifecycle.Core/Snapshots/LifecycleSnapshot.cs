using System;
using System.Collections.Generic;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Snapshots;

/// <summary>
/// The lifecycle data a project's analyzers see: one entry per referenced model/endpoint (plus linked models) and
/// the per-locale replacement candidates. Format: docs/snapshot-format.md.
/// </summary>
public sealed class LifecycleSnapshot
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; set; } = CurrentFormatVersion;

    public DateTime? GeneratedAt { get; set; }

    /// <summary>Free text: what produced this file (task, UpdateSnapshot target, hand-written).</summary>
    public string? Generator { get; set; }

    public List<LifecycleEntry> Entries { get; } = new();

    /// <summary>Models a code fix may switch to, by locale: base models and custom models the data knows of.</summary>
    public List<LifecycleEntry> Candidates { get; } = new();

    /// <summary>
    /// The entry for a reference: an exact host match first, then (for references without a host, or entries
    /// stored without one) the first entry with that kind and ID. <see cref="ReferenceKind.Model"/> matches either
    /// model kind.
    /// </summary>
    public LifecycleEntry? Find(ReferenceKind kind, Guid id, string? host) => throw new NotImplementedException();

    /// <summary>Merges <paramref name="other"/> into this snapshot; entries already present here win.</summary>
    public void MergeFrom(LifecycleSnapshot other) => throw new NotImplementedException();
}
