using System;
using System.Collections.Generic;
using System.Globalization;
using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks;

public enum ItemDiagnosticSeverity
{
    Error,
    Warning,
    Info,
}

/// <summary>A lifecycle diagnostic for a <c>SpeechModel</c> item; the task logs it at the project file.</summary>
public sealed class ItemDiagnostic
{
    public ItemDiagnostic(string id, ItemDiagnosticSeverity severity, string message)
    {
        Id = id;
        Severity = severity;
        Message = message;
    }

    public string Id { get; }

    public ItemDiagnosticSeverity Severity { get; }

    public string Message { get; }

    public override string ToString() => $"{Id} {Severity}: {Message}";
}

/// <summary>
/// <c>SpeechModel</c> items have no source location the analyzer sees, so the task reports their lifecycle
/// diagnostics itself, with the analyzer's IDs and the same message formats (src/SpeechLifecycle.Analyzers/Descriptors.cs;
/// copied, because the task must not reference the analyzer assembly), prefixed with the item.
/// </summary>
public static class SpeechModelDiagnostics
{
    private const string ModelExpired = "Speech model '{0}' ({1}) expired for transcription on {2}{3}, {4}: transcription requests that use it fail with 4xx errors";
    private const string ModelExpiresSoon = "Speech model '{0}' ({1}) expires for transcription on {2}{3}, {4}: after that, transcription requests that use it fail with 4xx errors";
    private const string EndpointModelExpired = "Custom endpoint '{0}' serves model '{1}' ({2}), which expired for transcription on {3}{4}, {5}: recognition silently falls back to the latest base model for {2}";
    private const string EndpointModelExpiresSoon = "Custom endpoint '{0}' serves model '{1}' ({2}), which expires for transcription on {3}{4}, {5}: after that, recognition silently falls back to the latest base model for {2}";
    private const string NotFound = "The Speech service does not know {0} {1}{2} (404): it was deleted, belongs to another resource or region, or is a custom-voice endpoint{3}";
    private const string Unavailable = "No Speech lifecycle data for {0}: {1}";
    private const string Stale = "Speech lifecycle data for {0} is stale (fetched {1}): refreshing it from the Speech service failed, so older data was used";

