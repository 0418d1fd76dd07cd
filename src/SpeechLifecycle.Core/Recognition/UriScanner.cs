using System;

namespace SpeechLifecycle.Recognition;

/// <summary>
/// Character-level scanning shared by the recogniser, the retired-path finder and the rewriter. Works on the raw text
/// (C# source, JSON, a literal's value) without allocating, so text with no candidate costs one IndexOf per anchor.
/// </summary>
internal static class UriScanner
{
    public const int GuidLength = 36;

    /// <summary>Characters that end a URI written in code or config: quotes, whitespace, brackets of the host language.</summary>
    public static bool IsTerminator(char c) =>
        c <= ' ' || c == '"' || c == '\'' || c == '`' || c == '<' || c == '>' || c == '{' || c == '}' || c == '('
        || c == ')' || c == '\\' || c == '|' || c == '^' || c == ',' || c == ';' || c == '\u00a0' || c == '\u2028'
        || c == '\u2029' || c == '\u0085';

    /// <summary>A character that would make the text around a match part of a longer word ("myspeechtotext", a 37th GUID digit).</summary>
    public static bool IsWordChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';

    /// <summary>Start of the URI that contains <paramref name="anchor"/>: back to a terminator, then to the scheme if there is one.</summary>
    /// <remarks>
    /// A '=' before the path ends the URI ("model=https://..."), but an anchor inside the query
    /// (<paramref name="anchorInQuery"/>) first walks back over its own "name=value&amp;" pairs to the '?'.
    /// </remarks>
    public static int FindUriStart(string text, int anchor, bool anchorInQuery, out int schemeSeparator)
    {
        var start = anchor;
        var inQuery = anchorInQuery;
        while (start > 0 && !IsTerminator(text[start - 1]) && (inQuery || text[start - 1] != '='))
        {
            if (text[start - 1] == '?')
            {
                inQuery = false;
            }

            start--;
        }

        // "Endpoint=https://..." and "x:https://..." start at the scheme, not at the text glued before it.
        schemeSeparator = anchor - start >= 3 ? LastIndexOf(text, "://", start, anchor) : -1;
        if (schemeSeparator > start)
        {
            var schemeStart = schemeSeparator;
            while (schemeStart > start && IsSchemeChar(text[schemeStart - 1]))
            {
                schemeStart--;
            }

            if (schemeStart < schemeSeparator)
            {
                start = schemeStart;
            }
        }

        return start;
    }

