using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// The string literal tokens of one syntax tree, for rules that scan literal text. A syntax-node action per literal
/// costs the driver a callback per literal (tens of thousands in a large project, for a few hundred references), so
/// the rules run once per tree instead: a text check over the whole tree first, and only trees that pass are walked.
/// </summary>
internal static class StringLiterals
{
    /// <summary>
    /// The tree's source text, or null when <paramref name="mightMatch"/> rules it out. Every literal's token text is a
    /// substring of this text, so a check that holds for a substring holds for the whole text: a tree that fails it
    /// cannot hold a literal that passes.
    /// </summary>
    public static string? TextIfMightMatch(SyntaxTree tree, Func<string, bool> mightMatch, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken).ToString();
        return mightMatch(text) ? text : null;
    }

    /// <summary>
    /// Each string token whose raw text passes <paramref name="mightMatch"/>, with the node the per-node actions were
    /// registered on: a <see cref="LiteralExpressionSyntax"/> of a (UTF-8) string literal, or an
    /// <see cref="InterpolatedStringTextSyntax"/>. Trivia (comments, directives) is not walked, as no node action ever
    /// saw it.
    /// </summary>
    public static IEnumerable<(SyntaxToken Token, SyntaxNode Node)> Matching(SyntaxTree tree, Func<string, bool> mightMatch, CancellationToken cancellationToken)
    {
        foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
        {
            // The text check first: it rejects almost every token without creating its parent node.
            if (!mightMatch(token.Text))
            {
                continue;
            }

            switch (token.Parent)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                    yield return (token, literal);
                    break;
                case InterpolatedStringTextSyntax text when token.IsKind(SyntaxKind.InterpolatedStringTextToken):
                    yield return (token, text);
                    break;
            }
        }
    }
}