    public static IReadOnlyList<ItemDiagnostic> Evaluate(IEnumerable<SpeechModelItem> items, LifecycleSnapshot snapshot, DateTime asOf, int warningDays, string keyVariable = "SPEECH_KEY")
    {
        var diagnostics = new List<ItemDiagnostic>();
        foreach (var item in items)
        {
            var reference = item.Reference;
            var entry = snapshot.Find(reference.Kind, reference.Id, reference.Host);
            if (entry is null)
            {
                continue;
            }

            void Add(string id, ItemDiagnosticSeverity severity, string format, params object[] args) =>
                diagnostics.Add(new ItemDiagnostic(id, severity, $"SpeechModel item '{item.ItemSpec}': " + string.Format(CultureInfo.InvariantCulture, format, args)));

            switch (entry.Lookup)
            {
                case LookupStatus.NotFound:
                    var detail = string.IsNullOrWhiteSpace(entry.Detail) ? string.Empty : "; " + entry.Detail!.Trim().TrimEnd('.');
                    var host = entry.Host is null ? string.Empty : " on " + entry.Host;
                    Add("SPL1007", ItemDiagnosticSeverity.Warning, NotFound, KindName(entry.Kind), entry.Id.ToString("D"), host, detail);
                    continue;
                case LookupStatus.Unavailable:
                    var reason = Explain(entry.UnavailableReason, keyVariable);
                    if (!string.IsNullOrWhiteSpace(entry.Detail))
                    {
                        reason += " (" + entry.Detail!.Trim().TrimEnd('.') + ")";
                    }

                    Add("SPL9001", ItemDiagnosticSeverity.Warning, Unavailable, $"{KindName(entry.Kind)} {entry.Id:D}", reason);
                    continue;
            }

            if (entry.IsStale)
            {
                Add("SPL9002", ItemDiagnosticSeverity.Info, Stale, $"{KindName(entry.Kind)} '{NameOf(entry)}'", entry.FetchedAt is DateTime fetched ? "on " + Day(fetched) : "at an unknown time");
            }

            if (entry.Kind == ReferenceKind.Endpoint)
            {
                var model = entry.Model is null ? null : snapshot.Find(entry.Model.Kind, entry.Model.Id, entry.Model.Host);
                if (model is null || model.Lookup != LookupStatus.Resolved)
                {
                    continue;
                }

                var verdict = ExpiryEvaluator.Evaluate(model, LifecycleRoute.Endpoint, asOf, warningDays);
                var locale = model.Locale ?? entry.Locale ?? "unknown locale";
                if (verdict.State == ExpiryState.Expired)
                {
                    Add("SPL1005", ItemDiagnosticSeverity.Error, EndpointModelExpired, NameOf(entry), NameOf(model), locale, Day(verdict.Deadline), Estimated(verdict), When(verdict));
                }
                else if (verdict.State == ExpiryState.ExpiringSoon)
                {
                    Add("SPL1006", ItemDiagnosticSeverity.Warning, EndpointModelExpiresSoon, NameOf(entry), NameOf(model), locale, Day(verdict.Deadline), Estimated(verdict), When(verdict));
                }

                continue;
            }

            var transcription = ExpiryEvaluator.Evaluate(entry, LifecycleRoute.Transcription, asOf, warningDays);
            if (transcription.State == ExpiryState.Expired)
            {
                Add("SPL1001", ItemDiagnosticSeverity.Error, ModelExpired, NameOf(entry), entry.Locale ?? "unknown locale", Day(transcription.Deadline), Estimated(transcription), When(transcription));
            }
            else if (transcription.State == ExpiryState.ExpiringSoon)
            {
                Add("SPL1002", ItemDiagnosticSeverity.Warning, ModelExpiresSoon, NameOf(entry), entry.Locale ?? "unknown locale", Day(transcription.Deadline), Estimated(transcription), When(transcription));
            }
        }

        return diagnostics;
    }

    /// <summary>The analyzer's SPL9001 reason texts, so an item and a literal with the same problem read alike.</summary>
    public static string Explain(UnavailableReason reason, string keyVariable = "SPEECH_KEY") => reason switch
    {
        UnavailableReason.NoEndpointConfigured => $"no Speech endpoint is configured (SpeechLifecycleEndpoint is empty) and no snapshot has it; set SpeechLifecycleEndpoint and the {keyVariable} environment variable, or commit a speech-lifecycle.json snapshot",
        UnavailableReason.NoKeyForHost => $"no key is configured for its host; set the {keyVariable} environment variable, or add a SpeechLifecycleResource item with a KeyVariable for that host",
        UnavailableReason.AuthenticationFailed => $"the Speech service rejected the key (401/403); check the {keyVariable} environment variable",
        UnavailableReason.ServiceUnreachable => "the Speech service could not be reached and nothing is cached; build again when it is reachable, or commit a speech-lifecycle.json snapshot",
        UnavailableReason.ServiceError => "the Speech service answered with an error; build again later",
        UnavailableReason.BudgetExhausted => "the build's time budget for Speech look-ups ran out before this reference; build again",
        UnavailableReason.Offline => "the build ran offline (SpeechLifecycleOffline or a design-time build) and nothing is cached; run a normal build, or commit a speech-lifecycle.json snapshot",
        _ => "the lifecycle data gives no reason",
    };

    private static string KindName(ReferenceKind kind) => kind switch
    {
        ReferenceKind.BaseModel => "base model",
        ReferenceKind.CustomModel => "custom model",
        ReferenceKind.Endpoint => "endpoint",
        _ => "model",
    };

    private static string NameOf(LifecycleEntry entry) => string.IsNullOrWhiteSpace(entry.DisplayName) ? entry.Id.ToString("D") : entry.DisplayName!;

    private static string Estimated(ExpiryVerdict verdict) => verdict.IsEstimated ? " (estimated)" : string.Empty;

    private static string Day(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "an unknown date";

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
