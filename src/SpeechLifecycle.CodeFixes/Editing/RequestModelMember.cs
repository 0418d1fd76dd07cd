using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SpeechLifecycle.CodeFixes.Editing;

/// <summary>
/// The <c>model</c> member of a batch transcription request written as an anonymous object or an object initializer,
/// and the edit that removes it while keeping the initializer well-formed (commas, line breaks, comments of the
/// neighbours).
/// </summary>
internal static class RequestModelMember
{
    private const string MemberName = "model";

    /// <summary>The removal edit for the <c>model</c> member that encloses <paramref name="node"/>; null when there is none.</summary>
    public static TextChange? FindRemoval(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is StatementSyntax or MemberDeclarationSyntax)
            {
                return null;
            }

            switch (current)
            {
                case AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals } declarator
                    when IsModelName(nameEquals.Name.Identifier.ValueText)
                    && declarator.Parent is AnonymousObjectCreationExpressionSyntax creation:
                    return Removal(creation.Initializers.GetWithSeparators(), declarator);

                case AssignmentExpressionSyntax assignment
                    when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                    && IsModelTarget(assignment.Left)
                    && assignment.Parent is InitializerExpressionSyntax initializer
                    && initializer.IsKind(SyntaxKind.ObjectInitializerExpression):
                    return Removal(initializer.Expressions.GetWithSeparators(), assignment);
            }
        }

        return null;
    }

    private static bool IsModelTarget(ExpressionSyntax left) => left switch
    {
        IdentifierNameSyntax name => IsModelName(name.Identifier.ValueText),

        // new Dictionary<string, object> { ["model"] = ... }
        ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } arguments }
            when arguments[0].Expression is LiteralExpressionSyntax literal
            && literal.IsKind(SyntaxKind.StringLiteralExpression) => IsModelName(literal.Token.ValueText),

        _ => false,
    };

    // Request DTOs name it Model, anonymous objects and dictionaries model: both serialise to the same JSON member.
    private static bool IsModelName(string name) => string.Equals(name, MemberName, StringComparison.OrdinalIgnoreCase);

    private static TextChange Removal(SyntaxNodeOrTokenList items, SyntaxNode member)
    {
        var index = items.IndexOf(member);
        var hasFollowingComma = index + 1 < items.Count;
        if (hasFollowingComma)
        {
            // "    model = …,\n" goes whole: the member with its indentation and the comma with its line break.
            var comma = items[index + 1];
            return Remove(TextSpan.FromBounds(member.FullSpan.Start, comma.FullSpan.End));
        }

        if (index > 0)
        {
            // Last member without a trailing comma: take the comma before it, keep the member's trailing trivia
            // (the line break before the closing brace).
            var comma = items[index - 1];
            return Remove(TextSpan.FromBounds(comma.Span.Start, member.Span.End));
        }

        // The only member: "new { }" is still valid, and so is an empty object initializer.
        return Remove(member.FullSpan);
    }

    private static TextChange Remove(TextSpan span) => new(span, string.Empty);
}
