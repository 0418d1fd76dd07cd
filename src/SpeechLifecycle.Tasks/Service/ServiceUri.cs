using System;
using System.Text.RegularExpressions;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// The ID and kind in a <c>self</c> URL the service returned (either URL style, any host). Separate from the
/// reference recogniser: these URLs come from the service, not from user code, and must parse exactly.
/// </summary>
public sealed class ServiceUri
{
    private static readonly Regex Shape = new(
        @"/speechtotext/(?:v\d+\.\d+(?:-preview\.\d+)?/)?(?<what>models/base|models|endpoints)/(?<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:[/?#]|$)",
        RegexOptions.CultureInvariant);

    private ServiceUri(ReferenceKind kind, Guid id)
    {
        Kind = kind;
        Id = id;
    }

    public ReferenceKind Kind { get; }

    public Guid Id { get; }

    public static ServiceUri? TryParse(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var match = Shape.Match(url);
        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups["what"].Value switch
        {
            "models/base" => ReferenceKind.BaseModel,
            "models" => ReferenceKind.CustomModel,
            _ => ReferenceKind.Endpoint,
        };
        return new ServiceUri(kind, Guid.Parse(match.Groups["id"].Value));
    }

    /// <summary>The last path segment of a URL (a project ID), without query.</summary>
    public static string? LastSegment(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        var slash = path.LastIndexOf('/');
        return slash >= 0 && slash < path.Length - 1 ? path.Substring(slash + 1) : null;
    }
}
