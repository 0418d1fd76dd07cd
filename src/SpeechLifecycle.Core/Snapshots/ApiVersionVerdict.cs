using System;

namespace SpeechLifecycle.Snapshots;

/// <summary>What a configured resource answered when the task asked it about a path version (snapshot <c>apiVersions</c>).</summary>
public sealed class ApiVersionVerdict
{
    /// <summary>Lower-case host of the resource that answered.</summary>
    public string Host { get; set; } = string.Empty;

    /// <summary>Lower case, as written in paths: <c>v3.2</c>.</summary>
    public string Version { get; set; } = string.Empty;

    public ApiVersionServiceStatus Status { get; set; }

    /// <summary>When the service answered.</summary>
    public DateTime? CheckedAt { get; set; }

    /// <summary>Free text: what the service answered (<c>HTTP 404: Resource not found</c>); never holds a key.</summary>
    public string? Detail { get; set; }

    public ApiVersionVerdict Copy() => new() { Host = Host, Version = Version, Status = Status, CheckedAt = CheckedAt, Detail = Detail };
}

public enum ApiVersionServiceStatus
{
    /// <summary>The resource answered a request in that version.</summary>
    Served,

    /// <summary>The resource refused the version (404/410 for a route of it, or a 400 naming the version).</summary>
    Retired,
}
