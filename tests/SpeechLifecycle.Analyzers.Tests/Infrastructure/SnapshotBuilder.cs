using System.Globalization;
using SpeechLifecycle.Analyzers.Tests.Verifiers;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Analyzers.Tests.Infrastructure;

/// <summary>
/// Builds snapshot JSON with the real <see cref="LifecycleSnapshotWriter"/>, so tests state the data they rely on
/// ("a base model whose transcription date is …") instead of pasting JSON.
/// </summary>
public sealed class SnapshotBuilder
{
    public const string EastUs = "eastus.api.cognitive.microsoft.com";

    private readonly LifecycleSnapshot _snapshot = new() { Generator = "SpeechLifecycle.Analyzers.Tests" };

    public SnapshotBuilder BaseModel(string id, string displayName, string? adaptation, string? transcription, string locale = "en-US", string? host = EastUs, string? created = null, bool estimated = false, bool stale = false, string? fetchedAt = null)
    {
        _snapshot.Entries.Add(Model(ReferenceKind.BaseModel, id, displayName, adaptation, transcription, locale, host, created, estimated, stale, fetchedAt));
        return this;
    }

    public SnapshotBuilder CustomModel(string id, string displayName, string? transcription, string locale = "en-US", string? host = EastUs, string? project = null, string? created = null, bool estimated = false, bool stale = false)
    {
        var entry = Model(ReferenceKind.CustomModel, id, displayName, null, transcription, locale, host, created, estimated, stale, null);
        entry.Project = project;
        entry.SupportsAdaptation = false;
        _snapshot.Entries.Add(entry);
        return this;
    }

    public SnapshotBuilder Endpoint(string id, string displayName, string modelId, ReferenceKind modelKind = ReferenceKind.CustomModel, string? host = EastUs, string locale = "en-US", bool stale = false)
    {
        _snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.Endpoint,
            Id = Guid.Parse(id),
            Host = host,
            Locale = locale,
            DisplayName = displayName,
            Status = "Succeeded",
            Model = new EntityLink(modelKind, Guid.Parse(modelId), host),
            Origin = DataOrigin.Service,
            Lookup = LookupStatus.Resolved,
            IsStale = stale,
        });
        return this;
    }

    public SnapshotBuilder NotFound(ReferenceKind kind, string id, string? detail = null, string? host = null)
    {
        _snapshot.Entries.Add(new LifecycleEntry { Kind = kind, Id = Guid.Parse(id), Host = host, Lookup = LookupStatus.NotFound, Detail = detail, Origin = DataOrigin.Service });
        return this;
    }

    public SnapshotBuilder Unavailable(ReferenceKind kind, string id, UnavailableReason reason, string? detail = null, string? host = null)
    {
        _snapshot.Entries.Add(new LifecycleEntry { Kind = kind, Id = Guid.Parse(id), Host = host, Lookup = LookupStatus.Unavailable, UnavailableReason = reason, Detail = detail, Origin = DataOrigin.Service });
        return this;
    }

    /// <summary>A model a fix may switch to.</summary>
    public SnapshotBuilder BaseCandidate(string id, string displayName, string? adaptation, string? transcription, string created, string locale = "en-US", string? host = EastUs)
    {
        _snapshot.Candidates.Add(Model(ReferenceKind.BaseModel, id, displayName, adaptation, transcription, locale, host, created, false, false, null));
        return this;
    }

    public SnapshotBuilder CustomCandidate(string id, string displayName, string? transcription, string created, string project, string locale = "en-US", string? host = EastUs)
    {
        var entry = Model(ReferenceKind.CustomModel, id, displayName, null, transcription, locale, host, created, false, false, null);
        entry.Project = project;
        entry.SupportsAdaptation = false;
        _snapshot.Candidates.Add(entry);
        return this;
    }

    /// <summary>A <c>SpeechLifecycleAcceptance</c> item, as the task writes it into the snapshot.</summary>
    public SnapshotBuilder Acceptance(ReferenceKind kind, string id, string until, string reason, params string[] rules)
    {
        _snapshot.Acceptances.Add(new SpeechLifecycle.Acceptances.LifecycleAcceptance(
            id, kind, Guid.Parse(id), DateTime.SpecifyKind(DateTime.ParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateTimeKind.Utc), reason,
            rules.Length == 0 ? SpeechLifecycle.Acceptances.LifecycleAcceptance.AcceptableRules : rules));
        return this;
    }

    /// <summary>What a resource answered about a path version (<c>apiVersions</c>).</summary>
    public SnapshotBuilder ApiVersion(string host, string version, ApiVersionServiceStatus status, string? checkedAt = null)
    {
        _snapshot.ApiVersions.Add(new ApiVersionVerdict { Host = host, Version = version, Status = status, CheckedAt = Date(checkedAt) });
        return this;
    }

    public string ToJson() => LifecycleSnapshotWriter.Write(_snapshot);

    public TestAdditionalFile ToFile(string path = "obj/speech-lifecycle.g.json") => TestAdditionalFile.Snapshot(ToJson(), path);

    private static LifecycleEntry Model(ReferenceKind kind, string id, string displayName, string? adaptation, string? transcription, string locale, string? host, string? created, bool estimated, bool stale, string? fetchedAt) => new()
    {
        Kind = kind,
        Id = Guid.Parse(id),
        Host = host,
        Locale = locale,
        DisplayName = displayName,
        Status = "Succeeded",
        CreatedDateTime = Date(created),
        AdaptationDateTime = Date(adaptation),
        TranscriptionDateTime = Date(transcription),
        DatesEstimated = estimated,
        Origin = estimated ? DataOrigin.Estimate : DataOrigin.Service,
        FetchedAt = Date(fetchedAt),
        Lookup = LookupStatus.Resolved,
        IsStale = stale,
    };

    private static DateTime? Date(string? text) =>
        text is null ? null : DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
