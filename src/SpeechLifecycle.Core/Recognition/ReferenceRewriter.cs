using System;

namespace SpeechLifecycle.Recognition;

/// <summary>Text rewrites the code fixes apply; kept here so they are tested without Roslyn.</summary>
public static class ReferenceRewriter
{
    /// <summary>Replaces the GUID of <paramref name="reference"/> inside <paramref name="text"/>, keeping the URI's form.</summary>
    public static string ReplaceId(string text, ModelReference reference, Guid newId) => throw new NotImplementedException();

    /// <summary>
    /// Rewrites a complete v3.x management URI to <c>https://host/speechtotext/{rest}?api-version=<see cref="ApiVersionCatalog.Current"/></c>
    /// (keeping any other query parameters); null when <paramref name="uri"/> is not such a URI.
    /// </summary>
    public static string? ToCurrentApiVersion(string uri) => throw new NotImplementedException();
}
