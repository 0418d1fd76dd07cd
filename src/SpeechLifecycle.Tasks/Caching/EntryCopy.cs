using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks;

/// <summary>Copies entries so a cache or snapshot object is never mutated by a later step of the resolver.</summary>
public static class EntryCopy
{
    public static LifecycleEntry Of(LifecycleEntry source) => new()
    {
        Kind = source.Kind,
        Id = source.Id,
        Host = source.Host,
        Locale = source.Locale,
        DisplayName = source.DisplayName,
        Status = source.Status,
        CreatedDateTime = source.CreatedDateTime,
        AdaptationDateTime = source.AdaptationDateTime,
        TranscriptionDateTime = source.TranscriptionDateTime,
        DatesEstimated = source.DatesEstimated,
        Project = source.Project,
        Model = source.Model,
        BaseModel = source.BaseModel,
        SupportsTranscriptions = source.SupportsTranscriptions,
        SupportsEndpoints = source.SupportsEndpoints,
        SupportsAdaptation = source.SupportsAdaptation,
        Origin = source.Origin,
        FetchedAt = source.FetchedAt,
        Lookup = source.Lookup,
        UnavailableReason = source.UnavailableReason,
        Detail = source.Detail,
        IsStale = source.IsStale,
        Projects = source.Projects is null ? null : new(source.Projects),
    };
}
