using System;
using System.Collections.Generic;

namespace SpeechLifecycle.Tasks.Reporting;

/// <summary>What a report entry needs, in the order the report lists the groups (most urgent first).</summary>
public enum ReportStatus
{
    Expired,
    ExpiringSoon,
    NotFound,
    NoData,
    Accepted,
    Healthy,
}

/// <summary>Where a reference is written: a path relative to the report's root, with forward slashes, and a 1-based line (0 = the whole file).</summary>
public sealed class ReportLocation
{
    public ReportLocation(string file, int line)
    {
        File = file;
        Line = line;
    }

    public string File { get; }

    public int Line { get; }

    public override string ToString() => Line > 0 ? File + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : File;
}

/// <summary>A model that the entry's referenced model or endpoint relates to: an endpoint's deployed model, or a fix's replacement.</summary>
public sealed class ReportModelRef
{
    public ReportModelRef(string kind, Guid id, string name, string? locale)
    {
        Kind = kind;
        Id = id;
        Name = name;
        Locale = locale;
    }

    public string Kind { get; }

    public Guid Id { get; }

    public string Name { get; }

    public string? Locale { get; }
}

/// <summary>An acceptance (<c>SpeechLifecycleAcceptance</c> item) as the report shows it.</summary>
public sealed class ReportAcceptance
{
    public ReportAcceptance(string reference, string? kind, Guid id, DateTime until, string reason, IReadOnlyList<string> rules)
    {
        Reference = reference;
        Kind = kind;
        Id = id;
        Until = until;
        Reason = reason;
        Rules = rules;
    }

    public string Reference { get; }

    public string? Kind { get; }

    public Guid Id { get; }

    /// <summary>The first day on which the acceptance no longer applies (UTC, day granularity).</summary>
    public DateTime Until { get; }

    public string Reason { get; }

    /// <summary>The rule IDs it covers; empty = every rule.</summary>
    public IReadOnlyList<string> Rules { get; }

    /// <summary>Filled in by the builder: "active", "ended" or "unused" (matches no reference of the project).</summary>
    public string State { get; set; } = "unused";

    /// <summary>Days from the evaluation date to <see cref="Until"/>; zero or negative = ended.</summary>
    public int DaysLeft { get; set; }
}

/// <summary>One referenced model or endpoint of one project, evaluated.</summary>
public sealed class ReportEntry
{
    public ReportStatus Status { get; set; }

    public string Kind { get; set; } = string.Empty;

    public Guid Id { get; set; }

    public string? Host { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Locale { get; set; }

    public string Route { get; set; } = string.Empty;

    /// <summary>The diagnostic ID the build reports for it (the most severe one), or null when healthy.</summary>
    public string? Rule { get; set; }

    public string Severity { get; set; } = "none";

    public string Message { get; set; } = string.Empty;

    /// <summary>The date that matters on the route (an endpoint: its deployed model's transcription date).</summary>
    public DateTime? Deadline { get; set; }

    /// <summary>Days from the evaluation date to <see cref="Deadline"/>; zero or negative = expired.</summary>
    public int? DaysLeft { get; set; }

    public bool Estimated { get; set; }

    public bool Stale { get; set; }

    public DateTime? TranscriptionDate { get; set; }

    public DateTime? AdaptationDate { get; set; }

    public ReportModelRef? DeployedModel { get; set; }

    public List<ReportLocation> Locations { get; } = new();

    /// <summary>What to do, in words; null when nothing needs doing.</summary>
    public string? Fix { get; set; }

    /// <summary>The model a code fix would switch to, when there is one.</summary>
    public ReportModelRef? Replacement { get; set; }

    public ReportAcceptance? Acceptance { get; set; }
}

/// <summary>One project's part of the report (written as a fragment, combined with the other projects' fragments).</summary>
public sealed class ProjectReport
{
    public string Name { get; set; } = string.Empty;

    /// <summary>The project file relative to the report's root, forward slashes.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>The full path of the project file, only in the fragment: a fragment whose project is gone is dropped.</summary>
    public string FullPath { get; set; } = string.Empty;

    public DateTime EvaluationDate { get; set; }

    public int WarningDays { get; set; }

    public List<ReportEntry> Entries { get; } = new();

    public List<ReportAcceptance> Acceptances { get; } = new();

    /// <summary>Bare GUID literals near <c>EndpointId</c> that the data does not know: left out (see docs/report.md).</summary>
    public int UnconfirmedCandidates { get; set; }
}

/// <summary>The whole report: every project that wrote a fragment into the report directory, in a stable order.</summary>
public sealed class LifecycleReport
{
    public const int CurrentReportVersion = 1;

    public List<ProjectReport> Projects { get; } = new();

    /// <summary>The earliest evaluation date of the projects (they normally share one).</summary>
    public DateTime? EvaluationDate
    {
        get
        {
            DateTime? earliest = null;
            foreach (var project in Projects)
            {
                if (earliest is null || project.EvaluationDate < earliest)
                {
                    earliest = project.EvaluationDate;
                }
            }

            return earliest;
        }
    }

    public int Count(ReportStatus status)
    {
        var count = 0;
        foreach (var project in Projects)
        {
            foreach (var entry in project.Entries)
            {
                if (entry.Status == status)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
