using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Text;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// The compilation's constants that matter to the composition route, by name, collected once per compilation from
/// the text of every file (the <c>const</c> keyword, then its declaration's syntax), so no file is walked node by node:
/// <list type="bullet">
/// <item><see cref="HoldingId"/>: initialised with a string literal that holds a GUID, the only constants the route
/// can report (on that literal);</item>
/// <item><see cref="MayHoldAnchor"/>: initialised with a literal whose text holds a reference anchor
/// (<see cref="ReferenceRecognizer.Anchors"/>), or with any other expression (<c>Base + "totext/"</c>), whose value
/// only binding would tell.</item>
/// </list>
/// </summary>
internal sealed class CompositionConstants
{
    private CompositionConstants(IdentifierNameSet holdingId, IdentifierNameSet mayHoldAnchor)
    {
        HoldingId = holdingId;
        MayHoldAnchor = mayHoldAnchor;
    }

    public IdentifierNameSet HoldingId { get; }

    public IdentifierNameSet MayHoldAnchor { get; }

    /// <summary>
    /// Whether a composition can complete a reference at all: it needs a constant holding an ID and one that may hold an
    /// anchor. With no anchor anywhere in the text, only constants initialised with expressions can
    /// (<c>"…/speech" + "totext/models/"</c>).
    /// </summary>
    public bool MayComposeReference => HoldingId.Count > 0 && MayHoldAnchor.Count > 0;

    public static CompositionConstants Collect(Compilation compilation, CancellationToken cancellationToken)
    {
        var holdingId = new List<string>();
        var mayHoldAnchor = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var text = tree.GetText(cancellationToken).ToString();
            SyntaxNode? root = null;
            foreach (var position in SourceSearch.Occurrences(text, "const", StringComparison.Ordinal))
            {
                root ??= tree.GetRoot(cancellationToken);
                var token = root.FindToken(position);
                if (!token.IsKind(SyntaxKind.ConstKeyword) || token.SpanStart != position)
                {
                    continue;
                }

                var declaration = token.Parent switch
                {
                    FieldDeclarationSyntax field => field.Declaration,
                    LocalDeclarationStatementSyntax local => local.Declaration,
                    _ => null,
                };
                foreach (var variable in declaration?.Variables ?? default)
                {
                    switch (variable.Initializer?.Value)
                    {
                        case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                            var value = LiteralText.From(literal.Token)?.Value;
                            if (value is not null && ReferenceRecognizer.ContainsGuid(value))
                            {
                                holdingId.Add(variable.Identifier.ValueText);
                            }

                            if (ReferenceRecognizer.MightContainReference(literal.Token.Text))
                            {
                                mayHoldAnchor.Add(variable.Identifier.ValueText);
                            }

                            break;
                        case LiteralExpressionSyntax:
                        case null:
                            break;
                        default:
                            mayHoldAnchor.Add(variable.Identifier.ValueText);
                            break;
                    }
                }
            }
        }

        return new CompositionConstants(new IdentifierNameSet(holdingId), new IdentifierNameSet(mayHoldAnchor));
    }
}
