using System;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Snapshots;

/// <summary>A link from one entry to another: an endpoint's deployed model, a custom model's base model.</summary>
public sealed class EntityLink
{
    public EntityLink(ReferenceKind kind, Guid id, string? host)
    {
        Kind = kind;
        Id = id;
        Host = host?.ToLowerInvariant();
    }

    public ReferenceKind Kind { get; }

    public Guid Id { get; }

    public string? Host { get; }
}
