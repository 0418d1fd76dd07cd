using System;
using Microsoft.CodeAnalysis.Text;

namespace SpeechLifecycle.CodeFixes.Editing;

/// <summary>
/// Finds the whole URI around a diagnostic span in a string token's source text, so the SPL2001 fix replaces the
/// complete URI whether the analyzer marked all of it or only its <c>speechtotext/v3.x</c> part.
/// </summary>
internal static class UriText
{
    /// <summary>
    /// The run of URI characters in <paramref name="tokenText"/> (the token's source text, starting at offset 0) that
    /// contains <paramref name="span"/>. It stops at quotes, braces of interpolations, escapes and white space.
    /// </summary>
    public static TextSpan Around(string tokenText, TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && IsUriChar(tokenText[start - 1]))
        {
            start--;
        }

        var end = span.End;
        while (end < tokenText.Length && IsUriChar(tokenText[end]))
        {
            end++;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>True when <paramref name="uri"/> can be written into any literal kind as is (no escaping needed).</summary>
    public static bool NeedsNoEscaping(string uri)
    {
        foreach (var c in uri)
        {
            if (!IsUriChar(c))
            {
                return false;
            }
        }

        return uri.Length > 0;
    }

    /// <summary>True when <paramref name="rewritten"/> has the host that <paramref name="original"/> names (or neither names one).</summary>
    public static bool SameHost(string original, string rewritten) =>
        string.Equals(Host(original), Host(rewritten), StringComparison.OrdinalIgnoreCase);

    private static string? Host(string uri)
    {
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return null;
        }

        var hostStart = scheme + 3;
        var hostEnd = uri.IndexOf('/', hostStart);
        return hostEnd < 0 ? uri.Substring(hostStart) : uri.Substring(hostStart, hostEnd - hostStart);
    }

    private static bool IsUriChar(char c) =>
        !char.IsWhiteSpace(c) && c is not ('"' or '\'' or '\\' or '{' or '}' or '<' or '>' or '`');
}
