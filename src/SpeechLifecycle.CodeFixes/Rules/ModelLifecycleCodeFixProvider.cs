using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using SpeechLifecycle.Analyzers;
using SpeechLifecycle.CodeFixes.Editing;

namespace SpeechLifecycle.CodeFixes.Rules;

/// <summary>
/// SPL1001–SPL1004: switch the flagged model ID to the replacement the analyzer chose, or (SPL1001 on a batch
/// request's <c>model</c> member) drop the member so the service uses its latest base model. One provider for all
/// four IDs so <c>dotnet format</c>, which runs every fixer of an ID on the same diagnostics, never applies two fixes
/// to one reference.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ModelLifecycleCodeFixProvider))]
[Shared]
public sealed class ModelLifecycleCodeFixProvider : TextEditCodeFixProvider
{
    /// <summary>
    /// Equivalence key of "use the replacement the analyzer chose", whichever model that is. One key for every
    /// replacement, because <c>dotnet format</c> runs one Fix-All per ID with the key of the first fix it meets: a
    /// key per replacement model would fix one locale (or host) per run. Fix-All reads each diagnostic's own
    /// replacement from its properties, so no reference ever gets another one's model.
    /// </summary>
    public const string ReplaceModelEquivalenceKey = "SPL.ReplaceModel";

    /// <summary>
    /// Equivalence key of "use base model X (loses customisation)" for a custom model without a newer custom model.
    /// Separate from <see cref="ReplaceModelEquivalenceKey"/> so a bulk run driven by that key never silently trades
    /// a custom model for a base model; only a run started from this fix accepts the loss.
    /// </summary>
    public const string ReplaceModelLosingCustomisationEquivalenceKey = "SPL.ReplaceModelLosingCustomisation";

    /// <summary>Equivalence key of "remove the request's model member".</summary>
    public const string RemoveModelMemberKey = "SPL.RemoveModelMember";

    public const string RemoveModelMemberTitle = "Remove 'model' (the service uses its latest base model)";

    private const string BaseModelKind = "BaseModel";
    private const string CustomModelKind = "CustomModel";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.ModelExpiredForTranscription,
        DiagnosticIds.ModelExpiresSoonForTranscription,
        DiagnosticIds.BaseModelTrainingClosed,
        DiagnosticIds.BaseModelTrainingClosesSoon);

    /// <summary>The title of "use model X" for a diagnostic's properties; says when a custom model's customisation is lost.</summary>
    public static string ReplaceModelTitle(string replacementName, string? replacementKind, string? referenceKind) =>
        LosesCustomisation(replacementKind, referenceKind)
            ? $"Use base model '{replacementName}' (loses customisation)"
            : replacementKind == CustomModelKind
                ? $"Use custom model '{replacementName}'"
                : $"Use base model '{replacementName}'";

    internal override IEnumerable<ProposedFix> ProposeFixes(SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!diagnostic.Location.IsInSource || span.End > root.FullSpan.End)
        {
            yield break;
        }

        var properties = diagnostic.Properties;
        if (TryReplaceModel(root, span, properties) is { } replace)
        {
            yield return replace;
        }

        if (diagnostic.Id == DiagnosticIds.ModelExpiredForTranscription
            && string.Equals(Get(properties, DiagnosticProperties.IsRequestModelMember), "true", StringComparison.OrdinalIgnoreCase)
            && RequestModelMember.FindRemoval(root.FindNode(span, getInnermostNodeForTie: true)) is { } removal)
        {
            yield return new ProposedFix(RemoveModelMemberTitle, RemoveModelMemberKey, ImmutableArray.Create(removal));
        }
    }

    private static ProposedFix? TryReplaceModel(SyntaxNode root, TextSpan span, ImmutableDictionary<string, string?> properties)
    {
        if (!Guid.TryParse(Get(properties, DiagnosticProperties.ReplacementId), out var replacementId))
        {
            return null;
        }

        var replacementKind = Get(properties, DiagnosticProperties.ReplacementKind);
        if (replacementKind is not (BaseModelKind or CustomModelKind))
        {
            return null;
        }

        var source = root.SyntaxTree.GetText();
        var text = source.ToString(span);
        var offset = ModelIdText.FindModelId(text);
        if (offset < 0)
        {
            return null;
        }

        var idSpan = new TextSpan(span.Start + offset, ModelIdText.Length);
        var oldText = text.Substring(offset, ModelIdText.Length);
        if (!StringTokens.ContainsStringText(root, idSpan, out var token) || Guid.Parse(oldText) == replacementId)
        {
            return null;
        }

        var referenceKind = Get(properties, DiagnosticProperties.ReferenceKind);
        var name = Get(properties, DiagnosticProperties.ReplacementName);
        var title = ReplaceModelTitle(string.IsNullOrWhiteSpace(name) ? replacementId.ToString("D") : name!, replacementKind, referenceKind);
        var newId = ModelIdText.Format(replacementId, oldText);

        // Base and custom models live under different paths (models/base/{id} and models/{id}): switching a custom
        // model's URI to a base model moves it under base/, so the URI names a model that exists. A bare ID (a
        // constant that other code puts into a URI) can only switch to a model of its own kind: the path that
        // would need to change is elsewhere.
        var textBeforeId = source.ToString(TextSpan.FromBounds(token.SpanStart, idSpan.Start));
        var change = ModelIdText.PathKindBefore(textBeforeId, textBeforeId.Length) switch
        {
            ModelPathKind.None when replacementKind != referenceKind => (TextChange?)null,
            ModelPathKind.Custom when replacementKind == BaseModelKind => new TextChange(idSpan, ModelIdText.BaseSegment + newId),
            ModelPathKind.Base when replacementKind == CustomModelKind =>
                new TextChange(TextSpan.FromBounds(idSpan.Start - ModelIdText.BaseSegment.Length, idSpan.End), newId),
            _ => new TextChange(idSpan, newId),
        };
        var key = LosesCustomisation(replacementKind, referenceKind) ? ReplaceModelLosingCustomisationEquivalenceKey : ReplaceModelEquivalenceKey;
        return change is { } edit ? new ProposedFix(title, key, ImmutableArray.Create(edit)) : null;
    }

    internal override ProposedFix? ChooseForFixAll(IReadOnlyList<ProposedFix> fixes, string? equivalenceKey)
    {
        switch (equivalenceKey)
        {
            // dotnet format passes no key when the first diagnostic it meets has no fix: each diagnostic's first fix,
            // except a customisation loss nobody chose.
            case null:
                return fixes.Count > 0 && fixes[0].EquivalenceKey != ReplaceModelLosingCustomisationEquivalenceKey ? fixes[0] : null;

            // Choosing the lossy fix accepts the loss where no custom model is left; the other references still get
            // their own replacement, so a dotnet format run that happens to start on such a reference fixes the rest
            // in the same pass. A diagnostic offers at most one of the two replacements.
            case ReplaceModelLosingCustomisationEquivalenceKey:
                return fixes.FirstOrDefault(f => f.EquivalenceKey is ReplaceModelEquivalenceKey or ReplaceModelLosingCustomisationEquivalenceKey);

            default:
                return base.ChooseForFixAll(fixes, equivalenceKey);
        }
    }

    private static bool LosesCustomisation(string? replacementKind, string? referenceKind) =>
        replacementKind == BaseModelKind && referenceKind == CustomModelKind;

    private static string? Get(ImmutableDictionary<string, string?> properties, string key) =>
        properties.TryGetValue(key, out var value) ? value : null;
}
