using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpeechLifecycle.Acceptances;
using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// Turns one recognised reference into its diagnostics: what is reported is decided by Core's
/// <see cref="LifecycleFinder"/> (shared with the task's <c>SpeechModel</c> items); this maps each finding to its
/// descriptor and fills the properties the code fixes read.
/// </summary>
internal sealed class LifecycleReporter
{
    private readonly AnalyzerSettings _settings;
    private readonly LifecycleData _data;
    private readonly LifecycleFinder _finder;

    public LifecycleReporter(AnalyzerSettings settings, LifecycleData data)
    {
        _settings = settings;
        _data = data;
        _finder = new LifecycleFinder(data.Snapshot, settings.EvaluationDate, settings.KeyVariable, settings.Endpoint);
    }

    public AnalyzerSettings Settings => _settings;

    public LifecycleData Data => _data;

    public void Report(Action<Diagnostic> report, ReferenceKind kind, Guid id, string? host, LifecycleRoute route, Location location, int warningDays, bool isRequestModelMember)
    {
        foreach (var finding in _finder.Find(kind, id, host, route, warningDays))
        {
            var descriptor = DescriptorOf(finding.Rule);
            var properties = PropertiesOf(finding, isRequestModelMember);
            var acceptance = _data.Snapshot.Acceptances.Count == 0 || _settings.EvaluationDate is not DateTime asOf
                ? null
                : LifecycleAcceptance.Find(_data.Snapshot.Acceptances, kind, id, descriptor.Id, asOf);
            if (acceptance is null)
            {
                report(Diagnostic.Create(descriptor, location, properties, finding.Arguments));
                continue;
            }

            // The message says the acceptance (and, from its Until date on, that it ended); while it is active the
            // properties tell AcceptanceSuppressor to suppress the diagnostic, so it stays visible but fails nothing.
            var evaluationDate = _settings.EvaluationDate!.Value;
            var active = acceptance.IsActiveOn(evaluationDate);
            if (active)
            {
                properties = properties
                    .SetItem(DiagnosticProperties.AcceptedUntil, acceptance.UntilText)
                    .SetItem(DiagnosticProperties.AcceptanceReason, acceptance.Reason);
            }

            // Roslyn never lets a suppressor suppress a diagnostic whose *default* severity is Error (SPL1001, SPL1003,
            // SPL1005), so an accepted one is reported with default severity Warning; its effective severity, and so
            // .editorconfig and SARIF "level", stay the rule's.
            var defaultSeverity = active && descriptor.DefaultSeverity == DiagnosticSeverity.Error ? DiagnosticSeverity.Warning : descriptor.DefaultSeverity;
            report(WithMessage(descriptor, defaultSeverity, location, properties, finding.Message + acceptance.MessageNote(evaluationDate)));
        }
    }

    /// <summary>
    /// The descriptor's diagnostic with a message of its own: the acceptance note is appended to the formatted message,
    /// which a descriptor's fixed format cannot do. ID, severity, title and help link stay the descriptor's.
    /// </summary>
    private static Diagnostic WithMessage(DiagnosticDescriptor descriptor, DiagnosticSeverity defaultSeverity, Location location, ImmutableDictionary<string, string?> properties, string message) =>
        Diagnostic.Create(
            descriptor.Id,
            descriptor.Category,
            message,
            descriptor.DefaultSeverity,
            defaultSeverity,
            descriptor.IsEnabledByDefault,
            warningLevel: descriptor.DefaultSeverity == DiagnosticSeverity.Error ? 0 : 1,
            title: descriptor.Title,
            description: descriptor.Description,
            helpLink: descriptor.HelpLinkUri,
            location: location,
            additionalLocations: null,
            customTags: descriptor.CustomTags,
            properties: properties);

    /// <summary>A snapshot file that cannot be read: one SPL9001 at its start, never an exception.</summary>
    public static Diagnostic UnreadableSnapshot(string path, string error, Location location) =>
        Diagnostic.Create(
            Descriptors.LifecycleDataUnavailable,
            location,
            $"snapshot file '{path}'",
            $"it cannot be read ({error}) and is ignored; regenerate it with the SpeechLifecycleUpdateSnapshot target");

    private static DiagnosticDescriptor DescriptorOf(LifecycleRule rule) => rule switch
    {
        LifecycleRule.ModelExpiredForTranscription => Descriptors.ModelExpiredForTranscription,
        LifecycleRule.ModelExpiresSoonForTranscription => Descriptors.ModelExpiresSoonForTranscription,
        LifecycleRule.BaseModelTrainingClosed => Descriptors.BaseModelTrainingClosed,
        LifecycleRule.BaseModelTrainingClosesSoon => Descriptors.BaseModelTrainingClosesSoon,
        LifecycleRule.EndpointModelExpired => Descriptors.EndpointModelExpired,
        LifecycleRule.EndpointModelExpiresSoon => Descriptors.EndpointModelExpiresSoon,
        LifecycleRule.ReferenceNotFound => Descriptors.ReferenceNotFound,
        LifecycleRule.LifecycleDataUnavailable => Descriptors.LifecycleDataUnavailable,
        _ => Descriptors.LifecycleDataStale,
    };

    /// <summary>What the fixers read: the kind judged, the request-member flag, and the replacement (date rules only).</summary>
    private static ImmutableDictionary<string, string?> PropertiesOf(LifecycleFinding finding, bool isRequestModelMember)
    {
        switch (finding.Rule)
        {
            case LifecycleRule.EndpointModelExpired:
            case LifecycleRule.EndpointModelExpiresSoon:
                return ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.ReferenceKind, nameof(ReferenceKind.Endpoint));
            case LifecycleRule.ModelExpiredForTranscription:
            case LifecycleRule.ModelExpiresSoonForTranscription:
            case LifecycleRule.BaseModelTrainingClosed:
            case LifecycleRule.BaseModelTrainingClosesSoon:
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[DiagnosticProperties.ReferenceKind] = finding.Entry!.Kind.ToString();
                if (isRequestModelMember)
                {
                    properties[DiagnosticProperties.IsRequestModelMember] = "true";
                }

                if (finding.Replacement is { } replacement)
                {
                    properties[DiagnosticProperties.ReplacementId] = replacement.Id.ToString("D");
                    properties[DiagnosticProperties.ReplacementKind] = replacement.Kind.ToString();
                    properties[DiagnosticProperties.ReplacementName] = replacement.DisplayName ?? replacement.Id.ToString("D");
                }

                return properties.ToImmutable();
            default:
                return ImmutableDictionary<string, string?>.Empty;
        }
    }
}
