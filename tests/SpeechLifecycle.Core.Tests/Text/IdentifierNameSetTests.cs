using SpeechLifecycle.Text;

namespace SpeechLifecycle.Core.Tests.Text;

public sealed class IdentifierNameSetTests
{
    // Names that no test text contains (no test text has a 'Q'): added to a set of a few names, they push it past the
    // IndexOf-per-name limit (16) onto the identifier scan without changing what it can find.
    private static readonly string[] Padding = Enumerable.Range(0, 17).Select(i => $"Qpad{i:00}").ToArray();

    [Theory]
    [InlineData("[|Id|]")]
    [InlineData("[|Id|] = 1;")]
    [InlineData("return [|Id|]")]
    [InlineData("x.[|Id|]")]
    [InlineData("([|Id|])")]
    [InlineData("{[|Id|]}")]
    [InlineData("a->[|Id|]::b")]
    [InlineData("\"[|Id|]\" // [|Id|]\n[|Id|];")]
    public void WholeWordOccurrences_AreFound(string markup)
    {
        AssertFinds(markup, "Id");
    }

    [Theory]
    [InlineData("Identity")]
    [InlineData("_Id")]
    [InlineData("Id2")]
    [InlineData("Id_")]
    [InlineData("IdId")]
    [InlineData("ModelId")]
    [InlineData("id ID iD")]
    public void OccurrencesInsideLongerIdentifiers_AreNotFound(string text)
    {
        AssertFinds(text, "Id");
    }

    [Theory]
    [InlineData("Idé")]
    [InlineData("éId")]
    [InlineData("中Id")]
    [InlineData("Id中")]
    [InlineData("😀Id")]
    [InlineData("Idé.éId (Id\u00e9)")]
    public void NonAsciiNeighbours_MakeTheNamePartOfALongerIdentifier(string text)
    {
        AssertFinds(text, "Id");
    }

    [Theory]
    [InlineData("([|Modèle|])")]
    [InlineData("[|Modèle|].Id")]
    [InlineData("xModèle Modèlex")]
    public void NonAsciiNames_AreFoundAsWholeWords(string markup)
    {
        AssertFinds(markup, "Modèle");
    }

    [Fact]
    public void PositionsOfSeveralNames_AreInTextOrder()
    {
        AssertFinds("[|Value|] = [|Name|] + [|Id|] * [|Name|]; return ([|Id|], [|Value|]);", "Id", "Name", "Value");
    }

    [Fact]
    public void BothStrategies_AgreeWithAPlainScan_OnAPseudoRandomCorpus()
    {
        string[] names = { "Id", "ModelId", "_id", "Endpoint2", "Modèle", "x" };
        var few = new IdentifierNameSet(names);
        var many = new IdentifierNameSet(names.Concat(Padding));
        Assert.InRange(few.Count, 1, 16);
        Assert.True(many.Count > 16);

        var matches = 0;
        foreach (var text in Corpus(seed: 20260229, count: 2000))
        {
            var expected = string.Join(",", WholeWordPositions(text, names));
            Assert.Equal(expected, string.Join(",", few.FindIn(text)));
            Assert.Equal(expected, string.Join(",", many.FindIn(text)));
            matches += few.FindIn(text).Count;
        }

        // The corpus must exercise both answers, or agreement would prove nothing.
        Assert.True(matches > 1000, $"only {matches} matches in the corpus");
    }

    [Fact]
    public void RangeSearch_FindsTheWholeTextsOccurrencesThatLieInsideTheRange_WithBothStrategies()
    {
        string[] names = { "Id", "ModelId", "_id", "Endpoint2", "Modèle", "x" };
        var random = new Random(7);
        var checkedRanges = 0;
        foreach (var text in Corpus(seed: 99, count: 2000))
        {
            var start = random.Next(0, text.Length + 1);
            var length = random.Next(0, text.Length - start + 1);
            var whole = WholeWordPositions(text, names);
            var expected = string.Join(",", whole.Where(at => at >= start && at + NameAt(text, at, names).Length <= start + length));
            foreach (var (strategy, set) in BothStrategies(names))
            {
                Assert.True(expected == string.Join(",", set.FindIn(text, start, length)), $"{strategy}: range {start}+{length} of \"{text}\"");
            }

            checkedRanges += expected.Length > 0 ? 1 : 0;
        }

        Assert.True(checkedRanges > 100, $"only {checkedRanges} ranges held a match");
    }

