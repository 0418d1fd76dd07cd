using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SpeechLifecycle.CodeFixes.Editing;

/// <summary>
/// One fix for one diagnostic, as plain text edits. Single fixes and Fix-All both apply these, so a Fix-All can
/// merge the edits of many diagnostics in one document without re-running a code action per diagnostic.
/// </summary>
internal sealed class ProposedFix
{
    public ProposedFix(string title, string equivalenceKey, ImmutableArray<TextChange> changes)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        Changes = changes;
    }

    public string Title { get; }

    public string EquivalenceKey { get; }

    public ImmutableArray<TextChange> Changes { get; }
}
