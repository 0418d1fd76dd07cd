using System;
using System.Collections.Generic;
using System.Globalization;
using SpeechLifecycle.Json;

namespace SpeechLifecycle.Tasks.Reporting;

/// <summary>
/// <c>speech-lifecycle-report.json</c> (docs/report.md, docs/schemas/speech-lifecycle-report.schema.json) and the
/// per-project fragments it is combined from (a project object of the same shape plus <c>fullPath</c>). Stable: no
/// clock, no machine-specific text in the report itself, members always present (null when unknown).
/// </summary>
public static class ReportJson
{
    public static string Write(LifecycleReport report)
    {
        var writer = new JsonWriter();
        writer.StartObject();
        writer.PropertyName("reportVersion");
        writer.Number(LifecycleReport.CurrentReportVersion);
        writer.PropertyName("evaluationDate");
        writer.String(Date(report.EvaluationDate));
        writer.PropertyName("summary");
        writer.StartObject();
        foreach (ReportStatus status in Enum.GetValues(typeof(ReportStatus)))
        {
            writer.PropertyName(StatusName(status));
            writer.Number(report.Count(status));
        }

        writer.EndObject();
        writer.PropertyName("projects");
        writer.StartArray();
        foreach (var project in report.Projects)
        {
            WriteProject(writer, project, withFullPath: false);
        }

        writer.EndArray();
        writer.EndObject();
        return writer + "\n";
    }

    public static string WriteFragment(ProjectReport project)
    {
        var writer = new JsonWriter();
        WriteProject(writer, project, withFullPath: true);
        return writer + "\n";
    }

    /// <summary>Reads a fragment back; throws <see cref="FormatException"/> or <see cref="JsonParseException"/> when it is not one.</summary>
    public static ProjectReport ReadFragment(string text)
    {
        var root = JsonParser.Parse(text);
        if (root.Kind != JsonKind.Object)
        {
            throw new FormatException("A report fragment is a JSON object.");
        }

        var project = new ProjectReport
        {
            Name = Required(root, "name"),
            Path = Required(root, "path"),
            FullPath = Required(root, "fullPath"),
            EvaluationDate = ParseDate(Required(root, "evaluationDate")),
            WarningDays = Number(root["warningDays"]) ?? 0,
            UnconfirmedCandidates = Number(root["unconfirmedCandidates"]) ?? 0,
        };
        foreach (var item in Array(root, "entries"))
        {
            project.Entries.Add(ReadEntry(item));
        }

        foreach (var item in Array(root, "acceptances"))
        {
            project.Acceptances.Add(ReadAcceptance(item));
        }

        return project;
    }

    public static string StatusName(ReportStatus status) => status switch
    {
        ReportStatus.Expired => "expired",
        ReportStatus.ExpiringSoon => "expiringSoon",
        ReportStatus.NotFound => "notFound",
        ReportStatus.NoData => "noData",
        ReportStatus.Accepted => "accepted",
        _ => "healthy",
    };

    private static void WriteProject(JsonWriter writer, ProjectReport project, bool withFullPath)
    {
        writer.StartObject();
        writer.PropertyName("name");
        writer.String(project.Name);
        writer.PropertyName("path");
        writer.String(project.Path);
        if (withFullPath)
        {
            writer.PropertyName("fullPath");
            writer.String(project.FullPath);
        }

        writer.PropertyName("evaluationDate");
        writer.String(Date(project.EvaluationDate));
        writer.PropertyName("warningDays");
        writer.Number(project.WarningDays);
        writer.PropertyName("unconfirmedCandidates");
        writer.Number(project.UnconfirmedCandidates);
        writer.PropertyName("entries");
        writer.StartArray();
        foreach (var entry in project.Entries)
        {
            WriteEntry(writer, entry);
        }

        writer.EndArray();
        writer.PropertyName("acceptances");
        writer.StartArray();
        foreach (var acceptance in project.Acceptances)
        {
            WriteAcceptance(writer, acceptance, withState: true);
        }

        writer.EndArray();
        writer.EndObject();
    }

    private static void WriteEntry(JsonWriter writer, ReportEntry entry)
    {
        writer.StartObject();
        Property(writer, "status", StatusName(entry.Status));
        Property(writer, "kind", entry.Kind);
        Property(writer, "id", entry.Id.ToString("D"));
        Property(writer, "host", entry.Host);
        Property(writer, "name", entry.Name);
        Property(writer, "locale", entry.Locale);
        Property(writer, "route", entry.Route);
        Property(writer, "rule", entry.Rule);
        Property(writer, "severity", entry.Severity);
        Property(writer, "message", entry.Message);
        Property(writer, "deadline", Date(entry.Deadline));
        writer.PropertyName("daysLeft");
        if (entry.DaysLeft is { } days)
        {
            writer.Number(days);
        }
        else
        {
            writer.Null();
        }

        writer.PropertyName("estimated");
        writer.Boolean(entry.Estimated);
        writer.PropertyName("stale");
        writer.Boolean(entry.Stale);
        Property(writer, "transcriptionDate", Date(entry.TranscriptionDate));
        Property(writer, "adaptationDate", Date(entry.AdaptationDate));
        writer.PropertyName("deployedModel");
        WriteModel(writer, entry.DeployedModel);
        writer.PropertyName("locations");
        writer.StartArray();
        foreach (var location in entry.Locations)
        {
            writer.StartObject();
            Property(writer, "file", location.File);
            writer.PropertyName("line");
            writer.Number(location.Line);
            writer.EndObject();
        }

        writer.EndArray();
        Property(writer, "fix", entry.Fix);
        writer.PropertyName("replacement");
        WriteModel(writer, entry.Replacement);
        writer.PropertyName("acceptance");
        if (entry.Acceptance is { } acceptance)
        {
            WriteAcceptance(writer, acceptance, withState: false);
        }
        else
        {
            writer.Null();
        }

        writer.EndObject();
    }

