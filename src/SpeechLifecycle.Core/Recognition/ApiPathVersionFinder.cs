using System;
using System.Collections.Generic;

namespace SpeechLifecycle.Recognition;

/// <summary>Finds path versions (<c>speechtotext/v3.0</c> ... <c>v3.2-preview.2</c>, <c>api/speechtotext/v2.0</c>) in text.</summary>
/// <remarks>
/// Unlike <see cref="ReferenceRecognizer"/> this finds base paths too (<c>"speechtotext/v3.0/transcriptions"</c>, the
/// constant part of <c>$"{host}speechtotext/v3.0/models/{id}"</c>): the version matters whatever the path names.
/// Every path version is returned, known or not; callers judge it (<see cref="ApiPathVersion.Info"/>, and a
/// configured resource's answer). Query versions (<c>?api-version=2024-11-15</c>) are not path versions.
/// </remarks>
public static class ApiPathVersionFinder
{
    private const string Prefix = "speechtotext/";

    public static IReadOnlyList<ApiPathVersion> Find(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Array.Empty<ApiPathVersion>();
        }

        List<ApiPathVersion>? found = null;
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
            int completeStart = -1, completeLength = 0;
            string? host;
            if (ManagementUriMatch.TryRead(text, anchor, out var match) && match.HasScheme && match.Host is not null)
            {
                completeStart = match.UriStart;
                completeLength = match.UriEnd - match.UriStart;
                host = match.Host;
            }
            else
            {
                var uriStart = UriScanner.FindUriStart(text, anchor, anchorInQuery: false, out var schemeSeparator);
                host = UriScanner.ReadHost(text, uriStart, schemeSeparator, anchor);
            }

            (found ??= new List<ApiPathVersion>()).Add(
                new ApiPathVersion(version, anchor, versionStart + versionLength - anchor, completeStart, completeLength, host));
        }

        return found ?? (IReadOnlyList<ApiPathVersion>)Array.Empty<ApiPathVersion>();
    }
}
