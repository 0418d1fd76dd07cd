using Microsoft.CodeAnalysis.Text;
using SpeechLifecycle.CodeFixes.Editing;

namespace SpeechLifecycle.Analyzers.Tests.CodeFixes;

/// <summary>The plain text logic under the fixers, without a workspace.</summary>
public sealed class EditingTextTests
{
    private const string Model = "0b1c7e3e-95a6-4a44-8c37-2f0a1d5e9b21";
    private const string Project = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b";

    [Theory]
    [InlineData(Model)]
    [InlineData("https://h/speechtotext/models/base/" + Model)]
    [InlineData("https://h/speechtotext/v3.1/projects/" + Project + "/models/" + Model)]
    [InlineData("https://h/speechtotext/models/" + Model + "?project=" + Project)]
    public void FindModelId_FindsTheModelGuid(string text) =>
        Assert.Equal(text.IndexOf(Model, StringComparison.Ordinal), ModelIdText.FindModelId(text));

    [Theory]
    [InlineData("https://h/speechtotext/models/base")]
    [InlineData("https://h/speechtotext/datasets/" + Model + "/files/" + Project)]
    [InlineData("x" + Model + "0")]
    [InlineData("0b1c7e3e-95a6-4a44-8c37-2f0a1d5e9b2")]
    [InlineData("0b1c7e3e_95a6-4a44-8c37-2f0a1d5e9b21")]
    public void FindModelId_NoneOrAmbiguous_IsMinusOne(string text) => Assert.Equal(-1, ModelIdText.FindModelId(text));

    [Theory]
    [InlineData("https://h/speechtotext/models/base/" + Model, "Base")]
    [InlineData("https://h/speechtotext/v3.1/Models/Base/" + Model, "Base")]
    [InlineData("https://h/speechtotext/models/" + Model, "Custom")]
    [InlineData("https://h/speechtotext/endpoints/" + Model, "None")]
    [InlineData(Model, "None")]
    public void PathKindBefore(string text, string expected) =>
        Assert.Equal(expected, ModelIdText.PathKindBefore(text, text.IndexOf(Model, StringComparison.Ordinal)).ToString());

    [Theory]
    [InlineData("0b1c7e3e-95a6-4a44-8c37-2f0a1d5e9b21", "c4a1e2b3-6d5f-4a7b-8c9d-0e1f2a3b4c5d")]
    [InlineData("0B1C7E3E-95A6-4A44-8C37-2F0A1D5E9B21", "C4A1E2B3-6D5F-4A7B-8C9D-0E1F2A3B4C5D")]
    [InlineData("01234567-8901-2345-6789-012345678901", "c4a1e2b3-6d5f-4a7b-8c9d-0e1f2a3b4c5d")]
    public void Format_KeepsTheCaseOfTheReplacedId(string replaced, string expected) =>
        Assert.Equal(expected, ModelIdText.Format(Guid.Parse("c4a1e2b3-6d5f-4a7b-8c9d-0e1f2a3b4c5d"), replaced));

    [Theory]
    [InlineData("https://a/speechtotext/v3.1/models/x", "https://A/speechtotext/models/x?api-version=2025-10-15", true)]
    [InlineData("https://a/speechtotext/v3.1/models/x", "https://b/speechtotext/models/x?api-version=2025-10-15", false)]
    [InlineData("speechtotext/v3.1", "https://a/speechtotext/models/x?api-version=2025-10-15", false)]
    [InlineData("/speechtotext/v3.1/models/x", "/speechtotext/models/x?api-version=2025-10-15", true)]
    [InlineData("https://a/speechtotext/models/x?api-version=2025-10-15", "https://a/speechtotext/models/x?api-version=2025-10-15", false)]
    [InlineData("\\u0068ttps://a/speechtotext/v3.1/models/x", "https://a/speechtotext/models/x?api-version=2025-10-15", false)]
    public void IsRewriteOf(string original, string rewritten, bool expected) => Assert.Equal(expected, UriText.IsRewriteOf(original, rewritten));

    [Theory]
    [InlineData("https://h/speechtotext/models/x?api-version=2025-10-15", true)]
    [InlineData("https://h/a b", false)]
    [InlineData("https://h/\"x\"", false)]
    [InlineData("https://h/{x}", false)]
    [InlineData("", false)]
    public void NeedsNoEscaping(string uri, bool expected) => Assert.Equal(expected, UriText.NeedsNoEscaping(uri));

    [Fact]
    public void Merger_KeepsDisjointEditsInOrder_DropsDuplicatesAndOverlaps()
    {
        var merged = TextChangeMerger.WithoutConflicts(new[]
        {
            new TextChange(new TextSpan(20, 5), "c"),
            new TextChange(new TextSpan(0, 5), "a"),
            new TextChange(new TextSpan(0, 5), "a"),
            new TextChange(new TextSpan(3, 4), "overlaps a"),
            new TextChange(new TextSpan(5, 5), "b"),
            new TextChange(new TextSpan(5, 0), "inserted where b starts"),
        });

        Assert.Equal(new[] { "a", "inserted where b starts", "c" }, merged.Select(c => c.NewText));
    }
}
