using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>What a markup span names: <c>[|…|]</c>, <c>{|SPL1001:…|}</c> or <c>{|#0:…|}</c>.</summary>
public enum MarkupSpanKind
{
    /// <summary><c>[|…|]</c>: the one descriptor the analyzer supports.</summary>
    Anonymous,

    /// <summary><c>{|ID:…|}</c>: a diagnostic with that ID.</summary>
    DiagnosticId,

    /// <summary><c>{|#n:…|}</c>: a location only, claimed by <see cref="DiagnosticResult.WithLocation(int)"/>.</summary>
    LocationKey,
}

public sealed record MarkupSpan(MarkupSpanKind Kind, string? DiagnosticId, int Key, TextSpan Span);

/// <summary>Parses the markup of Microsoft.CodeAnalysis.Testing (<c>[|…|]</c>, <c>{|ID:…|}</c>, <c>{|#0:…|}</c>, nestable).</summary>
public static class TestMarkup
{
    public static (string Text, IReadOnlyList<MarkupSpan> Spans) Parse(string markup)
    {
        var output = new StringBuilder(markup.Length);
        var spans = new List<MarkupSpan>();
        var open = new Stack<(bool Braced, string? Name, int Start)>();

        var i = 0;
        while (i < markup.Length)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((false, null, output.Length));
                i += 2;
            }
            else if (At(markup, i, "{|") && TryReadName(markup, i + 2, out var name, out var next))
            {
                open.Push((true, name, output.Length));
                i = next;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                var braced = markup[i + 1] == '}';
                if (open.Count == 0 || open.Peek().Braced != braced)
                {
                    throw new FormatException($"Unbalanced markup '{markup.Substring(i, 2)}' at offset {i}.");
                }

                var (_, spanName, start) = open.Pop();
                spans.Add(ToSpan(spanName, TextSpan.FromBounds(start, output.Length)));
                i += 2;
            }
            else
            {
                output.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"Unclosed markup span '{(open.Peek().Braced ? "{|" + open.Peek().Name + ":" : "[|")}'.");
        }

        spans.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        return (output.ToString(), spans);
    }

    private static MarkupSpan ToSpan(string? name, TextSpan span)
    {
        if (name is null)
        {
            return new MarkupSpan(MarkupSpanKind.Anonymous, null, -1, span);
        }

        if (name[0] == '#')
        {
            return new MarkupSpan(MarkupSpanKind.LocationKey, null, int.Parse(name.Substring(1), System.Globalization.CultureInfo.InvariantCulture), span);
        }

        return new MarkupSpan(MarkupSpanKind.DiagnosticId, name, -1, span);
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    // A name is an ID (letters, digits, '_') or '#' + digits, followed by ':'.
    private static bool TryReadName(string text, int start, out string name, out int next)
    {
        var i = start;
        if (i < text.Length && text[i] == '#')
        {
            i++;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }

            if (i == start + 1)
            {
                name = string.Empty;
                next = start;
                return false;
            }
        }
        else
        {
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }
        }

        if (i == start || i >= text.Length || text[i] != ':')
        {
            name = string.Empty;
            next = start;
            return false;
        }

        name = text.Substring(start, i - start);
        next = i + 1;
        return true;
    }
}
