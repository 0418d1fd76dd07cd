using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;
using static SpeechLifecycle.Messages.LifecycleMessages;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// Turns one recognised reference into its diagnostics: the date verdict on its route (SPL1001–SPL1006), not found
/// (SPL1007), no data (SPL9001), stale data (SPL9002, in addition). Also picks the replacement the code fixes apply.
/// </summary>
internal sealed class LifecycleReporter
{
    private readonly AnalyzerSettings _settings;
    private readonly LifecycleData _data;

    // A replacement depends only on these, and a project names the same model in many places: each search over the
    // candidates is done once per compilation.
    private readonly ConcurrentDictionary<(LifecycleEntry Entry, string? Host, LifecycleRoute Route, int WarningDays), LifecycleEntry?> _replacements = new();

    private readonly ConcurrentDictionary<(string? Host, string Locale, LifecycleRoute Route, int WarningDays), LifecycleEntry?> _newestBaseModels = new();

    public LifecycleReporter(AnalyzerSettings settings, LifecycleData data)
    {
        _settings = settings;
        _data = data;
    }

    public AnalyzerSettings Settings => _settings;

    public LifecycleData Data => _data;

    public void Report(Action<Diagnostic> report, ReferenceKind kind, Guid id, string? host, LifecycleRoute route, Location location, int warningDays, bool isRequestModelMember)
    {
        var snapshot = _data.Snapshot;
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

        var replacement = _replacements.GetOrAdd((entry, host, route, warningDays), key => FindReplacement(snapshot, key.Entry, key.Host, key.Route, asOf, key.WarningDays));
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
            Locale(entry.Locale),
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
        var model = link is null ? null : _data.Snapshot.Find(link.Kind, link.Id, link.Host ?? endpoint.Host);
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
            Locale(model.Locale ?? endpoint.Locale),
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
                report(Diagnostic.Create(Descriptors.ReferenceNotFound, location, KindName(entry.Kind), entry.Id.ToString("D"), HostNote(entry.Host), NotFoundDetail(entry.Detail)));
                return false;
            case LookupStatus.Unavailable:
                var reason = WithDetail(Explain(entry.UnavailableReason, _settings.KeyVariable, entry.Host), entry.Detail);
                report(Diagnostic.Create(Descriptors.LifecycleDataUnavailable, location, Subject(entry.Kind, entry.Id), reason));
                return false;
            default:
                return true;
        }
    }

    private LifecycleEntry? FindReplacement(LifecycleSnapshot snapshot, LifecycleEntry entry, string? host, LifecycleRoute route, DateTime asOf, int warningDays)
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

        // The newest base model depends on the locale, host and route only, not on the model being replaced (which is
        // expired or expiring, so never a candidate): one search per locale and host.
        return _newestBaseModels.GetOrAdd(
            (host ?? entry.Host, entry.Locale, route, warningDays),
            key => ReplacementFinder.NewestBaseModel(snapshot, key.Host, key.Locale, key.Route, asOf, key.WarningDays));
    }

    private string NoEntryReason() => _settings.Endpoint is null
        ? NoEndpointConfigured(_settings.KeyVariable)
        : $"it is not in the lifecycle data; build again so the SpeechLifecycle task looks it up through {_settings.Endpoint}, or refresh the committed snapshot with the SpeechLifecycleUpdateSnapshot target";

    private static Diagnostic Stale(LifecycleEntry entry, Location location) =>
        Diagnostic.Create(
            Descriptors.LifecycleDataStale,
            location,
            StaleSubject(entry),
            Fetched(entry.FetchedAt));
}
