using System;
using System.Collections.Generic;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// A path version the project uses (<c>speechtotext/v3.2</c>), with the host written before it (null for base paths
/// such as <c>"speechtotext/v3.2/transcriptions"</c>): what the task asks the service about, once per resource.
/// </summary>
public sealed class ApiVersionUse : IEquatable<ApiVersionUse>
{
    public ApiVersionUse(string version, string? host)
    {
        Version = version.ToLowerInvariant();
        Host = string.IsNullOrEmpty(host) ? null : host!.ToLowerInvariant();
    }

    public string Version { get; }

    public string? Host { get; }

    /// <summary>Every path version in <paramref name="text"/> (comments too: a needless check costs one cached request).</summary>
    public static IReadOnlyList<ApiVersionUse> FindIn(string text)
    {
        if (text.IndexOf("speechtotext/v", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return Array.Empty<ApiVersionUse>();
        }

        var found = new List<ApiVersionUse>();
        foreach (var path in ApiPathVersionFinder.Find(text))
        {
            var use = new ApiVersionUse(path.Version, path.Host);
            if (!found.Contains(use))
            {
                found.Add(use);
            }
        }

        return found;
    }

    public bool Equals(ApiVersionUse? other) => other is not null && Version == other.Version && Host == other.Host;

    public override bool Equals(object? obj) => Equals(obj as ApiVersionUse);

    public override int GetHashCode() => (Version, Host).GetHashCode();

    public override string ToString() => Version + (Host is null ? string.Empty : " @" + Host);
}