    /// <summary>End (exclusive) of the URI from <paramref name="from"/>: up to a terminator, without trailing sentence punctuation.</summary>
    public static int FindUriEnd(string text, int from, int notBefore)
    {
        var end = from;
        while (end < text.Length && !IsTerminator(text[end]))
        {
            end++;
        }

        while (end > notBefore && IsTrailingPunctuation(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// The host of a URI starting at <paramref name="uriStart"/> whose path anchor is at <paramref name="anchor"/>:
    /// after "://" when there is a scheme, else the first segment when it looks like a DNS name ("eastus.api.cognitive.microsoft.com/speechtotext").
    /// Lower case, no port, no user info; null when none.
    /// </summary>
    public static string? ReadHost(string text, int uriStart, int schemeSeparator, int anchor)
    {
        int hostStart;
        if (schemeSeparator >= uriStart)
        {
            hostStart = schemeSeparator + 3;
        }
        else
        {
            if (anchor <= uriStart || text[uriStart] == '/')
            {
                return null;
            }

            hostStart = uriStart;
        }

        var authorityEnd = hostStart;
        while (authorityEnd < anchor && text[authorityEnd] != '/' && text[authorityEnd] != '?' && text[authorityEnd] != '#')
        {
            authorityEnd++;
        }

        var at = LastIndexOf(text, "@", hostStart, authorityEnd);
        if (at >= 0)
        {
            hostStart = at + 1;
        }

        int hostEnd;
        if (hostStart < authorityEnd && text[hostStart] == '[')
        {
            var close = text.IndexOf(']', hostStart, authorityEnd - hostStart);
            hostEnd = close < 0 ? authorityEnd : close + 1;
        }
        else
        {
            hostEnd = hostStart;
            while (hostEnd < authorityEnd && text[hostEnd] != ':')
            {
                hostEnd++;
            }
        }

        if (hostEnd == hostStart || !(IsWordChar(text[hostStart]) || text[hostStart] == '['))
        {
            return null;
        }

        if (schemeSeparator < uriStart)
        {
            // Without a scheme only a dotted name counts as a host: "api/speechtotext" names a path, not a host.
            if (text.IndexOf('.', hostStart, hostEnd - hostStart) < 0 || authorityEnd == anchor)
            {
                return null;
            }
        }

        for (var i = hostStart; i < hostEnd; i++)
        {
            var c = text[i];
            if (!(IsWordChar(c) || c == '.' || c == '[' || c == ']' || c == ':' || c == '%'))
            {
                return null;
            }
        }

        return text.Substring(hostStart, hostEnd - hostStart).ToLowerInvariant();
    }

    /// <summary>
    /// Parses an 8-4-4-4-12 hex GUID at <paramref name="at"/> that is not glued to further word characters.
    /// Hand-rolled so a near miss costs no allocation and no exception.
    /// </summary>
    public static bool TryParseGuidAt(string text, int at, out Guid id)
    {
        id = Guid.Empty;
        if (at < 0 || at + GuidLength > text.Length)
        {
            return false;
        }

        if (at + GuidLength < text.Length && IsWordChar(text[at + GuidLength]))
        {
            return false;
        }

        if (text[at + 8] != '-' || text[at + 13] != '-' || text[at + 18] != '-' || text[at + 23] != '-')
        {
            return false;
        }

        if (!TryHex(text, at, 8, out var a) || !TryHex(text, at + 9, 4, out var b) || !TryHex(text, at + 14, 4, out var c)
            || !TryHex(text, at + 19, 4, out var d) || !TryHex(text, at + 24, 4, out var e) || !TryHex(text, at + 28, 8, out var f))
        {
            return false;
        }

        id = new Guid(
            (uint)a,
            (ushort)b,
            (ushort)c,
            (byte)(d >> 8),
            (byte)d,
            (byte)(e >> 8),
            (byte)e,
            (byte)(f >> 24),
            (byte)(f >> 16),
            (byte)(f >> 8),
            (byte)f);
        return true;
    }

    public static bool StartsWithIgnoreCase(string text, int at, string value) =>
        at >= 0 && at + value.Length <= text.Length && string.Compare(text, at, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>
    /// Reads a path version segment at <paramref name="at"/>: <c>v</c>digits<c>.</c>digits, optionally <c>-preview.</c>digits.
    /// Returns its length, or 0 when there is none.
    /// </summary>
    public static int ReadPathVersion(string text, int at)
    {
        if (at >= text.Length || (text[at] != 'v' && text[at] != 'V'))
        {
            return 0;
        }

        var p = SkipDigits(text, at + 1);
        if (p == at + 1 || p >= text.Length || text[p] != '.')
        {
            return 0;
        }

        var minorEnd = SkipDigits(text, p + 1);
        if (minorEnd == p + 1)
        {
            return 0;
        }

        p = minorEnd;
        if (StartsWithIgnoreCase(text, p, "-preview."))
        {
            var previewEnd = SkipDigits(text, p + 9);
            if (previewEnd > p + 9)
            {
                p = previewEnd;
            }
        }

        return p < text.Length && (IsWordChar(text[p]) || text[p] == '.') ? 0 : p - at;
    }

    /// <summary>The value of <c>api-version</c> in the query of the URI span [<paramref name="from"/>, <paramref name="end"/>), or null.</summary>
    public static string? ReadQueryApiVersion(string text, int from, int end)
    {
        var question = text.IndexOf('?', from, end - from);
        if (question < 0)
        {
            return null;
        }

        var queryEnd = text.IndexOf('#', question, end - question);
        if (queryEnd < 0)
        {
            queryEnd = end;
        }

        var p = question + 1;
        while (p < queryEnd)
        {
            var ampersand = text.IndexOf('&', p, queryEnd - p);
            var parameterEnd = ampersand < 0 ? queryEnd : ampersand;
            if (parameterEnd - p > 12 && StartsWithIgnoreCase(text, p, "api-version="))
            {
                return text.Substring(p + 12, parameterEnd - p - 12).ToLowerInvariant();
            }

            p = parameterEnd + 1;
        }

        return null;
    }

    private static bool IsSchemeChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';

    private static bool IsTrailingPunctuation(char c) => c == '.' || c == ':' || c == '!' || c == '?';

    private static int SkipDigits(string text, int at)
    {
        while (at < text.Length && text[at] >= '0' && text[at] <= '9')
        {
            at++;
        }

        return at;
    }

    private static int LastIndexOf(string text, string value, int start, int end)
    {
        for (var i = end - value.Length; i >= start; i--)
        {
            if (string.CompareOrdinal(text, i, value, 0, value.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool TryHex(string text, int at, int count, out long value)
    {
        value = 0;
        for (var i = at; i < at + count; i++)
        {
            var c = text[i];
            int digit;
            if (c >= '0' && c <= '9')
            {
                digit = c - '0';
            }
            else if (c >= 'a' && c <= 'f')
            {
                digit = c - 'a' + 10;
            }
            else if (c >= 'A' && c <= 'F')
            {
                digit = c - 'A' + 10;
            }
            else
            {
                return false;
            }

            value = (value << 4) | (long)digit;
        }

        return true;
    }
}
