using System;
using System.Collections.Generic;
using System.Globalization;
using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Messages;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks.Reporting;

/// <summary>
/// Evaluates one project's located references against the data the analyzer sees (the task's snapshot merged with
/// the committed one, first entry wins) with Core's <see cref="LifecycleFinder"/>, the same date and warning window:
/// every reference becomes one <see cref="ReportEntry"/> with the build's most severe diagnostic, its dates, where it is
/// written, the fix and any acceptance that covers it.
/// </summary>
public sealed class ReportBuilder
{
    private readonly LifecycleSnapshot _snapshot;
    private readonly LifecycleFinder _finder;
    private readonly DateTime _asOf;
    private readonly int _warningDays;

    public ReportBuilder(LifecycleSnapshot snapshot, DateTime asOf, int warningDays, string keyVariable, string? endpoint)
    {
        _snapshot = snapshot;
        _asOf = asOf.Date;
        _warningDays = Math.Max(0, warningDays);
        _finder = new LifecycleFinder(snapshot, _asOf, keyVariable, endpoint);
    }

    public ProjectReport Build(string name, string path, string fullPath, IReadOnlyList<LocatedReference> references, IReadOnlyList<ReportAcceptance> acceptances)
    {
        var project = new ProjectReport { Name = name, Path = path, FullPath = fullPath, EvaluationDate = _asOf, WarningDays = _warningDays };
        foreach (var acceptance in acceptances)
        {
            acceptance.DaysLeft = (int)(acceptance.Until.Date - _asOf).TotalDays;
            acceptance.State = "unused";
            project.Acceptances.Add(acceptance);
        }

        foreach (var located in references)
        {
            var entry = Evaluate(located);
            if (entry is null)
            {
                project.UnconfirmedCandidates++;
                continue;
            }

            ApplyAcceptance(entry, located.Reference, project.Acceptances);
            project.Entries.Add(entry);
        }

        project.Entries.Sort(Compare);
        // A total order (List.Sort is not stable), so equal inputs give equal bytes.
        project.Acceptances.Sort((a, b) => a.Until != b.Until ? a.Until.CompareTo(b.Until)
            : string.CompareOrdinal(a.Reference + "\n" + a.Kind + "\n" + string.Join(";", a.Rules) + "\n" + a.Reason, b.Reference + "\n" + b.Kind + "\n" + string.Join(";", b.Rules) + "\n" + b.Reason));
        return project;
    }

    /// <summary>Stable order within a project: by status, then the most urgent date, then name and ID.</summary>
    public static int Compare(ReportEntry a, ReportEntry b)
    {
        var order = a.Status.CompareTo(b.Status);
        if (order != 0)
        {
            return order;
        }

        order = (a.Deadline ?? DateTime.MaxValue).CompareTo(b.Deadline ?? DateTime.MaxValue);
        if (order != 0)
        {
            return order;
        }

        order = string.CompareOrdinal(a.Name, b.Name);
        if (order != 0)
        {
            return order;
        }

        order = a.Id.CompareTo(b.Id);
        return order != 0 ? order : string.CompareOrdinal(a.Kind + a.Route + a.Host, b.Kind + b.Route + b.Host);
    }

