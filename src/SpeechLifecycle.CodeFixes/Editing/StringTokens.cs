using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SpeechLifecycle.CodeFixes.Editing;

/// <summary>Which tokens hold string text a fix may edit in place: every literal kind, and the constant parts of interpolated strings.</summary>
internal static class StringTokens
{
    /// <summary>True when <paramref name="span"/> lies wholly inside the text of one string token of <paramref name="root"/>.</summary>
    public static bool ContainsStringText(SyntaxNode root, TextSpan span, out SyntaxToken token)
    {
        token = root.FindToken(span.Start);
        return IsStringText(token) && token.Span.Contains(span);
    }

    public static bool IsStringText(SyntaxToken token) => token.Kind() is
        SyntaxKind.StringLiteralToken
        or SyntaxKind.Utf8StringLiteralToken
        or SyntaxKind.SingleLineRawStringLiteralToken
        or SyntaxKind.MultiLineRawStringLiteralToken
        or SyntaxKind.Utf8SingleLineRawStringLiteralToken
        or SyntaxKind.Utf8MultiLineRawStringLiteralToken
        or SyntaxKind.InterpolatedStringTextToken;
}
