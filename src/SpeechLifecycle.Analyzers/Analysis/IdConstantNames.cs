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
/// The names of the compilation's constants that the composition route can report: a <c>const</c> field or local
/// initialised with a string literal that holds a GUID. Collected once per compilation from the text of every file
/// (the <c>const</c> keyword, then its declaration's syntax), so no file is walked node by node.
/// </summary>
internal static class IdConstantNames
{
    public static IdentifierNameSet Collect(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new List<string>();
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
                    if (variable.Initializer?.Value is LiteralExpressionSyntax literal
                        && literal.IsKind(SyntaxKind.StringLiteralExpression)
                        && LiteralText.From(literal.Token) is { } value
                        && ReferenceRecognizer.ContainsGuid(value.Value))
                    {
                        names.Add(variable.Identifier.ValueText);
                    }
                }
            }
        }

        return new IdentifierNameSet(names);
    }
}
