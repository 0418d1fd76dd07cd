using System;

namespace SpeechLifecycle.Recognition;

/// <summary>
/// What Microsoft's docs say about each Speech-to-text REST API version, and where they say it
/// (shared/reference/speech-rest-api.md §1.1, §4.1). Only what a doc states as done is <see cref="ApiVersionStatus.Retired"/>:
/// the docs contradict each other about v3.1 and v3.2, so those are <see cref="ApiVersionStatus.RetirementAnnounced"/>
/// (SPL2002), never "requests fail" (SPL2001). What a configured resource answers overrides this
/// (<see cref="Snapshots.ApiVersionVerdict"/>); docs/rules/SPL2002.md lists the table for users.
/// </summary>
public static class ApiVersionCatalog
{
    /// <summary>The version code fixes rewrite to and the task queries by default.</summary>
    public const string Current = "2025-10-15";

    /// <summary>The date Microsoft's docs give for the retirement of v3.0 and the v3.2 previews (and announce for v3.1 and v3.2).</summary>
    public static readonly DateTime PathVersionsRetired = new(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc);

    private const string RestPage = "Microsoft's 'Speech to text REST API' page (rest-speech-to-text.md)";

    private static readonly ApiVersionInfo[] Known =
    {
        new("v3.0", ApiVersionStatus.Retired, PathVersionsRetired, RestPage),
        new("v3.2-preview.1", ApiVersionStatus.Retired, PathVersionsRetired, RestPage),
        new("v3.2-preview.2", ApiVersionStatus.Retired, PathVersionsRetired, RestPage),
        new("v3.1", ApiVersionStatus.RetirementAnnounced, PathVersionsRetired,
            "Microsoft's migration guides (migrate-2024-11-15.md, migrate-v3-0-to-v3-1.md), while the newest 'Speech to text REST API' page (rest-speech-to-text.md) no longer lists it as retired"),
        new("v3.2", ApiVersionStatus.RetirementAnnounced, PathVersionsRetired,
            "Microsoft's migration guides (migrate-2024-11-15.md, migrate-v3-0-to-v3-1.md), while the newest 'Speech to text REST API' page (rest-speech-to-text.md) no longer lists it as retired"),
        new("2024-05-15-preview", ApiVersionStatus.RetirementAnnounced, null, RestPage + ", for a date to be announced"),
        new("2024-11-15", ApiVersionStatus.Current, null, RestPage),
        new("2025-10-15", ApiVersionStatus.Current, null, RestPage + ": the latest GA version"),
    };

    /// <summary>
    /// What is known about <paramref name="version"/> (a path version such as <c>v3.2</c>, any case, or a query version
    /// such as <c>2025-10-15</c>). Families without a dated statement: every <c>v2.x</c> (the cris.ai-era API),
    /// every <c>v3.0</c> variant and every <c>v3.1</c>/<c>v3.2</c> preview are retired. Anything else is
    /// <see cref="ApiVersionStatus.Unknown"/>: nothing is reported for it unless a configured resource refuses it.
    /// </summary>
    public static ApiVersionInfo Lookup(string? version)
    {
        var name = (version ?? string.Empty).Trim().ToLowerInvariant();
        foreach (var info in Known)
        {
            if (info.Name == name)
            {
                return info;
            }
        }

        if (name.StartsWith("v2.", StringComparison.Ordinal))
        {
            return new ApiVersionInfo(name, ApiVersionStatus.Retired, null, "Microsoft's docs: the v2 API of the cris.ai era was replaced by v3.0, and the 'Speech to text REST API' page (rest-speech-to-text.md) no longer documents it");
        }

        if (name.StartsWith("v3.0-preview.", StringComparison.Ordinal) || name.StartsWith("v3.2-preview.", StringComparison.Ordinal))
        {
            return new ApiVersionInfo(name, ApiVersionStatus.Retired, PathVersionsRetired, RestPage);
        }

        if (name.StartsWith("v3.1-preview.", StringComparison.Ordinal))
        {
            return new ApiVersionInfo(name, ApiVersionStatus.Retired, null, "Microsoft's docs: a preview replaced by v3.1 (migrate-v3-0-to-v3-1.md), no longer documented by the 'Speech to text REST API' page (rest-speech-to-text.md)");
        }

        return new ApiVersionInfo(name, ApiVersionStatus.Unknown, null, null);
    }

    /// <summary>
    /// Which rule a path version gets: a resource's refusal makes it retired whatever the docs say; a resource that
    /// served it makes it at most "retirement announced" (it is not failing); without an answer the docs decide.
    /// </summary>
    public static ApiVersionStatus Judge(ApiVersionInfo info, Snapshots.ApiVersionVerdict? verdict)
    {
        if (verdict is not null)
        {
            return verdict.Status == Snapshots.ApiVersionServiceStatus.Retired ? ApiVersionStatus.Retired
                : info.Status is ApiVersionStatus.Retired or ApiVersionStatus.RetirementAnnounced ? ApiVersionStatus.RetirementAnnounced
                : ApiVersionStatus.Current;
        }

        return info.Status;
    }

    /// <summary>True only for versions Microsoft's docs state as retired (SPL2001 without service data).</summary>
    public static bool IsRetired(string? apiVersion) => apiVersion is not null && Lookup(apiVersion).Status == ApiVersionStatus.Retired;

    /// <summary>True for path versions a code fix may move to the query-versioned form: retired or retirement announced.</summary>
    public static bool IsOutdatedPathVersion(string? apiVersion) =>
        apiVersion is not null
        && apiVersion.StartsWith("v", StringComparison.OrdinalIgnoreCase)
        && Lookup(apiVersion).Status is ApiVersionStatus.Retired or ApiVersionStatus.RetirementAnnounced;
}

public enum ApiVersionStatus
{
    /// <summary>Not in the catalogue (e.g. <c>v9.9</c>): no rule unless a resource refuses it.</summary>
    Unknown,

    /// <summary>Documented as served, with no retirement announced.</summary>
    Current,

    /// <summary>A retirement is announced, or the docs disagree about it (SPL2002).</summary>
    RetirementAnnounced,

    /// <summary>Documented as retired: requests fail (SPL2001).</summary>
    Retired,
}

/// <summary>One catalogue row: the version, its status, the date the docs give (null when none) and the doc it comes from.</summary>
public sealed class ApiVersionInfo
{
    public ApiVersionInfo(string name, ApiVersionStatus status, DateTime? date, string? source)
    {
        Name = name;
        Status = status;
        Date = date;
        Source = source;
    }

    /// <summary>Lower case: <c>v3.2</c>, <c>v3.2-preview.1</c>, <c>2025-10-15</c>.</summary>
    public string Name { get; }

    public ApiVersionStatus Status { get; }

    /// <summary>The retirement date (done or announced); null when the docs give none.</summary>
    public DateTime? Date { get; }

    /// <summary>Where the fact comes from, worded to follow "per" or "announced by" in a message.</summary>
    public string? Source { get; }
}
