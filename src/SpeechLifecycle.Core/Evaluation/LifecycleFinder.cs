using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;
using static SpeechLifecycle.Messages.LifecycleMessages;

namespace SpeechLifecycle.Evaluation;

/// <summary>The lifecycle rules a reference can be reported under; the analyzer maps them to its descriptors, the task to its item messages.</summary>
public enum LifecycleRule
{
    ModelExpiredForTranscription,
    ModelExpiresSoonForTranscription,
    BaseModelTrainingClosed,
    BaseModelTrainingClosesSoon,
    EndpointModelExpired,
    EndpointModelExpiresSoon,
    ReferenceNotFound,
    LifecycleDataUnavailable,
    LifecycleDataStale,
}

/// <summary>
/// One diagnostic a reference gets: the rule, the message arguments in the order of the rule's message format
/// (<see cref="Messages.LifecycleMessages"/>), and for the date rules the entry judged and the replacement a fix may
/// apply.
/// </summary>
public sealed class LifecycleFinding
{
    internal LifecycleFinding(LifecycleRule rule, object[] arguments, LifecycleEntry? entry = null, LifecycleEntry? replacement = null)
    {
        Rule = rule;
        Arguments = arguments;
        Entry = entry;
        Replacement = replacement;
    }

    public LifecycleRule Rule { get; }

    /// <summary>The message arguments; an array because Roslyn's <c>Diagnostic.Create</c> takes one.</summary>
    public object[] Arguments { get; }

    /// <summary>The entry a date rule judged (for an endpoint: the endpoint's entry); null for the other rules.</summary>
    public LifecycleEntry? Entry { get; }

    /// <summary>For SPL1001–SPL1004: what a fix may switch to (a newer custom model, else the newest base model); null when none.</summary>
    public LifecycleEntry? Replacement { get; }

    public string Message => string.Format(CultureInfo.InvariantCulture, MessageFormatOf(Rule), Arguments);

    public static string MessageFormatOf(LifecycleRule rule) => rule switch
    {
        LifecycleRule.ModelExpiredForTranscription => ModelExpiredForTranscription,
        LifecycleRule.ModelExpiresSoonForTranscription => ModelExpiresSoonForTranscription,
        LifecycleRule.BaseModelTrainingClosed => BaseModelTrainingClosed,
        LifecycleRule.BaseModelTrainingClosesSoon => BaseModelTrainingClosesSoon,
        LifecycleRule.EndpointModelExpired => EndpointModelExpired,
        LifecycleRule.EndpointModelExpiresSoon => EndpointModelExpiresSoon,
        LifecycleRule.ReferenceNotFound => ReferenceNotFound,
        LifecycleRule.LifecycleDataUnavailable => LifecycleDataUnavailable,
        LifecycleRule.LifecycleDataStale => LifecycleDataStale,
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };
}

/// <summary>
/// Decides what one reference is reported as, for the analyzer (references in code and config) and the task
/// (<c>SpeechModel</c> items) alike: the date verdict on its route (SPL1001–SPL1006), not found (SPL1007), no data
/// (SPL9001), stale data (SPL9002, in addition), and the replacement the code fixes apply. Thread-safe; the
/// replacement searches are done once per locale, host and route.
/// </summary>
public sealed class LifecycleFinder
{
    private readonly LifecycleSnapshot _snapshot;
    private readonly DateTime? _asOf;
    private readonly string _keyVariable;
    private readonly string? _endpoint;
    private readonly ConcurrentDictionary<(LifecycleEntry Entry, string? Host, LifecycleRoute Route, int WarningDays), LifecycleEntry?> _replacements = new();
    private readonly ConcurrentDictionary<(string? Host, string Locale, LifecycleRoute Route, int WarningDays), LifecycleEntry?> _newestBaseModels = new();

    /// <param name="snapshot">The lifecycle data.</param>
    /// <param name="asOf">The evaluation date; without one no date rule is reported (the analyzer never reads the clock).</param>
    /// <param name="keyVariable">The key's environment variable, named in SPL9001 reasons.</param>
    /// <param name="endpoint">The configured Speech resource, named when a reference has no data at all; null when none.</param>
    public LifecycleFinder(LifecycleSnapshot snapshot, DateTime? asOf, string keyVariable, string? endpoint)
    {
        _snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        _asOf = asOf;
        _keyVariable = keyVariable;
        _endpoint = endpoint;
    }

