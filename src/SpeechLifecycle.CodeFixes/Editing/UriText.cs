using System;

namespace SpeechLifecycle.CodeFixes.Editing;

/// <summary>Checks that an SPL2001 rewrite may replace the text a diagnostic covers.</summary>
internal static class UriText
{
    private const string PathAnchor = "speechtotext/";

    /// <summary>True when <paramref name="uri"/> can be written into any literal kind as is (no escaping needed).</summary>
    public static bool NeedsNoEscaping(string uri)
    {
        foreach (var c in uri)
        {
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '\\' or '{' or '}' or '<' or '>' or '`')
            {
                return false;
            }

            if (char.IsControl(c))
            {
                return false;
            }
        }

        return uri.Length > 0;
    }

    /// <summary>
    /// True when <paramref name="original"/> starts with what <paramref name="rewritten"/> keeps: scheme, host and
    /// everything up to <c>speechtotext/</c>. So a fix only replaces a whole URI with its own rewrite, never a bare
    /// path version or a URI of another resource.
    /// </summary>
    public static bool IsRewriteOf(string original, string rewritten)
    {
        var anchor = rewritten.IndexOf(PathAnchor, StringComparison.OrdinalIgnoreCase);
        if (anchor <= 0)
        {
            return false;
        }

        var kept = anchor + PathAnchor.Length;
        return original.Length > kept
            && string.Compare(original, 0, rewritten, 0, kept, StringComparison.OrdinalIgnoreCase) == 0
            && !string.Equals(original, rewritten, StringComparison.Ordinal);
    }
}
