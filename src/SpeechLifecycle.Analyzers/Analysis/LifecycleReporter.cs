using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// Turns one recognised reference into its diagnostics: the date verdict on its route (SPL1001–SPL1006), not found
/// (SPL1007), no data (SPL9001), stale data (SPL9002, in addition). Also picks the replacement the code fixes apply.
/// </summary>
internal sealed class LifecycleReporter
{
    private readonly AnalyzerSettings _settings;
    private readonly Lazy<LifecycleData> _data;

    public LifecycleReporter(AnalyzerSettings settings, Lazy<LifecycleData> data)
    {
        _settings = settings;
        _data = data;
    }

    public AnalyzerSettings Settings => _settings;

    public LifecycleData Data => _data.Value;

    public void Report(Action<Diagnostic> report, ReferenceKind kind, Guid id, string? host, LifecycleRoute route, Location location, int warningDays, bool isRequestModelMember)
    {
        var snapshot = _data.Value.Snapshot;
        var entry = snapshot.Find(kind, id, host);
        if (entry is null)
        {
            report(Diagnostic.Create(Descriptors.LifecycleDataUnavailable, location, Subject(kind, id), NoEntryReason()));
            return;
        }

        if (!Available(report, entry, location))
        {
            return;
        }

        if (route == LifecycleRoute.Endpoint)
        {
            ReportEndpoint(report, entry, location, warningDays);
            return;
        }

        if (entry.IsStale)
        {
            report(Stale(entry, location));
        }

        if (_settings.EvaluationDate is not DateTime asOf)
        {
            return;
        }

        var verdict = ExpiryEvaluator.Evaluate(entry, route, asOf, warningDays);
        var descriptor = (route, verdict.State) switch
        {
            (LifecycleRoute.Training, ExpiryState.Expired) => Descriptors.BaseModelTrainingClosed,
            (LifecycleRoute.Training, ExpiryState.ExpiringSoon) => Descriptors.BaseModelTrainingClosesSoon,
            (_, ExpiryState.Expired) => Descriptors.ModelExpiredForTranscription,
            (_, ExpiryState.ExpiringSoon) => Descriptors.ModelExpiresSoonForTranscription,
            _ => null,
        };
        if (descriptor is null || verdict.Deadline is not DateTime deadline)
        {
            return;
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[DiagnosticProperties.ReferenceKind] = entry.Kind.ToString();
        if (isRequestModelMember)
        {
            properties[DiagnosticProperties.IsRequestModelMember] = "true";
        }

        var replacement = FindReplacement(snapshot, entry, host, route, asOf, warningDays);
        if (replacement is not null)
        {
            properties[DiagnosticProperties.ReplacementId] = replacement.Id.ToString("D");
            properties[DiagnosticProperties.ReplacementKind] = replacement.Kind.ToString();
            properties[DiagnosticProperties.ReplacementName] = replacement.DisplayName ?? replacement.Id.ToString("D");
        }

        report(Diagnostic.Create(
            descriptor,
            location,
            properties.ToImmutable(),
            NameOf(entry),
            LocaleOf(entry),
            Date(deadline),
            Estimated(verdict),
            When(verdict)));
    }

    /// <summary>A snapshot file that cannot be read: one SPL9001 at its start, never an exception.</summary>
    public static Diagnostic UnreadableSnapshot(string path, string error, Location location) =>
        Diagnostic.Create(
            Descriptors.LifecycleDataUnavailable,
            location,
            $"snapshot file '{path}'",
            $"it cannot be read ({error}) and is ignored; regenerate it with the SpeechLifecycleUpdateSnapshot target");

    private void ReportEndpoint(Action<Diagnostic> report, LifecycleEntry endpoint, Location location, int warningDays)
    {
        var link = endpoint.Model;
        var model = link is null ? null : _data.Value.Snapshot.Find(link.Kind, link.Id, link.Host ?? endpoint.Host);
        if (model is null)
        {
            var what = link is null ? "its deployed model is not in the data" : $"its deployed model {link.Id:D} is not in the data";
            report(Diagnostic.Create(Descriptors.LifecycleDataUnavailable, location, Subject(ReferenceKind.Endpoint, endpoint.Id), what + "; build again so the SpeechLifecycle task resolves it"));
            return;
        }

        if (!Available(report, model, location))
        {
            return;
        }

        if (endpoint.IsStale || model.IsStale)
        {
            report(Stale(endpoint.IsStale ? endpoint : model, location));
        }

        if (_settings.EvaluationDate is not DateTime asOf)
        {
            return;
        }

        var verdict = ExpiryEvaluator.Evaluate(model, LifecycleRoute.Endpoint, asOf, warningDays);
        var descriptor = verdict.State switch
        {
            ExpiryState.Expired => Descriptors.EndpointModelExpired,
            ExpiryState.ExpiringSoon => Descriptors.EndpointModelExpiresSoon,
            _ => null,
        };
        if (descriptor is null || verdict.Deadline is not DateTime deadline)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.ReferenceKind, nameof(ReferenceKind.Endpoint));
        report(Diagnostic.Create(
            descriptor,
            location,
            properties,
            NameOf(endpoint),
            NameOf(model),
            model.Locale ?? endpoint.Locale ?? "unknown locale",
            Date(deadline),
            Estimated(verdict),
            When(verdict)));
    }

