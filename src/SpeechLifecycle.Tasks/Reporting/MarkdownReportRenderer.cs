using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpeechLifecycle.Tasks.Reporting;

/// <summary>
/// <c>speech-lifecycle-report.md</c>: GitHub-flavoured Markdown for a CI job summary (<c>$GITHUB_STEP_SUMMARY</c>).
/// One section per status that has entries, most urgent first; every text that comes from the service or the file
/// system is escaped, so a model name cannot inject Markdown or HTML.
/// </summary>
public static class MarkdownReportRenderer
{
    public static string Render(LifecycleReport report)
    {
        var md = new StringBuilder();
        md.Append("# Speech lifecycle report\n\n");
        if (report.Projects.Count == 0)
        {
            md.Append("No project wrote a report.\n");
            return md.ToString();
        }

        md.Append("Evaluated as of **").Append(Date(report.EvaluationDate)).Append("**");
        var windows = new SortedSet<int>();
        foreach (var project in report.Projects)
        {
            windows.Add(project.WarningDays);
        }

        md.Append(" (warning window ").Append(string.Join("/", windows)).Append(" days) for ")
            .Append(Count(report.Projects.Count, "project")).Append(".\n\n");

        md.Append("| Expired | Expiring soon | Not found | No data | Accepted | Healthy |\n|---:|---:|---:|---:|---:|---:|\n|");
        foreach (ReportStatus status in Enum.GetValues(typeof(ReportStatus)))
        {
            md.Append(' ').Append(report.Count(status).ToString(CultureInfo.InvariantCulture)).Append(" |");
        }

        md.Append("\n\n");
        foreach (ReportStatus status in Enum.GetValues(typeof(ReportStatus)))
        {
            var rows = new List<(ProjectReport Project, ReportEntry Entry)>();
            foreach (var project in report.Projects)
            {
                foreach (var entry in project.Entries)
                {
                    if (entry.Status == status)
                    {
                        rows.Add((project, entry));
                    }
                }
            }

            if (rows.Count == 0)
            {
                continue;
            }

            md.Append("## ").Append(Title(status)).Append(" (").Append(rows.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n\n");
            md.Append("| Project | Name | Kind | Locale | Route | Date | Days left | Referenced at | Fix |\n");
            md.Append("|---|---|---|---|---|---|---:|---|---|\n");
            foreach (var (project, entry) in rows)
            {
                md.Append("| ").Append(Escape(project.Name))
                    .Append(" | ").Append(NameCell(entry))
                    .Append(" | ").Append(KindText(entry.Kind))
                    .Append(" | ").Append(Escape(entry.Locale ?? "–"))
                    .Append(" | ").Append(entry.Route)
                    .Append(" | ").Append(entry.Deadline is null ? "–" : Date(entry.Deadline) + (entry.Estimated ? " (estimated)" : string.Empty))
                    .Append(" | ").Append(entry.DaysLeft?.ToString(CultureInfo.InvariantCulture) ?? "–")
                    .Append(" | ").Append(Locations(entry))
                    .Append(" | ").Append(FixCell(entry))
                    .Append(" |\n");
            }

            md.Append('\n');
        }

        var acceptances = new List<(ProjectReport Project, ReportAcceptance Acceptance)>();
        foreach (var project in report.Projects)
        {
            foreach (var acceptance in project.Acceptances)
            {
                acceptances.Add((project, acceptance));
            }
        }

        if (acceptances.Count > 0)
        {
            md.Append("## Acceptances (").Append(acceptances.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n\n");
            md.Append("| Project | Reference | Rules | Until | Days left | State | Reason |\n|---|---|---|---|---:|---|---|\n");
            foreach (var (project, acceptance) in acceptances)
            {
                md.Append("| ").Append(Escape(project.Name))
                    .Append(" | ").Append(Escape(acceptance.Reference))
                    .Append(" | ").Append(acceptance.Rules.Count == 0 ? "all" : Escape(string.Join(", ", acceptance.Rules)))
                    .Append(" | ").Append(Date(acceptance.Until))
                    .Append(" | ").Append(acceptance.DaysLeft.ToString(CultureInfo.InvariantCulture))
                    .Append(" | ").Append(acceptance.State)
                    .Append(" | ").Append(Escape(acceptance.Reason))
                    .Append(" |\n");
            }

            md.Append('\n');
        }

        var unconfirmed = 0;
        foreach (var project in report.Projects)
        {
            unconfirmed += project.UnconfirmedCandidates;
        }

        if (unconfirmed > 0)
        {
            md.Append("_").Append(Count(unconfirmed, "GUID literal")).Append(" in files that set an `EndpointId` had no lifecycle data and ")
                .Append(unconfirmed == 1 ? "is" : "are").Append(" not listed: the build cannot tell a speech-to-text endpoint from a custom-voice one without the compiler (the analyzer can)._\n\n");
        }

        md.Append("Days left count from the evaluation date; zero or less means expired. Generated by the `SpeechLifecycleReport` target.\n");
        return md.ToString();
    }

    public static string Title(ReportStatus status) => status switch
    {
        ReportStatus.Expired => "Expired",
        ReportStatus.ExpiringSoon => "Expiring soon",
        ReportStatus.NotFound => "Not found",
        ReportStatus.NoData => "No data",
        ReportStatus.Accepted => "Accepted",
        _ => "Healthy",
    };

    public static string KindText(string kind) => kind switch
    {
        "baseModel" => "base model",
        "customModel" => "custom model",
        _ => kind,
    };

    /// <summary>
    /// Text that is safe in a GFM table cell: HTML special characters as entities (GitHub renders inline HTML), Markdown
    /// punctuation backslash-escaped, the cell separator escaped, line breaks flattened.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\r':
                case '\n':
                case '\t':
                case '\u2028':
                case '\u2029':
                    escaped.Append(' ');
                    break;
                case '\\':
                case '`':
                case '*':
                case '_':
                case '[':
                case ']':
                case '|':
                case '~':
                case '$': // GitHub renders $…$ as math
                case '@': // e-mail autolinks
                    escaped.Append('\\').Append(c);
                    break;
                // Autolinks: "scheme://" and "www." become links in GFM even without markup.
                case ':' when i + 2 < text.Length && text[i + 1] == '/' && text[i + 2] == '/':
                case '.' when i >= 3 && string.Compare(text, i - 3, "www", 0, 3, StringComparison.OrdinalIgnoreCase) == 0:
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return escaped.ToString();
    }

    private static string NameCell(ReportEntry entry)
    {
        var cell = new StringBuilder(Escape(entry.Name));
        if (!string.Equals(entry.Name, entry.Id.ToString("D"), StringComparison.OrdinalIgnoreCase))
        {
            cell.Append("<br>").Append(entry.Id.ToString("D"));
        }

        if (entry.DeployedModel is { } model)
        {
            cell.Append("<br>serves ").Append(Escape(model.Name));
        }

        if (entry.Stale)
        {
            cell.Append("<br>(stale data)");
        }

        return cell.ToString();
    }

    private static string Locations(ReportEntry entry)
    {
        if (entry.Locations.Count == 0)
        {
            return "–";
        }

        var cell = new StringBuilder();
        foreach (var location in entry.Locations)
        {
            if (cell.Length > 0)
            {
                cell.Append("<br>");
            }

            cell.Append(Escape(location.ToString()));
        }

        return cell.ToString();
    }

    private static string FixCell(ReportEntry entry)
    {
        var rule = entry.Rule is null ? string.Empty : "**" + entry.Rule + "** ";
        return entry.Fix is null ? (entry.Rule is null ? "–" : rule) : rule + Escape(entry.Fix);
    }

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";
}
