using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace SpeechLifecycle.CodeFixes.Editing;

/// <summary>
/// Merges the edits of many diagnostics in one document. Identical edits (two diagnostics on one literal) count once;
/// an edit that overlaps one already taken is dropped rather than corrupting the text (the next run of the fix picks
/// it up).
/// </summary>
internal static class TextChangeMerger
{
    public static ImmutableArray<TextChange> WithoutConflicts(IEnumerable<TextChange> changes)
    {
        var result = ImmutableArray.CreateBuilder<TextChange>();
        foreach (var change in changes.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End))
        {
            if (result.Count > 0)
            {
                var last = result[result.Count - 1];
                if (last.Span == change.Span && last.NewText == change.NewText)
                {
                    continue;
                }

                if (Overlaps(last.Span, change.Span))
                {
                    continue;
                }
            }

            result.Add(change);
        }

        return result.ToImmutable();
    }

    // Two insertions at one point, or an insertion inside a replaced span, conflict too.
    private static bool Overlaps(TextSpan earlier, TextSpan later) =>
        later.Start < earlier.End || (later.Start == earlier.Start);
}
