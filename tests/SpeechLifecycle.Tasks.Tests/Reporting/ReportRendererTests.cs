using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SpeechLifecycle.Tasks.Reporting;
using static SpeechLifecycle.Tasks.Tests.Reporting.ReportTestData;

namespace SpeechLifecycle.Tasks.Tests.Reporting;

public sealed class ReportRendererTests
{
    private const string Root = "/repo";
    private const string Hostile = "<script>alert('x')</script> | **bold** [link](https://evil.example) $x$ & \"q\"\n# heading";

    private static LifecycleReport SampleReport(string expiredBaseName = "20210831 + Audio file adaptation")
    {
        var acceptances = new[] { new ReportAcceptance(CustomUri(ExpiringCustom), "custom", ExpiringCustom, new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), "Retraining in December", Array.Empty<string>()) };
        return Report(
            Project(Root, "App", Snapshot(expiredBaseName), acceptances),
            Project(Root, "Worker", Snapshot(expiredBaseName)));
    }

    [Fact]
    public void Markdown_GroupsByWhatNeedsAction_WithDatesLocationsAndFixes()
    {
        var markdown = MarkdownReportRenderer.Render(SampleReport());

        Assert.StartsWith("# Speech lifecycle report\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Evaluated as of **2026-11-21** (warning window 90 days) for 2 projects.", markdown, StringComparison.Ordinal);
        var sections = Regex.Matches(markdown, "^## (.+) \\(", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(new[] { "Expired", "Expiring soon", "Not found", "Accepted", "Healthy", "Acceptances" }, sections);
        Assert.Contains("| App | 20210831 + Audio file adaptation<br>1aae1070-7972-47e9-a977-87e3b05c457d | base model | en-US | transcription | 2024-01-15 | -1041 | App/Client.cs:4 | **SPL1001** Replace with base model '20261020'", markdown, StringComparison.Ordinal);
        Assert.Contains("| Worker | Contoso call center 2025-01<br>d669666d-2c1c-43be-90e1-d9f030a2021d | custom model | en-US | transcription | 2027-01-15 | 55 | App/Client.cs:6 | **SPL1002**", markdown, StringComparison.Ordinal);
        Assert.Contains("serves Contoso call center 2024-05", markdown, StringComparison.Ordinal);
        Assert.Contains("| App | https\\://eastus.api.cognitive.microsoft.com/speechtotext/models/d669666d-2c1c-43be-90e1-d9f030a2021d?api-version=2025-10-15 | all | 2027-01-01 | 41 | active | Retraining in December |", markdown, StringComparison.Ordinal);
        Assert.Contains("_2 GUID literals in files that set an `EndpointId` had no lifecycle data and are not listed", markdown, StringComparison.Ordinal);
        // Every table row has the header's number of cells.
        foreach (var row in markdown.Split('\n').Where(line => line.StartsWith("| App ", StringComparison.Ordinal) || line.StartsWith("| Worker ", StringComparison.Ordinal)))
        {
            Assert.True(Regex.Matches(row, @"(?<!\\)\|").Count is 10 or 8, row);
        }
    }

    [Fact]
    public void Markdown_EscapesNamesFromTheService()
    {
        var markdown = MarkdownReportRenderer.Render(SampleReport(Hostile));

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("**bold**", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("[link](https://", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n# heading", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt; \\| \\*\\*bold\\*\\* \\[link\\](https\\://evil.example) \\$x\\$ &amp; &quot;q&quot; # heading", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_IsSelfContained_EscapesEverything_AndDrawsTheTimeline()
    {
        var html = HtmlReportRenderer.Render(SampleReport(Hostile));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" href=", html, StringComparison.Ordinal);
        // The only URL is the SVG namespace; the hostile name's link is text.
        Assert.Equal(new[] { "http://www.w3.org/2000/svg" }, Regex.Matches(html, "\"(https?://[^\"]*)\"").Select(m => m.Groups[1].Value).Distinct());
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);

        var svg = XDocument.Parse(Regex.Match(html, "<svg .*?</svg>", RegexOptions.Singleline).Value);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var groups = svg.Descendants(ns + "g").ToList();
        var project = SampleReport().Projects[0];
        Assert.Equal(2 * project.Entries.Count, groups.Count); // one row per model or endpoint, per project
        Assert.Equal(2 * project.Entries.Count(e => e.Status == ReportStatus.Expired), groups.Count(g => ((string?)g.Attribute("class"))!.Contains("expired", StringComparison.Ordinal)));
        Assert.Equal(2, svg.Descendants(ns + "text").Count(t => t.Value == "as of 2026-11-21"));
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value.StartsWith("expired 2024-01-15", StringComparison.Ordinal));
        Assert.Contains(svg.Descendants(ns + "rect"), r => r.Element(ns + "title")?.Value == "Warning window: 90 days after 2026-11-21");
        var labels = svg.Descendants(ns + "text").Select(t => t.Nodes().OfType<XText>().FirstOrDefault()?.Value).ToList();
        Assert.Contains("App", labels);
        Assert.Contains("Worker", labels);
        Assert.Contains("<h2 class=\"accepted\">Accepted (1)</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_WithAWarningWindowOfAnyLength_StillRenders()
    {
        var report = SampleReport();
        report.Projects[0].WarningDays = int.MaxValue;

        var html = HtmlReportRenderer.Render(report);

        Assert.Contains("Warning window: 2147483647 days after 2026-11-21", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_MatchesTheSchema_AndCarriesTheEntries()
    {
        var json = ReportJson.Write(SampleReport(Hostile));

        Assert.Empty(JsonSchemaCheck.Validate(json));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("2026-11-21", root.GetProperty("evaluationDate").GetString());
        Assert.Equal(8, root.GetProperty("summary").GetProperty("expired").GetInt32());
        var entry = root.GetProperty("projects")[0].GetProperty("entries")[0];
        Assert.Equal(Hostile, entry.GetProperty("name").GetString());
        Assert.Equal("App/Client.cs", entry.GetProperty("locations")[0].GetProperty("file").GetString());
    }

    [Fact]
    public void SchemaCheck_RejectsAReportThatBreaksTheSchema()
    {
        var json = ReportJson.Write(SampleReport()).Replace("\"status\": \"expired\"", "\"status\": \"on fire\"", StringComparison.Ordinal)
            .Replace("\"daysLeft\": -1041", "\"daysLeft\": \"soon\"", StringComparison.Ordinal);

        var errors = JsonSchemaCheck.Validate(json);

        Assert.Contains(errors, error => error.Contains(".status", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains(".daysLeft", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyReport_RendersAndMatchesTheSchema()
    {
        var empty = new LifecycleReport();

        Assert.Empty(JsonSchemaCheck.Validate(ReportJson.Write(empty)));
        Assert.Contains("No project wrote a report.", MarkdownReportRenderer.Render(empty), StringComparison.Ordinal);
        Assert.Contains("No project wrote a report.", HtmlReportRenderer.Render(empty), StringComparison.Ordinal);
    }

    [Fact]
    public void Fragment_RoundTripsToTheSameReport()
    {
        var project = SampleReport(Hostile).Projects[0];
        project.FullPath = "/repo/App/App.csproj";

        var read = ReportJson.ReadFragment(ReportJson.WriteFragment(project));

        Assert.Equal(ReportJson.Write(Report(project)), ReportJson.Write(Report(read)));
        Assert.Equal(HtmlReportRenderer.Render(Report(project)), HtmlReportRenderer.Render(Report(read)));
    }
}