    [Fact]
    public void RangeSearch_OutsideTheText_IsRejected()
    {
        var set = new IdentifierNameSet(new[] { "Id" });
        Assert.Throws<ArgumentOutOfRangeException>(() => set.FindIn("Id Id", 3, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.FindIn("Id Id", -1, 2));
    }

    [Fact]
    public void IdentifierScan_WithManyNamesThatOccur_AgreesWithAPlainScan()
    {
        string[] names =
        {
            "Id", "ID", "id", "ModelId", "ModelIds", "IdModel", "_id", "_", "Endpoint2", "Modèle", "x", "Identity", "Id2",
            "中", "é", "42", "u0049d", "Name", "Value",
        };
        var set = new IdentifierNameSet(names);
        Assert.True(set.Count > 16);

        foreach (var text in Corpus(seed: 17, count: 2000))
        {
            Assert.Equal(string.Join(",", WholeWordPositions(text, names)), string.Join(",", set.FindIn(text)));
        }
    }

    [Fact]
    public void EmptySet_FindsNothing()
    {
        var empty = new IdentifierNameSet(Array.Empty<string>());
        Assert.Equal(0, empty.Count);
        Assert.Empty(empty.FindIn("Id Name Value"));
        Assert.Empty(new IdentifierNameSet(Array.Empty<string>()).FindIn("Id Name Value"));
    }

    [Fact]
    public void EmptyText_GivesNothing()
    {
        foreach (var (strategy, set) in BothStrategies("Id", "Name"))
        {
            Assert.True(set.FindIn(string.Empty).Count == 0, strategy);
        }
    }

    [Fact]
    public void DuplicateNames_AreCountedAndFoundOnce()
    {
        var set = new IdentifierNameSet(new[] { "Id", "Name", "Id", "Name", "Id" });

        Assert.Equal(2, set.Count);
        Assert.Equal(2 + Padding.Length, new IdentifierNameSet(new[] { "Id", "Name", "Id" }.Concat(Padding).Concat(Padding)).Count);
        AssertFinds("[|Id|] = [|Name|];", "Id", "Name", "Id", "Name", "Id");
    }

    [Fact]
    public void NullAndEmptyNames_AreIgnored()
    {
        var set = new IdentifierNameSet(new[] { string.Empty, null!, "Id" });

        Assert.Equal(1, set.Count);
        Assert.Equal(new[] { 1 }, set.FindIn(" Id "));
    }

    [Fact]
    public void Contains_ComparesWholeNamesOrdinally()
    {
        var set = new IdentifierNameSet(new[] { "Id", "Modèle" });

        Assert.True(set.Contains("Id"));
        Assert.True(set.Contains("Modèle"));
        Assert.False(set.Contains("id"));
        Assert.False(set.Contains("I"));
        Assert.False(set.Contains("Identity"));
        Assert.False(set.Contains("Modele"));
        Assert.False(set.Contains(string.Empty));
        Assert.False(set.Contains(null!));
    }

    [Theory]
    [InlineData(@"var \u0049d = 1;")]
    [InlineData(@"var \U00000049d = 1;")]
    [InlineData(@"x.\u0049\u0064")]
    public void EscapedIdentifiers_AreFlagged_BecauseFindInCannotSeeThem(string text)
    {
        Assert.True(IdentifierNameSet.MayHoldEscapedIdentifier(text));
        AssertFinds(text, "Id");
    }

    [Theory]
    [InlineData("var Id = 1;")]
    [InlineData("")]
    [InlineData(@"C:\temp\data \x0049 \n \\ u0049")]
    [InlineData("u0049d U00000049d")]
    public void PlainText_IsNotFlaggedAsHoldingEscapes(string text)
    {
        Assert.False(IdentifierNameSet.MayHoldEscapedIdentifier(text));
    }

    [Fact]
    public void NullText_IsNotFlaggedAsHoldingEscapes()
    {
        Assert.False(IdentifierNameSet.MayHoldEscapedIdentifier(null!));
    }

    /// <summary>The markup's <c>[|…|]</c> spans must be exactly what both strategies find for <paramref name="names"/>.</summary>
    private static void AssertFinds(string markup, params string[] names)
    {
        var (text, starts) = ParseSpans(markup);
        foreach (var (strategy, set) in BothStrategies(names))
        {
            Assert.Equal($"{strategy}: {string.Join(",", starts)}", $"{strategy}: {string.Join(",", set.FindIn(text))}");
        }
    }

    /// <summary>The same names as a set of at most 16 (IndexOf per name) and padded to more than 16 (identifier scan).</summary>
    private static IEnumerable<(string Strategy, IdentifierNameSet Set)> BothStrategies(params string[] names)
    {
        var few = new IdentifierNameSet(names);
        Assert.InRange(few.Count, 1, 16);
        var many = new IdentifierNameSet(names.Concat(Padding));
        Assert.True(many.Count > 16);
        yield return ("IndexOf per name", few);
        yield return ("identifier scan", many);
    }

    /// <summary>Text without the markers and the start of every <c>[|…|]</c> span (several allowed, unlike <see cref="Markup"/>).</summary>
    private static (string Text, List<int> Starts) ParseSpans(string markup)
    {
        var text = new System.Text.StringBuilder();
        var starts = new List<int>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, "[|", 0, 2) == 0)
            {
                starts.Add(text.Length);
                i++;
            }
            else if (string.CompareOrdinal(markup, i, "|]", 0, 2) == 0)
            {
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        return (text.ToString(), starts);
    }

