using System;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Tasks;

/// <summary>One distinct thing to look up: (kind, ID, host written in the reference or null). Equality is that triple.</summary>
public sealed class ScannedReference : IEquatable<ScannedReference>
{
    public ScannedReference(ReferenceKind kind, Guid id, string? host)
    {
        Kind = kind;
        Id = id;
        Host = string.IsNullOrEmpty(host) ? null : host!.ToLowerInvariant();
    }

    public ReferenceKind Kind { get; }

    public Guid Id { get; }

    public string? Host { get; }

    public bool Equals(ScannedReference? other) => other is not null && Kind == other.Kind && Id == other.Id && Host == other.Host;

    public override bool Equals(object? obj) => Equals(obj as ScannedReference);

    public override int GetHashCode() => (Kind, Id, Host).GetHashCode();

    public override string ToString() => $"{Kind} {Id:D}" + (Host is null ? string.Empty : " @" + Host);
}
