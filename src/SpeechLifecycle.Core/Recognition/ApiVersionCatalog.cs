using System;

namespace SpeechLifecycle.Recognition;

/// <summary>What this package knows about Speech-to-text REST API versions (speech-rest-api.md §1, §4).</summary>
public static class ApiVersionCatalog
{
    /// <summary>The version code fixes rewrite to and the task queries by default.</summary>
    public const string Current = "2025-10-15";

    /// <summary>The date Microsoft's docs give for the retirement of v3.0, v3.1, v3.2 and their previews.</summary>
    public static readonly DateTime PathVersionsRetired = new(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Path versions (<c>speechtotext/v3.x</c>) are all retired; query versions are not.</summary>
    public static bool IsRetired(string? apiVersion) =>
        apiVersion is not null && apiVersion.StartsWith("v3.", StringComparison.OrdinalIgnoreCase);
}