    /// <summary>The specification, character by character: an occurrence is whole when no identifier character touches it.</summary>
    private static List<int> WholeWordPositions(string text, IEnumerable<string> names)
    {
        var found = new SortedSet<int>();
        foreach (var name in names)
        {
            for (var i = 0; i + name.Length <= text.Length; i++)
            {
                if (string.CompareOrdinal(text, i, name, 0, name.Length) == 0
                    && (i == 0 || !IsIdentifierChar(text[i - 1]))
                    && (i + name.Length == text.Length || !IsIdentifierChar(text[i + name.Length])))
                {
                    found.Add(i);
                }
            }
        }

        return found.ToList();
    }

    // The longest name that starts at a whole-word occurrence (the occurrence is the whole word, so exactly one fits).
    private static string NameAt(string text, int at, IEnumerable<string> names) =>
        names.Where(n => string.CompareOrdinal(text, at, n, 0, n.Length) == 0 && (at + n.Length == text.Length || !IsIdentifierChar(text[at + n.Length]))).First();

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c > '\x7f';

    /// <summary>Texts glued from names, near misses, non-ASCII neighbours and punctuation, reproducible from the seed.</summary>
    private static IEnumerable<string> Corpus(int seed, int count)
    {
        string[] pieces =
        {
            "Id", "ModelId", "_id", "Endpoint2", "Modèle", "x",
            "Identity", "Id2", "ID", "id", "ModelIds", "IdModel", "Modele", "Endpoint", "2", "42", "_", "é", "中", "😀", "Name", "Value",
            " ", " ", " ", ".", "(", ")", "{", "}", ";", ",", "\"", "\n", "->", "::", "$", "@", "#", "//", @"\u0049d", "=",
        };
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var text = new System.Text.StringBuilder();
            for (var length = random.Next(0, 40); length > 0; length--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var result = text.ToString();
            Assert.DoesNotContain("Q", result, StringComparison.Ordinal);
            yield return result;
        }
    }
}
