using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpeechLifecycle.Text;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// The nodes of one file that the binding routes must bind, found from the file's text (<see cref="SourceSearch"/>):
/// <list type="bullet">
/// <item>uses of <c>EndpointId</c>, <c>FromLanguage</c> and <c>SetProperty</c> (the Speech SDK's endpoint-ID members:
/// a member cannot be used without its name appearing where it is used);</item>
/// <item>interpolated strings and <c>new …(a + b)</c> arguments that name a constant holding a GUID
/// (<see cref="IdConstantNames"/>): only such a composition can complete a URI with a model ID from a constant.</item>
/// </list>
/// Names are matched as text and then checked on the token, so a name in a string or a comment costs a lookup and
/// yields nothing. A file that may spell identifiers with unicode escapes is also walked token by token for them.
/// </summary>
internal static class BindingCandidates
{
    private static readonly string[] EndpointIdMembers = { "EndpointId", "FromLanguage", "SetProperty" };

    public static List<SyntaxNode> Find(SyntaxTree tree, bool sdkReferenced, IdentifierNameSet idConstants, CancellationToken cancellationToken)
    {
        var found = new List<SyntaxNode>();
        var text = tree.GetText(cancellationToken).ToString();
        SyntaxNode? root = null;
        if (sdkReferenced)
        {
            foreach (var member in EndpointIdMembers)
            {
                foreach (var position in SourceSearch.Occurrences(text, member, StringComparison.Ordinal))
                {
                    root ??= tree.GetRoot(cancellationToken);
                    AddEndpointIdUse(IdentifierAt(root, position), found);
                }
            }
        }

        foreach (var position in idConstants.FindIn(text))
        {
            root ??= tree.GetRoot(cancellationToken);
            if (IdentifierAt(root, position) is { } identifier && idConstants.Contains(identifier.ValueText))
            {
                AddCompositions(identifier, found);
            }
        }

        if ((sdkReferenced || idConstants.Count > 0) && IdentifierNameSet.MayHoldEscapedIdentifier(text))
        {
            root ??= tree.GetRoot(cancellationToken);
            foreach (var token in root.DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Text.IndexOf('\\') < 0)
                {
                    continue;
                }

                if (sdkReferenced && Array.IndexOf(EndpointIdMembers, token.ValueText) >= 0)
                {
                    AddEndpointIdUse(token, found);
                }

                if (idConstants.Contains(token.ValueText))
                {
                    AddCompositions(token, found);
                }
            }
        }

        found.RemoveAll(SourceSearch.IsExcluded);
        found.Sort((a, b) => a.SpanStart != b.SpanStart ? a.SpanStart.CompareTo(b.SpanStart) : b.Span.Length.CompareTo(a.Span.Length));
        return found;
    }

    private static SyntaxToken? IdentifierAt(SyntaxNode root, int position)
    {
        var token = root.FindToken(position);
        return token.IsKind(SyntaxKind.IdentifierToken) && token.Span.Contains(position) ? token : null;
    }

    /// <summary><c>x.EndpointId = …</c>, <c>{ EndpointId = … }</c>, <c>x.FromLanguage(…)</c>, <c>x?.SetProperty(…)</c>.</summary>
    private static void AddEndpointIdUse(SyntaxToken? identifier, List<SyntaxNode> found)
    {
        if (identifier?.Parent is not SimpleNameSyntax name || Array.IndexOf(EndpointIdMembers, identifier.Value.ValueText) < 0)
        {
            return;
        }

        SyntaxNode use = name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == name => access,
            MemberBindingExpressionSyntax binding when binding.Name == name => binding,
            _ => name,
        };
        switch (use.Parent)
        {
            case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left == use:
                AddOnce(assignment, found);
                break;
            case InvocationExpressionSyntax invocation when invocation.Expression == use:
                AddOnce(invocation, found);
                break;
        }
    }

    /// <summary>
    /// Climbs from a constant's name through what can compose text around it (member access, parentheses, casts,
    /// interpolation holes, <c>+</c>) and adds each interpolated string on the way, and the object creation whose
    /// argument the composition is.
    /// </summary>
    private static void AddCompositions(SyntaxToken? identifier, List<SyntaxNode> found)
    {
        SyntaxNode? current = identifier?.Parent as SimpleNameSyntax;
        while (current?.Parent is { } parent)
        {
            switch (parent)
            {
                case MemberAccessExpressionSyntax access when access.Name == current:
                case ParenthesizedExpressionSyntax:
                case CastExpressionSyntax:
                case InterpolationSyntax:
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    break;
                case InterpolatedStringExpressionSyntax interpolated:
                    AddOnce(interpolated, found);
                    break;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } }:
                    AddOnce(creation, found);
                    return;
                default:
                    return;
            }

            current = parent;
        }
    }

    private static void AddOnce(SyntaxNode node, List<SyntaxNode> found)
    {
        if (!found.Contains(node))
        {
            found.Add(node);
        }
    }
}
