using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// Finds the few syntax nodes of a file that the rules must look at by searching the file's text first and only then
/// asking the syntax tree about each hit (<see cref="SyntaxNode.FindToken"/>). A callback per literal or per operation
/// costs the compiler's driver more than the rules' own checks (docs/performance.md, target 1); a text search costs a
/// few milliseconds per megabyte and visits no node that cannot matter.
/// </summary>
internal static class SourceSearch
{
    /// <summary>
    /// The string tokens of <paramref name="tree"/> whose source text contains one of <paramref name="anchors"/>
    /// (ignoring case), each once and in text order, with the expression the literal rules read: the
    /// <see cref="LiteralExpressionSyntax"/> of a (UTF-8, raw, verbatim) string literal, or the
    /// <see cref="InterpolatedStringExpressionSyntax"/> holding an interpolated string's text part. Comments, disabled
    /// code and excluded code (<see cref="IsExcluded"/>) yield nothing.
    /// </summary>
    public static List<(SyntaxToken Token, ExpressionSyntax Expression)> StringTokensWithAnchors(SyntaxTree tree, IReadOnlyList<string> anchors, CancellationToken cancellationToken)
    {
        var found = new List<(SyntaxToken Token, ExpressionSyntax Expression)>();

        // A set beside the list: a generated file may hold tens of thousands of literals with an anchor.
        var seen = new HashSet<SyntaxToken>();
        var text = tree.GetText(cancellationToken).ToString();
        SyntaxNode? root = null;
        foreach (var anchor in anchors)
        {
            foreach (var position in Occurrences(text, anchor, StringComparison.OrdinalIgnoreCase))
            {
                root ??= tree.GetRoot(cancellationToken);
                var token = root.FindToken(position);

                // The whole anchor inside one token: what a check of each literal's own text would have seen.
                if (position < token.SpanStart || position + anchor.Length > token.Span.End || !seen.Add(token))
                {
                    continue;
                }

                if (ReadableExpression(token) is { } expression && !IsExcluded(expression))
                {
                    found.Add((token, expression));
                }
            }
        }

        found.Sort((a, b) => a.Token.SpanStart.CompareTo(b.Token.SpanStart));
        return found;
    }

    /// <summary>Start positions of <paramref name="value"/> in <paramref name="text"/>, in text order, overlapping ones included.</summary>
    public static IEnumerable<int> Occurrences(string text, string value, StringComparison comparison)
    {
        for (var at = text.IndexOf(value, comparison); at >= 0; at = at + 1 < text.Length ? text.IndexOf(value, at + 1, comparison) : -1)
        {
            yield return at;
        }
    }

    /// <summary>
    /// Code the rules leave alone, like the node and operation actions of an analyzer that does not analyse generated
    /// code: attribute arguments (a message or a doc link there is not a request), and members or types marked
    /// <c>[GeneratedCode]</c> (recognised by the attribute's name; generated files are skipped by the driver itself).
    /// </summary>
    public static bool IsExcluded(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AttributeArgumentSyntax:
                    return true;
                case MemberDeclarationSyntax member when HasGeneratedCodeAttribute(member.AttributeLists):
                    return true;
            }
        }

        return false;
    }

    private static ExpressionSyntax? ReadableExpression(SyntaxToken token) => token.Parent switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression) => literal,
        InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolated } when token.IsKind(SyntaxKind.InterpolatedStringTextToken) => interpolated,
        _ => null,
    };

    private static bool HasGeneratedCodeAttribute(SyntaxList<AttributeListSyntax> lists)
    {
        foreach (var list in lists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = attribute.Name switch
                {
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => string.Empty,
                };
                if (name is "GeneratedCode" or "GeneratedCodeAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
