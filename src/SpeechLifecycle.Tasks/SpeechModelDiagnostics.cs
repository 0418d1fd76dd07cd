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
/// diagnostics itself, with the analyzer's IDs and the same meaning (CONTRACT §2).
/// </summary>
public static class SpeechModelDiagnostics
{
    public static IReadOnlyList<ItemDiagnostic> Evaluate(IEnumerable<SpeechModelItem> items, LifecycleSnapshot snapshot, DateTime asOf, int warningDays)
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

            var subject = $"SpeechModel '{item.ItemSpec}'";
            switch (entry.Lookup)
            {
                case LookupStatus.NotFound:
                    diagnostics.Add(new ItemDiagnostic("SPL1007", ItemDiagnosticSeverity.Warning,
                        $"{subject}: the Speech service does not know this {Describe(entry.Kind)} (404: deleted, another resource or region, or a custom-voice endpoint). {entry.Detail}".TrimEnd()));
                    continue;
                case LookupStatus.Unavailable:
                    diagnostics.Add(new ItemDiagnostic("SPL9001", ItemDiagnosticSeverity.Warning,
                        $"{subject}: no lifecycle data ({Explain(entry.UnavailableReason)}). {entry.Detail}".TrimEnd()));
                    continue;
            }

            if (entry.IsStale)
            {
                diagnostics.Add(new ItemDiagnostic("SPL9002", ItemDiagnosticSeverity.Info,
                    $"{subject}: lifecycle data from {Day(entry.FetchedAt)} was used because refreshing it failed. {entry.Detail}".TrimEnd()));
            }

            if (entry.Kind == ReferenceKind.Endpoint)
            {
                var model = entry.Model is null ? null : snapshot.Find(entry.Model.Kind, entry.Model.Id, entry.Model.Host);
                if (model is null || model.Lookup != LookupStatus.Resolved)
                {
                    continue;
                }

                var verdict = ExpiryEvaluator.Evaluate(model, LifecycleRoute.Endpoint, asOf, warningDays);
                var name = Name(model);
                if (verdict.State == ExpiryState.Expired)
                {
                    diagnostics.Add(new ItemDiagnostic("SPL1005", ItemDiagnosticSeverity.Error,
                        $"{subject}: custom endpoint '{entry.DisplayName ?? entry.Id.ToString("D")}' serves {name}, which expired for transcription on {Day(verdict.Deadline)}{Estimated(verdict)} ({-verdict.Days} days ago); recognition silently falls back to the latest base model for the locale."));
                }
                else if (verdict.State == ExpiryState.ExpiringSoon)
                {
                    diagnostics.Add(new ItemDiagnostic("SPL1006", ItemDiagnosticSeverity.Warning,
                        $"{subject}: custom endpoint '{entry.DisplayName ?? entry.Id.ToString("D")}' serves {name}, which expires for transcription on {Day(verdict.Deadline)}{Estimated(verdict)} ({verdict.Days} days left); after that recognition silently falls back to the latest base model for the locale."));
                }

                continue;
            }

            var transcription = ExpiryEvaluator.Evaluate(entry, LifecycleRoute.Transcription, asOf, warningDays);
            if (transcription.State == ExpiryState.Expired)
            {
                diagnostics.Add(new ItemDiagnostic("SPL1001", ItemDiagnosticSeverity.Error,
                    $"{subject}: {Name(entry)} expired for transcription on {Day(transcription.Deadline)}{Estimated(transcription)} ({-transcription.Days} days ago); transcription requests that name it fail with 4xx."));
            }
            else if (transcription.State == ExpiryState.ExpiringSoon)
            {
                diagnostics.Add(new ItemDiagnostic("SPL1002", ItemDiagnosticSeverity.Warning,
                    $"{subject}: {Name(entry)} expires for transcription on {Day(transcription.Deadline)}{Estimated(transcription)} ({transcription.Days} days left); after that transcription requests that name it fail with 4xx."));
            }
        }

        return diagnostics;
    }

    private static string Name(LifecycleEntry entry)
    {
        var kind = entry.Kind == ReferenceKind.BaseModel ? "base model" : entry.Kind == ReferenceKind.CustomModel ? "custom model" : "model";
        var name = entry.DisplayName is null ? entry.Id.ToString("D") : $"'{entry.DisplayName}'";
        return entry.Locale is null ? $"{kind} {name}" : $"{kind} {name} ({entry.Locale})";
    }

    private static string Estimated(ExpiryVerdict verdict) => verdict.IsEstimated ? " (estimated)" : string.Empty;

    private static string Day(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "an unknown date";

    private static string Describe(ReferenceKind kind) => kind switch
    {
        ReferenceKind.BaseModel => "base model",
        ReferenceKind.CustomModel => "custom model",
        ReferenceKind.Endpoint => "endpoint",
        _ => "model",
    };

    public static string Explain(UnavailableReason reason) => reason switch
    {
        UnavailableReason.NoEndpointConfigured => "no Speech endpoint is configured: set SpeechLifecycleEndpoint",
        UnavailableReason.NoKeyForHost => "no key for the resource: set the environment variable named by SpeechLifecycleKeyVariable",
        UnavailableReason.AuthenticationFailed => "the Speech resource refused the key",
        UnavailableReason.ServiceUnreachable => "the Speech service could not be reached",
        UnavailableReason.ServiceError => "the Speech service answered with an error",
        UnavailableReason.BudgetExhausted => "the look-up time budget ran out",
        UnavailableReason.Offline => "the build ran offline",
        _ => "no data",
    };
}
