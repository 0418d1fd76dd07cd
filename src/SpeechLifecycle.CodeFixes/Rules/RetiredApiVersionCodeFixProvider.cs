using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using SpeechLifecycle.Analyzers;
using SpeechLifecycle.CodeFixes.Editing;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.CodeFixes.Rules;

/// <summary>
/// SPL2001 and SPL2002 (the same rewrite under one equivalence key, so a bulk run moves every outdated URI): rewrite a
/// complete model or endpoint URI to the current query-versioned form the analyzer computed (<c>RewrittenUri</c>). No fix for a base path that other code extends: the analyzer leaves the property out there,
/// because the code that appends to it would also need changing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RetiredApiVersionCodeFixProvider))]
[Shared]
public sealed class RetiredApiVersionCodeFixProvider : TextEditCodeFixProvider
{
    /// <summary>Equivalence key; names the version written so a future version is a different choice.</summary>
    public const string UseCurrentApiVersionKey = "SPL.UseApiVersion:" + ApiVersionCatalog.Current;

    public const string UseCurrentApiVersionTitle = "Use api-version=" + ApiVersionCatalog.Current;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RetiredApiVersion, DiagnosticIds.ApiVersionRetirementAnnounced);

    internal override IEnumerable<ProposedFix> ProposeFixes(SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!diagnostic.Location.IsInSource
            || span.End > root.FullSpan.End
            || !diagnostic.Properties.TryGetValue(DiagnosticProperties.RewrittenUri, out var rewritten)
            || rewritten is null
            || !UriText.NeedsNoEscaping(rewritten)
            || !StringTokens.ContainsStringText(root, span, out _))
        {
            yield break;
        }

        // The analyzer marks the complete URI when it computed a rewrite; the prefix check keeps a fix from ever
        // replacing a bare path version, or source text written with escapes, by a whole URI.
        var original = root.SyntaxTree.GetText().ToString(span);
        if (!UriText.IsRewriteOf(original, rewritten))
        {
            yield break;
        }

        var change = new TextChange(span, rewritten);
        yield return new ProposedFix(UseCurrentApiVersionTitle, UseCurrentApiVersionKey, ImmutableArray.Create(change));
    }
}
