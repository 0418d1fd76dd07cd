using System;
using System.Collections.Generic;
using System.Globalization;
using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;
using static SpeechLifecycle.Messages.LifecycleMessages;

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
/// diagnostics itself, with the analyzer's IDs and wording (<see cref="Messages.LifecycleMessages"/>, shared through
/// Core), prefixed with the item.
/// </summary>
public static class SpeechModelDiagnostics
{
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
                    Add("SPL1007", ItemDiagnosticSeverity.Warning, ReferenceNotFound, KindName(entry.Kind), entry.Id.ToString("D"), HostNote(entry.Host), NotFoundDetail(entry.Detail));
                    continue;
                case LookupStatus.Unavailable:
                    Add("SPL9001", ItemDiagnosticSeverity.Warning, LifecycleDataUnavailable, Subject(entry.Kind, entry.Id), WithDetail(Explain(entry.UnavailableReason, keyVariable, entry.Host), entry.Detail));
                    continue;
            }

            if (entry.IsStale)
            {
                Add("SPL9002", ItemDiagnosticSeverity.Info, LifecycleDataStale, StaleSubject(entry), Fetched(entry.FetchedAt));
            }

            if (entry.Kind == ReferenceKind.Endpoint)
            {
                var model = entry.Model is null ? null : snapshot.Find(entry.Model.Kind, entry.Model.Id, entry.Model.Host);
                if (model is null || model.Lookup != LookupStatus.Resolved)
                {
                    continue;
                }

                var verdict = ExpiryEvaluator.Evaluate(model, LifecycleRoute.Endpoint, asOf, warningDays);
                var locale = Locale(model.Locale ?? entry.Locale);
                if (verdict.State == ExpiryState.Expired)
                {
                    Add("SPL1005", ItemDiagnosticSeverity.Error, EndpointModelExpired, NameOf(entry), NameOf(model), locale, Date(verdict.Deadline), Estimated(verdict), When(verdict));
                }
                else if (verdict.State == ExpiryState.ExpiringSoon)
                {
                    Add("SPL1006", ItemDiagnosticSeverity.Warning, EndpointModelExpiresSoon, NameOf(entry), NameOf(model), locale, Date(verdict.Deadline), Estimated(verdict), When(verdict));
                }

                continue;
            }

            var transcription = ExpiryEvaluator.Evaluate(entry, LifecycleRoute.Transcription, asOf, warningDays);
            if (transcription.State == ExpiryState.Expired)
            {
                Add("SPL1001", ItemDiagnosticSeverity.Error, ModelExpiredForTranscription, NameOf(entry), Locale(entry.Locale), Date(transcription.Deadline), Estimated(transcription), When(transcription));
            }
            else if (transcription.State == ExpiryState.ExpiringSoon)
            {
                Add("SPL1002", ItemDiagnosticSeverity.Warning, ModelExpiresSoonForTranscription, NameOf(entry), Locale(entry.Locale), Date(transcription.Deadline), Estimated(transcription), When(transcription));
            }
        }

        return diagnostics;
    }
}
