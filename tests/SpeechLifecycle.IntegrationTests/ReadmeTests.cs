using System.Text.RegularExpressions;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>The README's rule table lists every rule that has a documentation page, with its link, and nothing else.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string RepositoryRoot = typeof(ReadmeTests).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    [Fact]
    public void Rule_table_has_one_row_per_rule_page_linking_to_it()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryRoot, "docs", "rules"), "SPL*.md")
            .Select(path => Path.GetFileNameWithoutExtension(path)!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var rows = RuleRow().Matches(File.ReadAllText(Path.Combine(RepositoryRoot, "README.md")))
            .Select(match => (Id: match.Groups["id"].Value, Link: match.Groups["link"].Value))
            .ToList();

        Assert.NotEmpty(pages);
        Assert.Equal(pages, rows.Select(row => row.Id).Order(StringComparer.Ordinal).ToList());
        Assert.All(rows, row => Assert.Equal($"docs/rules/{row.Id}.md", row.Link));
    }

    [GeneratedRegex(@"^\| (?<id>SPL\d{4}) \|.*\[\k<id>\]\((?<link>[^)]+)\) \|$", RegexOptions.Multiline)]
    private static partial Regex RuleRow();
}
