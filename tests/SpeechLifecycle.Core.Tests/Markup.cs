namespace SpeechLifecycle.Core.Tests;

/// <summary>Test inputs mark the span a result must cover with <c>[|…|]</c>, as in the analyzer tests; never coordinates.</summary>
internal static class Markup
{
    public static (string Text, int Start, int Length) Parse(string markup)
    {
        var open = markup.IndexOf("[|", StringComparison.Ordinal);
        if (open < 0)
        {
            return (markup, -1, 0);
        }

        var close = markup.IndexOf("|]", open + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            throw new ArgumentException("Unclosed [| in test input: " + markup);
        }

        var text = markup.Substring(0, open) + markup.Substring(open + 2, close - open - 2) + markup.Substring(close + 2);
        return (text, open, close - open - 2);
    }
}