    private ReportEntry? Evaluate(LocatedReference located)
    {
        var reference = located.Reference;
        var data = _snapshot.Find(reference.Kind, reference.Id, reference.Host);
        if (!located.Confirmed && data?.Lookup != LookupStatus.Resolved)
        {
            return null;
        }

        var entry = new ReportEntry
        {
            Kind = KindName(data?.Kind is { } known && reference.Kind == ReferenceKind.Model ? known : reference.Kind),
            Id = reference.Id,
            Host = reference.Host ?? data?.Host,
            Name = data is { Lookup: LookupStatus.Resolved } ? LifecycleMessages.NameOf(data) : reference.Id.ToString("D"),
            Locale = data?.Locale,
            Route = RouteName(located.Route),
            TranscriptionDate = data?.TranscriptionDateTime?.Date,
            AdaptationDate = data?.Kind == ReferenceKind.CustomModel ? null : data?.AdaptationDateTime?.Date,
        };
        entry.Locations.AddRange(located.Locations);

        var model = data;
        if (located.Route == LifecycleRoute.Endpoint && data is { Lookup: LookupStatus.Resolved, Model: { } link })
        {
            model = _snapshot.Find(link.Kind, link.Id, link.Host ?? data.Host);
            if (model is { Lookup: LookupStatus.Resolved })
            {
                entry.DeployedModel = new ReportModelRef(KindName(model.Kind), model.Id, LifecycleMessages.NameOf(model), model.Locale);
                entry.Locale ??= model.Locale;
                entry.TranscriptionDate = model.TranscriptionDateTime?.Date;
            }
        }

        if (model is { Lookup: LookupStatus.Resolved })
        {
            var verdict = ExpiryEvaluator.Evaluate(model, located.Route, _asOf, _warningDays);
            entry.Deadline = verdict.Deadline;
            entry.DaysLeft = verdict.Deadline is null ? null : verdict.Days;
            entry.Estimated = verdict.IsEstimated;
        }

        entry.Status = ReportStatus.Healthy;
        LifecycleFinding? worst = null;
        foreach (var finding in _finder.Find(reference.Kind, reference.Id, reference.Host, located.Route, _warningDays))
        {
            if (finding.Rule == LifecycleRule.LifecycleDataStale)
            {
                entry.Stale = true;
                worst ??= finding;
                continue;
            }

            if (worst is null || worst.Rule == LifecycleRule.LifecycleDataStale)
            {
                worst = finding;
            }
        }

        if (worst is not null)
        {
            var (id, severity) = SpeechModelDiagnostics.IdAndSeverityOf(worst.Rule);
            entry.Rule = id;
            entry.Severity = severity.ToString().ToLowerInvariant();
            entry.Message = worst.Message;
            entry.Status = StatusOf(worst.Rule);
            entry.Fix = FixFor(worst, entry, data);
            if (worst.Replacement is { } replacement)
            {
                entry.Replacement = new ReportModelRef(KindName(replacement.Kind), replacement.Id, LifecycleMessages.NameOf(replacement), replacement.Locale);
            }
        }

        if (entry.Message.Length == 0)
        {
            entry.Message = entry.Deadline is { } deadline
                ? $"Good until {LifecycleMessages.Date(deadline)}{(entry.Estimated ? " (estimated)" : string.Empty)}, in {entry.DaysLeft?.ToString(CultureInfo.InvariantCulture)} days"
                : "No date applies on this route";
        }

        return entry;
    }

    private void ApplyAcceptance(ReportEntry entry, ScannedReference reference, List<ReportAcceptance> acceptances)
    {
        foreach (var acceptance in acceptances)
        {
            if (acceptance.Id != reference.Id || !KindAgrees(acceptance.Kind, reference.Kind))
            {
                continue;
            }

            var covers = entry.Rule is { } rule && entry.Status != ReportStatus.Healthy
                && (acceptance.Rules.Count == 0 || System.Linq.Enumerable.Contains(acceptance.Rules, rule));
            if (!covers)
            {
                continue;
            }

            entry.Acceptance = acceptance;
            if (acceptance.Until.Date > _asOf)
            {
                acceptance.State = "active";
                entry.Status = ReportStatus.Accepted;
                entry.Fix = $"Accepted until {LifecycleMessages.Date(acceptance.Until)}: {acceptance.Reason}. Then: {entry.Fix}";
            }
            else
            {
                // From its Until date on the original diagnostic is back; the report says the acceptance ended.
                if (acceptance.State != "active")
                {
                    acceptance.State = "ended";
                }

                entry.Fix = $"The acceptance ended on {LifecycleMessages.Date(acceptance.Until)}. {entry.Fix}";
            }

            return;
        }
    }

