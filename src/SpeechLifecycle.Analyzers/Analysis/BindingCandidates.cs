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
/// The nodes of one file that the binding routes must bind, found from the file's text (<see cref="SourceSearch"/>):
/// <list type="bullet">
/// <item>uses of <c>EndpointId</c>, <c>FromLanguage</c> and <c>SetProperty</c> (the Speech SDK's endpoint-ID members:
/// a member cannot be used without its name appearing where it is used);</item>
/// <item>interpolated strings and <c>new …(a + b)</c> arguments that name a constant holding a GUID and that may
/// compose a reference anchor, from their own text or from a constant (<see cref="CompositionConstants"/>): only such
/// a composition can complete a URI with a model ID from a constant. An anchor split across two parts of a
/// composition (<c>"speech" + ToText</c>) is not looked for.</item>
/// </list>
/// Names are matched as text and then checked on the token, so a name in a string or a comment costs a lookup and
/// yields nothing. A file that may spell identifiers with unicode escapes is also walked token by token for them.
/// </summary>
internal static class BindingCandidates
{
    internal static readonly string[] EndpointIdMembers = { "EndpointId", "FromLanguage", "SetProperty" };

    public static List<SyntaxNode> Find(SyntaxTree tree, bool sdkReferenced, CompositionConstants constants, CancellationToken cancellationToken)
    {
        var found = new Candidates();
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

        var idConstants = constants.HoldingId;
        foreach (var position in idConstants.FindIn(text))
        {
            root ??= tree.GetRoot(cancellationToken);
            if (IdentifierAt(root, position) is { } identifier && idConstants.Contains(identifier.ValueText))
            {
                AddCompositions(identifier, text, constants.MayHoldAnchor, found, found.ClimbedWithText);
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
                    // Escaped names defeat the anchor test's name search too: bind whatever composes the constant.
                    AddCompositions(token, text: null, constants.MayHoldAnchor, found, found.ClimbedWithoutText);
                }
            }
        }

        var nodes = found.Nodes;
        nodes.RemoveAll(SourceSearch.IsExcluded);
        nodes.Sort((a, b) => a.SpanStart != b.SpanStart ? a.SpanStart.CompareTo(b.SpanStart) : b.Span.Length.CompareTo(a.Span.Length));
        return nodes;
    }

    /// <summary>
    /// The nodes found, in a list with a set beside it, and the nodes already climbed through: a generated file may use
    /// one constant thousands of times in one concatenation, and each use must not climb (or search the list) again.
    /// </summary>
    private sealed class Candidates
    {
        private readonly HashSet<SyntaxNode> _seen = new();

        public List<SyntaxNode> Nodes { get; } = new();

        public HashSet<SyntaxNode> ClimbedWithText { get; } = new();

        public HashSet<SyntaxNode> ClimbedWithoutText { get; } = new();

        public void AddOnce(SyntaxNode node)
        {
            if (_seen.Add(node))
            {
                Nodes.Add(node);
            }
        }
    }

    private static SyntaxToken? IdentifierAt(SyntaxNode root, int position)
    {
        var token = root.FindToken(position);
        return token.IsKind(SyntaxKind.IdentifierToken) && token.Span.Contains(position) ? token : null;
    }

    /// <summary><c>x.EndpointId = …</c>, <c>(x.EndpointId) = …</c>, <c>{ EndpointId = … }</c>, <c>x.FromLanguage(…)</c>, <c>x?.SetProperty(…)</c>.</summary>
    private static void AddEndpointIdUse(SyntaxToken? identifier, Candidates found)
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
        while (use.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            use = parenthesized;
        }

        switch (use.Parent)
        {
            case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left == use:
                found.AddOnce(assignment);
                break;
            case InvocationExpressionSyntax invocation when invocation.Expression == use:
                found.AddOnce(invocation);
                break;
        }
    }

    /// <summary>
    /// Climbs from a constant's name through what can compose text around it (member access, parentheses, casts,
    /// <c>!</c>, <c>checked</c>, interpolation holes, <c>+</c>) and adds each interpolated string on the way, and the
    /// object creation whose argument the composition is, when it may compose an anchor (<see cref="MayComposeAnchor"/>;
    /// not checked without <paramref name="text"/>). Stops at a node an earlier use of a constant already climbed
    /// through (<paramref name="climbed"/>): everything above it was seen then, so a long concatenation is climbed once.
    /// </summary>
    private static void AddCompositions(SyntaxToken? identifier, string? text, IdentifierNameSet anchorConstants, Candidates found, HashSet<SyntaxNode> climbed)
    {
        void Add(SyntaxNode composition)
        {
            if (text is null || MayComposeAnchor(composition, text, anchorConstants))
            {
                found.AddOnce(composition);
            }
        }

        SyntaxNode? current = identifier?.Parent as SimpleNameSyntax;
        while (current?.Parent is { } parent)
        {
            if (!climbed.Add(parent))
            {
                return;
            }

            switch (parent)
            {
                case MemberAccessExpressionSyntax access when access.Name == current:
                case ParenthesizedExpressionSyntax:
                case CastExpressionSyntax:
                case CheckedExpressionSyntax:
                case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                case InterpolationSyntax:
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    break;
                case InterpolatedStringExpressionSyntax interpolated:
                    Add(interpolated);
                    break;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } }:
                    Add(creation);
                    return;
                default:
                    return;
            }

            current = parent;
        }
    }

    /// <summary>
    /// Whether the text <paramref name="composition"/> builds can hold a reference anchor: its own source text holds
    /// one (ignoring case), or it names a constant that may (<see cref="CompositionConstants.MayHoldAnchor"/>).
    /// </summary>
    private static bool MayComposeAnchor(SyntaxNode composition, string text, IdentifierNameSet anchorConstants)
    {
        var span = composition.Span;
        foreach (var anchor in ReferenceRecognizer.Anchors)
        {
            if (text.IndexOf(anchor, span.Start, span.Length, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return anchorConstants.FindIn(text, span.Start, span.Length).Count > 0;
    }
}
