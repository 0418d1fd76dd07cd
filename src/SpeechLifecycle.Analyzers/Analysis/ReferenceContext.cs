using System;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// Decides the route of a model URI from where the literal stands (CONTRACT §3): the value of a member, key or
/// property named <c>baseModel</c> (directly or as its entity reference's <c>self</c>) is a training base; anything
/// else that names a model is transcription. Reads anonymous objects, object initializers, dictionary initializers,
/// named arguments, <c>new Uri(...)</c> wrappers and JSON written inside the literal.
/// </summary>
internal static class ReferenceContext
{
    // A JSON key in the literal's text: "name": (the value text is already unescaped). Built on first use: most
    // literals are bare URIs and never need it.
    private static class JsonKeys
    {
        public static readonly Regex Pattern = new("\"([A-Za-z_][A-Za-z0-9_]*)\"\\s*:", RegexOptions.CultureInvariant);
    }

    public readonly struct Decision
    {
        public Decision(LifecycleRoute route, bool isRequestModelMember)
        {
            Route = route;
            IsRequestModelMember = isRequestModelMember;
        }

        public LifecycleRoute Route { get; }

        /// <summary>The literal is the entity reference of a batch request's <c>model</c> member, which a fix may remove.</summary>
        public bool IsRequestModelMember { get; }
    }

    public static Decision Decide(ReferenceKind kind, ExpressionSyntax literal, string value, int referenceStart)
    {
        if (kind == ReferenceKind.Endpoint)
        {
            return new Decision(LifecycleRoute.Endpoint, false);
        }

        var jsonKey = NearestJsonKey(value, referenceStart);
        if (jsonKey is not null)
        {
            return new Decision(IsBaseModel(jsonKey) ? LifecycleRoute.Training : LifecycleRoute.Transcription, false);
        }

        var (name, member, throughSelf) = MemberName(literal);
        if (name is null)
        {
            return new Decision(LifecycleRoute.Transcription, false);
        }

        if (IsBaseModel(name))
        {
            return new Decision(LifecycleRoute.Training, false);
        }

        var isRequestModel = throughSelf
            && (name == "model" || name == "Model")
            && member is AnonymousObjectMemberDeclaratorSyntax or AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax };
        return new Decision(LifecycleRoute.Transcription, isRequestModel);
    }

    public static bool IsBaseModel(string name) => string.Equals(name, "baseModel", StringComparison.OrdinalIgnoreCase);

    private static string? NearestJsonKey(string value, int before)
    {
        var end = Math.Min(before, value.Length);
        if (value.IndexOf('"', 0, end) < 0)
        {
            return null;
        }

        string? nearest = null;
        foreach (Match match in JsonKeys.Pattern.Matches(value.Substring(0, end)))
        {
            var key = match.Groups[1].Value;
            if (!string.Equals(key, "self", StringComparison.OrdinalIgnoreCase))
            {
                nearest = key;
            }
        }

        return nearest;
    }

    /// <summary>The member the value belongs to; through an entity reference's <c>self</c> to the member holding it.</summary>
    private static (string? Name, SyntaxNode? Member, bool ThroughSelf) MemberName(ExpressionSyntax value)
    {
        var (name, member, container) = DirectName(value);
        if (name is not null && string.Equals(name, "self", StringComparison.OrdinalIgnoreCase) && container is not null)
        {
            var (outer, outerMember, _) = DirectName(container);
            return (outer, outerMember, true);
        }

        return (name, member, false);
    }

    /// <summary>The name that <paramref name="value"/> is assigned to, the syntax that names it, and the object that holds it.</summary>
    private static (string? Name, SyntaxNode? Member, ExpressionSyntax? Container) DirectName(ExpressionSyntax value)
    {
        SyntaxNode node = value;
        while (true)
        {
            var parent = node.Parent;
            switch (parent)
            {
                case ParenthesizedExpressionSyntax or CastExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression }:
                    node = parent;
                    continue;
                case ArgumentSyntax { NameColon: { } nameColon } argument:
                    return (nameColon.Name.Identifier.ValueText, argument, null);
                case ArgumentSyntax { Parent.Parent: BaseObjectCreationExpressionSyntax creation } when IsUriCreation(creation):
                    node = creation;
                    continue;
                case AnonymousObjectMemberDeclaratorSyntax declarator:
                    var anonymousName = declarator.NameEquals?.Name.Identifier.ValueText ?? (declarator.Expression as IdentifierNameSyntax)?.Identifier.ValueText;
                    return (anonymousName, declarator, declarator.Parent as ExpressionSyntax);
                case AssignmentExpressionSyntax assignment when assignment.Right == node:
                    return (AssignedName(assignment.Left), assignment, (assignment.Parent as InitializerExpressionSyntax)?.Parent as ExpressionSyntax);
                case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression } element
                    when element.Expressions.Count == 2 && element.Expressions[1] == node:
                    return (StringValue(element.Expressions[0]), element, (element.Parent as InitializerExpressionSyntax)?.Parent as ExpressionSyntax);
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable }:
                    return (variable.Identifier.ValueText, variable, null);
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return (property.Identifier.ValueText, property, null);
                default:
                    return (null, null, null);
            }
        }
    }

    private static string? AssignedName(ExpressionSyntax left) => left switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        ImplicitElementAccessSyntax { ArgumentList.Arguments.Count: 1 } element => StringValue(element.ArgumentList.Arguments[0].Expression),
        ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element => StringValue(element.ArgumentList.Arguments[0].Expression),
        _ => null,
    };

    private static string? StringValue(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;

    private static bool IsUriCreation(BaseObjectCreationExpressionSyntax creation) => creation switch
    {
        ObjectCreationExpressionSyntax { Type: var type } => type.ToString().EndsWith("Uri", StringComparison.Ordinal),
        ImplicitObjectCreationExpressionSyntax => true,
        _ => false,
    };
}
