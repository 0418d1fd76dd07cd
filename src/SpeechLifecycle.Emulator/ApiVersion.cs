namespace SpeechLifecycle.Emulator;

/// <summary>Which response schema a version uses (speech-rest-api.md §2).</summary>
internal enum SchemaGeneration
{
    /// <summary>v3.0: one Model schema, no features, sub-path actions.</summary>
    V30,

    /// <summary>v3.1: BaseModel/CustomModel with features, colon actions.</summary>
    V31,

    /// <summary>v3.2 and its previews: adds supportedOutputFormats and chargeForAdaptation.</summary>
    V32,

    /// <summary>2024-05-15-preview and 2024-11-15: query versioning, split transcription features, no project.</summary>
    Query2024,

    /// <summary>2025-10-15: as 2024-11-15, with projects back.</summary>
    Query2025,
}

/// <summary>A Speech-to-text REST API version as it appears in a request: a path segment or an api-version value.</summary>
internal sealed record ApiVersion(string Name, bool IsPathStyle, SchemaGeneration Generation)
{
    public static readonly IReadOnlyList<string> DefaultRetiredPathVersions = new[] { "v3.0", "v3.1-preview.1", "v3.2-preview.1", "v3.2-preview.2" };

    private static readonly ApiVersion[] PathVersions =
    {
        new("v3.0", true, SchemaGeneration.V30),
        new("v3.1-preview.1", true, SchemaGeneration.V31),
        new("v3.1", true, SchemaGeneration.V31),
        new("v3.2-preview.1", true, SchemaGeneration.V32),
        new("v3.2-preview.2", true, SchemaGeneration.V32),
        new("v3.2", true, SchemaGeneration.V32),
    };

    private static readonly ApiVersion[] QueryVersions =
    {
        new("2024-05-15-preview", false, SchemaGeneration.Query2024),
        new("2024-11-15", false, SchemaGeneration.Query2024),
        new("2025-10-15", false, SchemaGeneration.Query2025),
    };

    public static IEnumerable<string> SupportedQueryVersions => QueryVersions.Select(v => v.Name);

    /// <summary>v3.0 has no filter (DOC-M01); the parameter is ignored there like any unknown one.</summary>
    public bool SupportsFilter => Generation != SchemaGeneration.V30;

    /// <summary>Projects were removed in 2024-11-15 (DOC-M24) and came back in 2025-10-15 (DOC-M25).</summary>
    public bool HasProjects => Generation != SchemaGeneration.Query2024;

    /// <summary>True when the segment has the shape of a path version (v3.2, v3.2-preview.2, v9.0, …).</summary>
    public static bool LooksLikePathVersion(string segment) =>
        segment.Length > 1 && (segment[0] == 'v' || segment[0] == 'V') && char.IsDigit(segment[1]);

    public static ApiVersion? FindPathVersion(string segment) =>
        Array.Find(PathVersions, v => string.Equals(v.Name, segment, StringComparison.OrdinalIgnoreCase));

    public static ApiVersion? FindQueryVersion(string value) =>
        Array.Find(QueryVersions, v => string.Equals(v.Name, value, StringComparison.Ordinal));
}
