using System;
using System.Collections.Generic;

namespace SpeechLifecycle.Recognition;

/// <summary>Finds retired path versions (<c>speechtotext/v3.0</c> ... <c>v3.2-preview.2</c>) in text, for SPL2001.</summary>
/// <remarks>
/// Unlike <see cref="ReferenceRecognizer"/> this finds base paths too (<c>"speechtotext/v3.0/transcriptions"</c>, the
/// constant part of <c>$"{host}speechtotext/v3.0/models/{id}"</c>): the version is retired whatever the path names.
/// Query versions (<c>?api-version=2024-11-15</c>) are current and never reported.
/// </remarks>
public static class RetiredApiPathFinder
{
    private const string Prefix = "speechtotext/";

    public static IReadOnlyList<RetiredApiPath> Find(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Array.Empty<RetiredApiPath>();
        }

        List<RetiredApiPath>? found = null;
        var from = 0;
        int anchor;
        while (from < text.Length && (anchor = text.IndexOf(Prefix, from, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            from = anchor + Prefix.Length;
            if (anchor > 0 && (UriScanner.IsWordChar(text[anchor - 1]) || text[anchor - 1] == '.'))
            {
                continue;
            }

            var versionStart = anchor + Prefix.Length;
            var versionLength = UriScanner.ReadPathVersion(text, versionStart);
            if (versionLength == 0)
            {
                continue;
            }

            var version = text.Substring(versionStart, versionLength).ToLowerInvariant();
            if (!ApiVersionCatalog.IsRetired(version))
            {
                continue;
            }

            int completeStart = -1, completeLength = 0;
            if (ManagementUriMatch.TryRead(text, anchor, out var match) && match.HasScheme && match.Host is not null)
            {
                completeStart = match.UriStart;
                completeLength = match.UriEnd - match.UriStart;
            }

            (found ??= new List<RetiredApiPath>()).Add(
                new RetiredApiPath(version, anchor, versionStart + versionLength - anchor, completeStart, completeLength));
        }

        return found ?? (IReadOnlyList<RetiredApiPath>)Array.Empty<RetiredApiPath>();
    }
}
