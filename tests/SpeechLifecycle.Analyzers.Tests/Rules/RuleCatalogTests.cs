using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpeechLifecycle.Analyzers.Rules;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

/// <summary>Every ID has a descriptor, an analyzer that reports it, a doc page, a release-tracking row and a README row.</summary>
public sealed class RuleCatalogTests
{
    private static readonly DiagnosticAnalyzer[] Analyzers = { new ModelLifecycleAnalyzer(), new RetiredApiVersionAnalyzer() };

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in AllIds())
        {
            data.Add(id);
        }

        return data;
    }

    private static IEnumerable<string> AllIds() =>
        typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(DiagnosticDescriptor)).Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    [Fact]
    public void TheRegistryHasElevenIds() => Assert.Equal(11, AllIds().Distinct().Count());

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryId_HasOneDescriptor_ThatAnAnalyzerSupports(string id)
    {
        var descriptor = Assert.Single(AllDescriptors(), d => d.Id == id);
        Assert.Equal(Descriptors.HelpLink(id), descriptor.HelpLinkUri);
        Assert.Equal($"https://github.com/speechlifecycle/SpeechLifecycle.Analyzers/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Single(Analyzers, a => a.SupportedDiagnostics.Any(d => d.Id == id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryId_HasADocPage_WithTheContractSections(string id)
    {
        var page = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        Assert.Contains(descriptor.Title.ToString(), text, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Why it matters", "## How to fix", "## Configuration", "## How to suppress" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryId_HasAReleaseTrackingRow_WithItsSeverity(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "SpeechLifecycle.Analyzers", "AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "SpeechLifecycle.Analyzers", "AnalyzerReleases.Shipped.md")));
        var row = Assert.Single(rows, r => r.StartsWith(id + " ", StringComparison.Ordinal));
        var cells = row.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(Descriptors.Category, cells[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryId_HasARowInTheRuleTable(string id)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "README.md"));
        Assert.Contains($"[{id}](rules/{id}.md)", readme, StringComparison.Ordinal);
    }
}