    /// <summary>Reports SPL1007 or SPL9001 for an entry without data; true when the entry has data.</summary>
    private bool Available(Action<Diagnostic> report, LifecycleEntry entry, Location location)
    {
        switch (entry.Lookup)
        {
            case LookupStatus.NotFound:
                var detail = string.IsNullOrWhiteSpace(entry.Detail) ? string.Empty : "; " + entry.Detail!.Trim().TrimEnd('.');
                var host = entry.Host is null ? string.Empty : " on " + entry.Host;
                report(Diagnostic.Create(Descriptors.ReferenceNotFound, location, KindName(entry.Kind), entry.Id.ToString("D"), host, detail));
                return false;
            case LookupStatus.Unavailable:
                var reason = UnavailableReasonText(entry);
                if (!string.IsNullOrWhiteSpace(entry.Detail))
                {
                    reason += " (" + entry.Detail!.Trim().TrimEnd('.') + ")";
                }

                report(Diagnostic.Create(Descriptors.LifecycleDataUnavailable, location, Subject(entry.Kind, entry.Id), reason));
                return false;
            default:
                return true;
        }
    }

    private static LifecycleEntry? FindReplacement(LifecycleSnapshot snapshot, LifecycleEntry entry, string? host, LifecycleRoute route, DateTime asOf, int warningDays)
    {
        if (entry.Locale is null)
        {
            return null;
        }

        if (entry.Kind == ReferenceKind.CustomModel)
        {
            var newer = ReplacementFinder.NewerCustomModel(snapshot, entry, route, asOf, warningDays);
            if (newer is not null)
            {
                return newer;
            }
        }

        return ReplacementFinder.NewestBaseModel(snapshot, host ?? entry.Host, entry.Locale, route, asOf, warningDays);
    }

    private string NoEntryReason() => _settings.Endpoint is null
        ? NoEndpointText()
        : $"it is not in the lifecycle data; build again so the SpeechLifecycle task looks it up through {_settings.Endpoint}, or refresh the committed snapshot with the SpeechLifecycleUpdateSnapshot target";

    private string NoEndpointText() =>
        $"no Speech endpoint is configured (SpeechLifecycleEndpoint is empty) and no snapshot has it; set SpeechLifecycleEndpoint and the {_settings.KeyVariable} environment variable, or commit a speech-lifecycle.json snapshot";

    private string UnavailableReasonText(LifecycleEntry entry) => entry.UnavailableReason switch
    {
        UnavailableReason.NoEndpointConfigured => NoEndpointText(),
        UnavailableReason.NoKeyForHost => $"no key is configured for {entry.Host ?? "its host"}; set the {_settings.KeyVariable} environment variable, or add a SpeechLifecycleResource item with a KeyVariable for that host",
        UnavailableReason.AuthenticationFailed => $"the Speech service rejected the key (401/403); check the {_settings.KeyVariable} environment variable",
        UnavailableReason.ServiceUnreachable => "the Speech service could not be reached and nothing is cached; build again when it is reachable, or commit a speech-lifecycle.json snapshot",
        UnavailableReason.ServiceError => "the Speech service answered with an error; build again later",
        UnavailableReason.BudgetExhausted => "the build's time budget for Speech look-ups ran out before this reference; build again",
        UnavailableReason.Offline => "the build ran offline (SpeechLifecycleOffline or a design-time build) and nothing is cached; run a normal build, or commit a speech-lifecycle.json snapshot",
        _ => "the lifecycle data gives no reason",
    };

    private static Diagnostic Stale(LifecycleEntry entry, Location location) =>
        Diagnostic.Create(
            Descriptors.LifecycleDataStale,
            location,
            $"{KindName(entry.Kind)} '{NameOf(entry)}'",
            entry.FetchedAt is DateTime fetched ? "on " + Date(fetched) : "at an unknown time");

    private static string Subject(ReferenceKind kind, Guid id) => $"{KindName(kind)} {id:D}";

    private static string KindName(ReferenceKind kind) => kind switch
    {
        ReferenceKind.BaseModel => "base model",
        ReferenceKind.CustomModel => "custom model",
        ReferenceKind.Endpoint => "endpoint",
        _ => "model",
    };

    private static string NameOf(LifecycleEntry entry) => string.IsNullOrWhiteSpace(entry.DisplayName) ? entry.Id.ToString("D") : entry.DisplayName!;

    private static string LocaleOf(LifecycleEntry entry) => entry.Locale ?? "unknown locale";

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Estimated(ExpiryVerdict verdict) => verdict.IsEstimated ? " (estimated)" : string.Empty;

    /// <summary>"today", "1 day ago", "12 days ago" for an expired verdict; "in 1 day", "in 30 days" otherwise.</summary>
    private static string When(ExpiryVerdict verdict)
    {
        if (verdict.State == ExpiryState.Expired)
        {
            var ago = -verdict.Days;
            return ago <= 0 ? "today" : ago == 1 ? "1 day ago" : $"{ago.ToString(CultureInfo.InvariantCulture)} days ago";
        }

        return verdict.Days == 1 ? "in 1 day" : $"in {verdict.Days.ToString(CultureInfo.InvariantCulture)} days";
    }
}
