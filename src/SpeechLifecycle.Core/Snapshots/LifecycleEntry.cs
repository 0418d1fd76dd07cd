using System;
using System.Collections.Generic;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Snapshots;

/// <summary>
/// What the service said about one model or endpoint, plus where that came from. Used both for the references a
/// project makes and for the per-locale replacement candidates. Format: docs/snapshot-format.md.
/// </summary>
public sealed class LifecycleEntry
{
    public ReferenceKind Kind { get; set; }

    public Guid Id { get; set; }

    /// <summary>Lower-case host of the resource that answered (or that the reference named); null = default resource.</summary>
    public string? Host { get; set; }

    public string? Locale { get; set; }

    public string? DisplayName { get; set; }

    public string? Status { get; set; }

    public DateTime? CreatedDateTime { get; set; }

    public DateTime? AdaptationDateTime { get; set; }

    public DateTime? TranscriptionDateTime { get; set; }

    /// <summary>True when the dates above were computed with the quarter rule, not given by the service.</summary>
    public bool DatesEstimated { get; set; }

    /// <summary>Project ID of a custom model (2025-10-15 and v3.x return it), for "newer model of the same project".</summary>
    public string? Project { get; set; }

    /// <summary>An endpoint's deployed model.</summary>
    public EntityLink? Model { get; set; }

    /// <summary>A custom model's base model.</summary>
    public EntityLink? BaseModel { get; set; }

    public bool SupportsTranscriptions { get; set; } = true;

    public bool SupportsEndpoints { get; set; } = true;

    public bool SupportsAdaptation { get; set; } = true;

    public DataOrigin Origin { get; set; }

    public DateTime? FetchedAt { get; set; }

    public LookupStatus Lookup { get; set; }

    public UnavailableReason UnavailableReason { get; set; }

    /// <summary>Free text that completes <see cref="UnavailableReason"/> or a 404 (e.g. which resource to configure); never holds a key.</summary>
    public string? Detail { get; set; }

    /// <summary>True when this is older than the cache lifetime and refreshing it failed (SPL9002).</summary>
    public bool IsStale { get; set; }

    /// <summary>
    /// In a committed snapshot shared by several projects: the projects whose <c>SpeechLifecycleUpdateSnapshot</c>
    /// contributed this entry, as paths relative to the snapshot's folder with '/' separators, sorted. Null = not
    /// recorded (a single-project snapshot, an older writer, a hand-written entry).
    /// </summary>
    public List<string>? Projects { get; set; }
}