    private static void WriteModel(JsonWriter writer, ReportModelRef? model)
    {
        if (model is null)
        {
            writer.Null();
            return;
        }

        writer.StartObject();
        Property(writer, "kind", model.Kind);
        Property(writer, "id", model.Id.ToString("D"));
        Property(writer, "name", model.Name);
        Property(writer, "locale", model.Locale);
        writer.EndObject();
    }

    private static void WriteAcceptance(JsonWriter writer, ReportAcceptance acceptance, bool withState)
    {
        writer.StartObject();
        Property(writer, "reference", acceptance.Reference);
        Property(writer, "kind", acceptance.Kind);
        Property(writer, "id", acceptance.Id.ToString("D"));
        Property(writer, "until", Date(acceptance.Until));
        Property(writer, "reason", acceptance.Reason);
        writer.PropertyName("rules");
        writer.StartArray();
        foreach (var rule in acceptance.Rules)
        {
            writer.String(rule);
        }

        writer.EndArray();
        if (withState)
        {
            Property(writer, "state", acceptance.State);
            writer.PropertyName("daysLeft");
            writer.Number(acceptance.DaysLeft);
        }

        writer.EndObject();
    }

    private static ReportEntry ReadEntry(JsonValue item)
    {
        var entry = new ReportEntry
        {
            Status = ParseStatus(Required(item, "status")),
            Kind = Required(item, "kind"),
            Id = Guid.Parse(Required(item, "id")),
            Host = Text(item, "host"),
            Name = Required(item, "name"),
            Locale = Text(item, "locale"),
            Route = Required(item, "route"),
            Rule = Text(item, "rule"),
            Severity = Text(item, "severity") ?? "none",
            Message = Text(item, "message") ?? string.Empty,
            Deadline = OptionalDate(item, "deadline"),
            DaysLeft = Number(item["daysLeft"]),
            Estimated = item["estimated"]?.Kind == JsonKind.True,
            Stale = item["stale"]?.Kind == JsonKind.True,
            TranscriptionDate = OptionalDate(item, "transcriptionDate"),
            AdaptationDate = OptionalDate(item, "adaptationDate"),
            DeployedModel = ReadModel(item["deployedModel"]),
            Fix = Text(item, "fix"),
            Replacement = ReadModel(item["replacement"]),
        };
        foreach (var location in Array(item, "locations"))
        {
            entry.Locations.Add(new ReportLocation(Required(location, "file"), Number(location["line"]) ?? 0));
        }

        if (item["acceptance"] is { Kind: JsonKind.Object } acceptance)
        {
            entry.Acceptance = ReadAcceptance(acceptance);
        }

        return entry;
    }

    private static ReportAcceptance ReadAcceptance(JsonValue item)
    {
        var rules = new List<string>();
        foreach (var rule in Array(item, "rules"))
        {
            if (rule.Text is { } text)
            {
                rules.Add(text);
            }
        }

        return new ReportAcceptance(Required(item, "reference"), Text(item, "kind"), Guid.Parse(Required(item, "id")), ParseDate(Required(item, "until")), Text(item, "reason") ?? string.Empty, rules)
        {
            State = Text(item, "state") ?? "unused",
            DaysLeft = Number(item["daysLeft"]) ?? 0,
        };
    }

    private static ReportModelRef? ReadModel(JsonValue? value) =>
        value is { Kind: JsonKind.Object }
            ? new ReportModelRef(Required(value, "kind"), Guid.Parse(Required(value, "id")), Required(value, "name"), Text(value, "locale"))
            : null;

    private static ReportStatus ParseStatus(string text)
    {
        foreach (ReportStatus status in Enum.GetValues(typeof(ReportStatus)))
        {
            if (StatusName(status) == text)
            {
                return status;
            }
        }

        throw new FormatException($"Unknown status '{text}'.");
    }

    private static void Property(JsonWriter writer, string name, string? value)
    {
        writer.PropertyName(name);
        writer.String(value);
    }

    private static string? Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime ParseDate(string text) =>
        DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateTimeKind.Utc);

    private static DateTime? OptionalDate(JsonValue item, string name) => Text(item, name) is { } text ? ParseDate(text) : null;

    private static string? Text(JsonValue item, string name) => item[name] is { Kind: JsonKind.String } value ? value.Text : null;

    private static string Required(JsonValue item, string name) => Text(item, name) ?? throw new FormatException($"A report fragment lacks \"{name}\".");

    private static int? Number(JsonValue? value) =>
        value is { Kind: JsonKind.Number, Text: { } text } && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static IReadOnlyList<JsonValue> Array(JsonValue item, string name) =>
        item[name] is { Kind: JsonKind.Array } array ? array.Items : System.Array.Empty<JsonValue>();
}
