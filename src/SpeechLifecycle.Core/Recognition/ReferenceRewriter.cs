using System;
using System.Collections.Generic;
using System.Text;

namespace SpeechLifecycle.Recognition;

/// <summary>Text rewrites the code fixes apply; kept here so they are tested without Roslyn.</summary>
public static class ReferenceRewriter
{
    /// <summary>Replaces the GUID of <paramref name="reference"/> inside <paramref name="text"/>, keeping the URI's form.</summary>
    /// <remarks>
    /// The new GUID is written upper case when the old one was written upper case, lower case otherwise.
    /// Throws <see cref="ArgumentException"/> when <paramref name="text"/> does not hold the reference's GUID where the
    /// reference says (the text changed since it was scanned).
    /// </remarks>
    public static string ReplaceId(string text, ModelReference reference, Guid newId)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        var idStart = reference.IdStart >= 0 ? reference.IdStart : LocateId(text, reference);
        if (!UriScanner.TryParseGuidAt(text, idStart, out var current) || current != reference.Id)
        {
            throw new ArgumentException($"The text does not hold {reference.Id} at offset {idStart}.", nameof(reference));
        }

        var replacement = newId.ToString("D");
        if (IsUpperCase(text, idStart))
        {
            replacement = replacement.ToUpperInvariant();
        }

        return text.Substring(0, idStart) + replacement + text.Substring(idStart + UriScanner.GuidLength);
    }

    /// <summary>
    /// Rewrites a complete v3.x management URI (retired or retirement announced; v2.x lived on other hosts) to
    /// <c>https://host/speechtotext/{rest}?api-version=<see cref="ApiVersionCatalog.Current"/></c> (keeping any other
    /// query parameters); null when <paramref name="uri"/> is not such a URI.
    /// </summary>
    /// <remarks>
    /// Scheme, host, port and any path before <c>speechtotext</c> are kept as written. After the ID only the
    /// sub-paths and actions that exist unchanged in the current version are accepted (<c>/manifest</c>,
    /// <c>/files/...</c>, colon actions such as <c>:copy</c>); actions that were renamed (v3.0's <c>/copyto</c>,
    /// v3.1's <c>:copyto</c>) give null rather than a URI that would 404.
    /// </remarks>
    public static string? ToCurrentApiVersion(string uri)
    {
        if (string.IsNullOrEmpty(uri))
        {
            return null;
        }

        var anchor = uri.IndexOf(ManagementUriMatch.Anchor, StringComparison.OrdinalIgnoreCase);
        if (anchor < 0 || uri.IndexOf(ManagementUriMatch.Anchor, anchor + 1, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return null;
        }

        if (!ManagementUriMatch.TryRead(uri, anchor, out var match) || match.UriStart != 0 || match.UriEnd != uri.Length
            || !match.HasScheme || match.Host is null || match.VersionStart < 0
            || !match.ApiVersion!.StartsWith("v3.", StringComparison.Ordinal) || !ApiVersionCatalog.IsOutdatedPathVersion(match.ApiVersion))
        {
            return null;
        }

        var fragmentStart = uri.IndexOf('#', match.IdEnd);
        var beforeFragment = fragmentStart < 0 ? uri.Length : fragmentStart;
        var queryStart = uri.IndexOf('?', match.IdEnd, beforeFragment - match.IdEnd);
        var pathEnd = queryStart < 0 ? beforeFragment : queryStart;
        var suffix = uri.Substring(match.IdEnd, pathEnd - match.IdEnd);
        if (!IsSuffixOfCurrentApi(suffix))
        {
            return null;
        }

        var parameters = new List<string>();
        var replaced = false;
        if (queryStart >= 0)
        {
            foreach (var parameter in uri.Substring(queryStart + 1, beforeFragment - queryStart - 1).Split('&'))
            {
                if (parameter.Length == 0)
                {
                    continue;
                }

                if (parameter.StartsWith("api-version=", StringComparison.OrdinalIgnoreCase) || string.Equals(parameter, "api-version", StringComparison.OrdinalIgnoreCase))
                {
                    if (!replaced)
                    {
                        parameters.Add("api-version=" + ApiVersionCatalog.Current);
                        replaced = true;
                    }

                    continue;
                }

                parameters.Add(parameter);
            }
        }

        if (!replaced)
        {
            parameters.Add("api-version=" + ApiVersionCatalog.Current);
        }

        // Drop "/v3.1" (the slash before the version and the version itself), keep everything else verbatim.
        var builder = new StringBuilder(uri.Length + 24);
        builder.Append(uri, 0, match.VersionStart - 1);
        builder.Append(uri, match.VersionStart + match.VersionLength, pathEnd - match.VersionStart - match.VersionLength);
        builder.Append('?').Append(string.Join("&", parameters));
        if (fragmentStart >= 0)
        {
            builder.Append(uri, fragmentStart, uri.Length - fragmentStart);
        }

        return builder.ToString();
    }

    private static bool IsSuffixOfCurrentApi(string suffix)
    {
        if (suffix.Length == 0 || string.Equals(suffix, "/manifest", StringComparison.OrdinalIgnoreCase)
            || string.Equals(suffix, "/files", StringComparison.OrdinalIgnoreCase) || suffix.StartsWith("/files/", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // ":copyto" was replaced by ":copy" in 2024-11-15 (speech-rest-api.md §2.3), so it has no current form.
        if (suffix[0] != ':' || suffix.Length == 1 || string.Equals(suffix, ":copyto", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = 1; i < suffix.Length; i++)
        {
            if (!char.IsLetter(suffix[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int LocateId(string text, ModelReference reference)
    {
        var wanted = reference.Id.ToString("D");
        var start = Math.Max(0, Math.Min(reference.Start, text.Length));
        var length = Math.Max(0, Math.Min(reference.Length, text.Length - start));
        return text.IndexOf(wanted, start, length, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsUpperCase(string text, int idStart)
    {
        var upper = false;
        for (var i = idStart; i < idStart + UriScanner.GuidLength; i++)
        {
            var c = text[i];
            if (c >= 'a' && c <= 'f')
            {
                return false;
            }

            upper |= c >= 'A' && c <= 'F';
        }

        return upper;
    }
}
