using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpeechLifecycle.Analyzers.Rules;

/// <summary>
/// Suppresses SPL1001–SPL1007 while a <c>SpeechLifecycleAcceptance</c> covers them, so an accepted expiry does not fail
/// the build yet stays visible: SARIF lists it with <c>suppressions</c>, the IDE shows it as suppressed. The analyzer
/// decides (it has the acceptances and the evaluation date) and marks the diagnostic with
/// <see cref="DiagnosticProperties.AcceptedUntil"/>; this only honours the mark. A suppression's justification is fixed
/// per descriptor, so the date and the reason travel in the diagnostic's message (docs/configuration.md, "Acceptances").
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AcceptanceSuppressor : DiagnosticSuppressor
{
    private const string Justification =
        "A SpeechLifecycleAcceptance item accepts this until its Until date; the message gives the date and the reason";

    private static readonly SuppressionDescriptor[] SuppressionDescriptors =
    {
        new(DiagnosticIds.Suppressions.ModelExpiredForTranscription, DiagnosticIds.ModelExpiredForTranscription, Justification),
        new(DiagnosticIds.Suppressions.ModelExpiresSoonForTranscription, DiagnosticIds.ModelExpiresSoonForTranscription, Justification),
        new(DiagnosticIds.Suppressions.BaseModelTrainingClosed, DiagnosticIds.BaseModelTrainingClosed, Justification),
        new(DiagnosticIds.Suppressions.BaseModelTrainingClosesSoon, DiagnosticIds.BaseModelTrainingClosesSoon, Justification),
        new(DiagnosticIds.Suppressions.EndpointModelExpired, DiagnosticIds.EndpointModelExpired, Justification),
        new(DiagnosticIds.Suppressions.EndpointModelExpiresSoon, DiagnosticIds.EndpointModelExpiresSoon, Justification),
        new(DiagnosticIds.Suppressions.ReferenceNotFound, DiagnosticIds.ReferenceNotFound, Justification),
    };

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(SuppressionDescriptors);

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(DiagnosticProperties.AcceptedUntil))
            {
                continue;
            }

            foreach (var descriptor in SuppressionDescriptors)
            {
                if (string.Equals(descriptor.SuppressedDiagnosticId, diagnostic.Id, StringComparison.Ordinal))
                {
                    context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
                    break;
                }
            }
        }
    }
}
