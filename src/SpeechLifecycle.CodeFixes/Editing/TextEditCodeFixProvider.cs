using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace SpeechLifecycle.CodeFixes.Editing;

/// <summary>
/// Base of the fixers: a fixer only proposes text edits for a diagnostic; this class turns them into code actions
/// and into a Fix-All that applies, per document, the fix each diagnostic has for the requested equivalence key.
/// </summary>
/// <remarks>
/// The Fix-All is custom rather than <c>WellKnownFixAllProviders.BatchFixer</c> for one reason: <c>dotnet format</c>
/// takes the equivalence key of the first fix of the first diagnostic it finds, and passes none when that diagnostic
/// has no fix (a replacement the data does not have). With no key this Fix-All applies each diagnostic's first fix
/// instead of applying nothing.
/// </remarks>
public abstract class TextEditCodeFixProvider : CodeFixProvider
{
    private static readonly ImmutableArray<FixAllScope> Scopes =
        ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixDocumentAsync, Scopes);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var fix in ProposeFixes(root, diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, ct => ApplyAsync(document, fix.Changes, ct), fix.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The fixes for <paramref name="diagnostic"/>, most recommended first; none when a precondition fails.</summary>
    internal abstract IEnumerable<ProposedFix> ProposeFixes(SyntaxNode root, Diagnostic diagnostic);

    /// <summary>
    /// Which of one diagnostic's <paramref name="fixes"/> a Fix-All started from an action with
    /// <paramref name="equivalenceKey"/> applies (null key: dotnet format found no fix on its first diagnostic); none
    /// leaves that diagnostic as it is. Default: the fix with that key, or the first fix when there is no key.
    /// </summary>
    internal virtual ProposedFix? ChooseForFixAll(IReadOnlyList<ProposedFix> fixes, string? equivalenceKey) =>
        equivalenceKey is null ? fixes.FirstOrDefault() : fixes.FirstOrDefault(f => f.EquivalenceKey == equivalenceKey);

    private static async Task<Document> ApplyAsync(Document document, ImmutableArray<TextChange> changes, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(changes));
    }

    private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        if (context.CodeFixProvider is not TextEditCodeFixProvider fixer || diagnostics.IsEmpty)
        {
            return document;
        }

        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var changes = new List<TextChange>();
        foreach (var diagnostic in diagnostics)
        {
            var chosen = fixer.ChooseForFixAll(fixer.ProposeFixes(root, diagnostic).ToList(), context.CodeActionEquivalenceKey);
            if (chosen is not null)
            {
                changes.AddRange(chosen.Changes);
            }
        }

        var merged = TextChangeMerger.WithoutConflicts(changes);
        if (merged.IsEmpty)
        {
            return document;
        }

        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(merged));
    }
}
