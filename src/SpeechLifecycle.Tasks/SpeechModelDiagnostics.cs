using System;
using System.Collections.Generic;
using SpeechLifecycle.Acceptances;
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
/// diagnostics itself: what is reported is decided by Core's <see cref="LifecycleFinder"/>, the same code the analyzer
/// uses, with the analyzer's IDs, default severities and wording, prefixed with the item. An endpoint item is judged
/// on the endpoint route, any other item on the transcription route (an item says nothing about training).
/// </summary>
public static class SpeechModelDiagnostics
{
    public static IReadOnlyList<ItemDiagnostic> Evaluate(
        IEnumerable<SpeechModelItem> items, LifecycleSnapshot snapshot, DateTime asOf, int warningDays, string keyVariable = "SPEECH_KEY", string? endpoint = null,
        IReadOnlyList<LifecycleAcceptance>? acceptances = null)
    {
        var finder = new LifecycleFinder(snapshot, asOf, keyVariable, endpoint);
        var diagnostics = new List<ItemDiagnostic>();
        foreach (var item in items)
        {
            var reference = item.Reference;
            var route = reference.Kind == ReferenceKind.Endpoint ? LifecycleRoute.Endpoint : LifecycleRoute.Transcription;
            foreach (var finding in finder.Find(reference.Kind, reference.Id, reference.Host, route, warningDays))
            {
                var (id, severity) = IdAndSeverityOf(finding.Rule);
                var message = $"SpeechModel item '{item.ItemSpec}': " + finding.Message;

                // Like the analyzer's suppressor: an active acceptance keeps the finding visible (a message with the
                // reason) without failing the build; an ended one brings the original severity back and says so.
                if (acceptances is not null && LifecycleAcceptance.Find(acceptances, reference.Kind, reference.Id, id, asOf) is { } acceptance)
                {
                    message += acceptance.MessageNote(asOf);
                    if (acceptance.IsActiveOn(asOf))
                    {
                        severity = ItemDiagnosticSeverity.Info;
                    }
                }

                diagnostics.Add(new ItemDiagnostic(id, severity, message));
            }
        }

        return diagnostics;
    }

    // The analyzer's IDs and default severities (src/SpeechLifecycle.Analyzers/Descriptors.cs; a test keeps them equal).
    public static (string Id, ItemDiagnosticSeverity Severity) IdAndSeverityOf(LifecycleRule rule) => rule switch
    {
        LifecycleRule.ModelExpiredForTranscription => ("SPL1001", ItemDiagnosticSeverity.Error),
        LifecycleRule.ModelExpiresSoonForTranscription => ("SPL1002", ItemDiagnosticSeverity.Warning),
        LifecycleRule.BaseModelTrainingClosed => ("SPL1003", ItemDiagnosticSeverity.Error),
        LifecycleRule.BaseModelTrainingClosesSoon => ("SPL1004", ItemDiagnosticSeverity.Warning),
        LifecycleRule.EndpointModelExpired => ("SPL1005", ItemDiagnosticSeverity.Error),
        LifecycleRule.EndpointModelExpiresSoon => ("SPL1006", ItemDiagnosticSeverity.Warning),
        LifecycleRule.ReferenceNotFound => ("SPL1007", ItemDiagnosticSeverity.Warning),
        LifecycleRule.LifecycleDataUnavailable => ("SPL9001", ItemDiagnosticSeverity.Warning),
        _ => ("SPL9002", ItemDiagnosticSeverity.Info),
    };
}