    public IReadOnlyList<LifecycleFinding> Find(ReferenceKind kind, Guid id, string? host, LifecycleRoute route, int warningDays)
    {
        var found = new List<LifecycleFinding>(1);
        var entry = _snapshot.Find(kind, id, host);
        if (entry is null)
        {
            found.Add(new LifecycleFinding(LifecycleRule.LifecycleDataUnavailable, new object[] { Subject(kind, id), NoEntryReason() }));
            return found;
        }

        if (!Available(found, entry))
        {
            return found;
        }

        if (route == LifecycleRoute.Endpoint)
        {
            FindForEndpoint(found, entry, warningDays);
            return found;
        }

        if (entry.IsStale)
        {
            found.Add(Stale(entry));
        }

        if (_asOf is not DateTime asOf)
        {
            return found;
        }

        var verdict = ExpiryEvaluator.Evaluate(entry, route, asOf, warningDays);
        LifecycleRule? rule = (route, verdict.State) switch
        {
            (LifecycleRoute.Training, ExpiryState.Expired) => LifecycleRule.BaseModelTrainingClosed,
            (LifecycleRoute.Training, ExpiryState.ExpiringSoon) => LifecycleRule.BaseModelTrainingClosesSoon,
            (_, ExpiryState.Expired) => LifecycleRule.ModelExpiredForTranscription,
            (_, ExpiryState.ExpiringSoon) => LifecycleRule.ModelExpiresSoonForTranscription,
            _ => null,
        };
        if (rule is null || verdict.Deadline is not DateTime deadline)
        {
            return found;
        }

        var replacement = _replacements.GetOrAdd((entry, host, route, warningDays), key => FindReplacement(key.Entry, key.Host, key.Route, asOf, key.WarningDays));
        found.Add(new LifecycleFinding(
            rule.Value,
            new object[] { NameOf(entry), Locale(entry.Locale), Date(deadline), Estimated(verdict), When(verdict) },
            entry,
            replacement));
        return found;
    }

    private void FindForEndpoint(List<LifecycleFinding> found, LifecycleEntry endpoint, int warningDays)
    {
        var link = endpoint.Model;
        var model = link is null ? null : _snapshot.Find(link.Kind, link.Id, link.Host ?? endpoint.Host);
        if (model is null)
        {
            var what = link is null ? "its deployed model is not in the data" : $"its deployed model {link.Id:D} is not in the data";
            found.Add(new LifecycleFinding(
                LifecycleRule.LifecycleDataUnavailable,
                new object[] { Subject(ReferenceKind.Endpoint, endpoint.Id), what + "; build again so the SpeechLifecycle task resolves it" }));
            return;
        }

        if (!Available(found, model))
        {
            return;
        }

        if (endpoint.IsStale || model.IsStale)
        {
            found.Add(Stale(endpoint.IsStale ? endpoint : model));
        }

        if (_asOf is not DateTime asOf)
        {
            return;
        }

        var verdict = ExpiryEvaluator.Evaluate(model, LifecycleRoute.Endpoint, asOf, warningDays);
        LifecycleRule? rule = verdict.State switch
        {
            ExpiryState.Expired => LifecycleRule.EndpointModelExpired,
            ExpiryState.ExpiringSoon => LifecycleRule.EndpointModelExpiresSoon,
            _ => null,
        };
        if (rule is null || verdict.Deadline is not DateTime deadline)
        {
            return;
        }

        found.Add(new LifecycleFinding(
            rule.Value,
            new object[] { NameOf(endpoint), NameOf(model), Locale(model.Locale ?? endpoint.Locale), Date(deadline), Estimated(verdict), When(verdict) },
            endpoint));
    }

    /// <summary>Adds SPL1007 or SPL9001 for an entry without data; true when the entry has data.</summary>
    private bool Available(List<LifecycleFinding> found, LifecycleEntry entry)
    {
        switch (entry.Lookup)
        {
            case LookupStatus.NotFound:
                found.Add(new LifecycleFinding(
                    LifecycleRule.ReferenceNotFound,
                    new object[] { KindName(entry.Kind), entry.Id.ToString("D"), HostNote(entry.Host), NotFoundDetail(entry.Detail) }));
                return false;
            case LookupStatus.Unavailable:
                found.Add(new LifecycleFinding(
                    LifecycleRule.LifecycleDataUnavailable,
                    new object[] { Subject(entry.Kind, entry.Id), WithDetail(Explain(entry.UnavailableReason, _keyVariable, entry.Host), entry.Detail) }));
                return false;
            default:
                return true;
        }
    }

    private LifecycleEntry? FindReplacement(LifecycleEntry entry, string? host, LifecycleRoute route, DateTime asOf, int warningDays)
    {
        if (entry.Locale is null)
        {
            return null;
        }

        if (entry.Kind == ReferenceKind.CustomModel)
        {
            var newer = ReplacementFinder.NewerCustomModel(_snapshot, entry, route, asOf, warningDays);
            if (newer is not null)
            {
                return newer;
            }
        }

        // The newest base model depends on the locale, host and route only, not on the model being replaced (which is
        // expired or expiring, so never a candidate): one search per locale and host.
        return _newestBaseModels.GetOrAdd(
            (host ?? entry.Host, entry.Locale, route, warningDays),
            key => ReplacementFinder.NewestBaseModel(_snapshot, key.Host, key.Locale, key.Route, asOf, key.WarningDays));
    }

    private string NoEntryReason() => _endpoint is null
        ? NoEndpointConfigured(_keyVariable)
        : $"it is not in the lifecycle data; build again so the SpeechLifecycle task looks it up through {_endpoint}, or refresh the committed snapshot with the SpeechLifecycleUpdateSnapshot target";

    private static LifecycleFinding Stale(LifecycleEntry entry) =>
        new(LifecycleRule.LifecycleDataStale, new object[] { StaleSubject(entry), Fetched(entry.FetchedAt) });
}
