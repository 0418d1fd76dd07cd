using System;

namespace SpeechLifecycle.Recognition;

/// <summary>
/// One model or endpoint ID found in text. <see cref="Start"/>/<see cref="Length"/> cover the whole URI (or the GUID
/// when it stands alone) within the text that was scanned, so callers can map it onto a literal or a JSON value.
/// </summary>
public sealed class ModelReference : IEquatable<ModelReference>
{
    public ModelReference(ReferenceKind kind, Guid id, string? host, string? apiVersion, ReferenceForm form, int start, int length, int idStart = -1)
    {
        Kind = kind;
        Id = id;
        Host = host?.ToLowerInvariant();
        ApiVersion = apiVersion;
        Form = form;
        Start = start;
        Length = length;
        IdStart = idStart;
    }

    public ReferenceKind Kind { get; }

    public Guid Id { get; }

    /// <summary>Lower-case host name written in the reference (no scheme, no port), or null for a bare ID.</summary>
    public string? Host { get; }

    /// <summary><c>v3.0</c>, <c>v3.2-preview.2</c>, <c>2025-10-15</c>, ...; null when the reference carries none.</summary>
    public string? ApiVersion { get; }

    public ReferenceForm Form { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>Offset of the GUID text within the scanned text (-1 when unknown); code fixes replace exactly that span.</summary>
    public int IdStart { get; }

    /// <summary>True when <see cref="ApiVersion"/> is a retired Speech-to-text path version.</summary>
    public bool UsesRetiredApiVersion => ApiVersionCatalog.IsRetired(ApiVersion);

    public ModelReference WithKind(ReferenceKind kind) => new(kind, Id, Host, ApiVersion, Form, Start, Length, IdStart);

    public ModelReference Offset(int delta) => new(Kind, Id, Host, ApiVersion, Form, Start + delta, Length, IdStart < 0 ? -1 : IdStart + delta);

    public bool Equals(ModelReference? other) =>
        other is not null && Kind == other.Kind && Id == other.Id && Host == other.Host && ApiVersion == other.ApiVersion
        && Form == other.Form && Start == other.Start && Length == other.Length && IdStart == other.IdStart;

    public override bool Equals(object? obj) => Equals(obj as ModelReference);

    public override int GetHashCode() => Id.GetHashCode() ^ Start;

    public override string ToString() => $"{Kind} {Id} host={Host ?? "-"} version={ApiVersion ?? "-"} {Form} [{Start},{Length})";
}