    private static bool KindAgrees(string? acceptanceKind, ReferenceKind kind)
    {
        var text = acceptanceKind?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var isEndpoint = text!.StartsWith("endpoint", StringComparison.Ordinal);
        return isEndpoint == (kind == ReferenceKind.Endpoint);
    }

    private string FixFor(LifecycleFinding finding, ReportEntry entry, LifecycleEntry? data)
    {
        var replacement = finding.Replacement;
        switch (finding.Rule)
        {
            case LifecycleRule.ModelExpiredForTranscription:
            case LifecycleRule.ModelExpiresSoonForTranscription:
            case LifecycleRule.BaseModelTrainingClosed:
            case LifecycleRule.BaseModelTrainingClosesSoon:
                if (replacement is null)
                {
                    return finding.Rule == LifecycleRule.ModelExpiredForTranscription
                        ? "No newer model of this locale is in the data: remove the request's model member (the service then uses the latest base model), or train a new custom model"
                        : "No newer model of this locale is in the data: refresh the snapshot (SpeechLifecycleUpdateSnapshot) or pick a current base model";
                }

                var lost = data?.Kind == ReferenceKind.CustomModel && replacement.Kind == ReferenceKind.BaseModel ? " (a base model: the customisation is lost; train a new custom model to keep it)" : string.Empty;
                return $"Replace with {KindName(replacement.Kind).Replace("Model", " model")} '{LifecycleMessages.NameOf(replacement)}' ({replacement.Id:D}){lost}; the code fix does this";
            case LifecycleRule.EndpointModelExpired:
            case LifecycleRule.EndpointModelExpiresSoon:
                var newest = entry.Locale is null ? null : ReplacementFinder.NewestBaseModel(_snapshot, entry.Host, entry.Locale, LifecycleRoute.Transcription, _asOf, _warningDays);
                return "Train a new custom model and deploy it to this endpoint (or point the code at a new endpoint)"
                    + (newest is null ? string.Empty : $"; the newest base model for {entry.Locale} is '{LifecycleMessages.NameOf(newest)}' ({newest.Id:D})");
            case LifecycleRule.ReferenceNotFound:
                return "Check the ID; if it belongs to another resource or region, add a SpeechLifecycleResource item for that host" + LifecycleMessages.NotFoundDetail(data?.Detail);
            case LifecycleRule.LifecycleDataStale:
                return "Build with the service reachable, or refresh the committed snapshot (SpeechLifecycleUpdateSnapshot)";
            default:
                var message = finding.Message;
                var reason = message.IndexOf(": ", StringComparison.Ordinal);
                return reason >= 0 ? Capitalized(message.Substring(reason + 2)) : message;
        }
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static ReportStatus StatusOf(LifecycleRule rule) => rule switch
    {
        LifecycleRule.ModelExpiredForTranscription or LifecycleRule.BaseModelTrainingClosed or LifecycleRule.EndpointModelExpired => ReportStatus.Expired,
        LifecycleRule.ModelExpiresSoonForTranscription or LifecycleRule.BaseModelTrainingClosesSoon or LifecycleRule.EndpointModelExpiresSoon => ReportStatus.ExpiringSoon,
        LifecycleRule.ReferenceNotFound => ReportStatus.NotFound,
        LifecycleRule.LifecycleDataUnavailable => ReportStatus.NoData,
        _ => ReportStatus.Healthy, // stale data alone: the dates still hold, the entry says it is stale
    };

    public static string KindName(ReferenceKind kind) => kind switch
    {
        ReferenceKind.BaseModel => "baseModel",
        ReferenceKind.CustomModel => "customModel",
        ReferenceKind.Endpoint => "endpoint",
        _ => "model",
    };

    public static string RouteName(LifecycleRoute route) => route switch
    {
        LifecycleRoute.Training => "training",
        LifecycleRoute.Endpoint => "endpoint",
        _ => "transcription",
    };
}
