using Microsoft.CodeAnalysis;

namespace SpeechLifecycle.Analyzers;

/// <summary>
/// The one registry of descriptors (CONTRACT §2): exact titles and default severities; messages name the model, the
/// date, the days left or past, the consequence on the route, and "(estimated)" when the date came from the quarter
/// rule. Message arguments are documented beside each descriptor so analyzers and tests fill them alike.
/// </summary>
public static class Descriptors
{
    public const string Category = "SpeechLifecycle";

    /// <summary>{0} model name, {1} locale, {2} date, {3} estimate note, {4} how long ago ("today", "12 days ago").</summary>
    public static readonly DiagnosticDescriptor ModelExpiredForTranscription = Create(
        DiagnosticIds.ModelExpiredForTranscription,
        "Speech model has expired for transcription",
        "Speech model '{0}' ({1}) expired for transcription on {2}{3}, {4}: transcription requests that use it fail with 4xx errors",
        DiagnosticSeverity.Error);

    /// <summary>{0} model name, {1} locale, {2} date, {3} estimate note, {4} days left ("in 30 days").</summary>
    public static readonly DiagnosticDescriptor ModelExpiresSoonForTranscription = Create(
        DiagnosticIds.ModelExpiresSoonForTranscription,
        "Speech model expires for transcription soon",
        "Speech model '{0}' ({1}) expires for transcription on {2}{3}, {4}: after that, transcription requests that use it fail with 4xx errors",
        DiagnosticSeverity.Warning);

    /// <summary>{0} model name, {1} locale, {2} date, {3} estimate note, {4} how long ago.</summary>
    public static readonly DiagnosticDescriptor BaseModelTrainingClosed = Create(
        DiagnosticIds.BaseModelTrainingClosed,
        "Base model can no longer be used for training",
        "Base model '{0}' ({1}) stopped accepting training on {2}{3}, {4}: custom models cannot be trained on it",
        DiagnosticSeverity.Error);

    /// <summary>{0} model name, {1} locale, {2} date, {3} estimate note, {4} days left.</summary>
    public static readonly DiagnosticDescriptor BaseModelTrainingClosesSoon = Create(
        DiagnosticIds.BaseModelTrainingClosesSoon,
        "Base model training window closes soon",
        "Base model '{0}' ({1}) stops accepting training on {2}{3}, {4}: after that, custom models cannot be trained on it",
        DiagnosticSeverity.Warning);

    /// <summary>{0} endpoint name, {1} model name, {2} locale, {3} date, {4} estimate note, {5} how long ago.</summary>
    public static readonly DiagnosticDescriptor EndpointModelExpired = Create(
        DiagnosticIds.EndpointModelExpired,
        "Custom endpoint serves an expired model",
        "Custom endpoint '{0}' serves model '{1}' ({2}), which expired for transcription on {3}{4}, {5}: recognition silently falls back to the latest base model for {2}",
        DiagnosticSeverity.Error);

    /// <summary>{0} endpoint name, {1} model name, {2} locale, {3} date, {4} estimate note, {5} days left.</summary>
    public static readonly DiagnosticDescriptor EndpointModelExpiresSoon = Create(
        DiagnosticIds.EndpointModelExpiresSoon,
        "Custom endpoint's model expires soon",
        "Custom endpoint '{0}' serves model '{1}' ({2}), which expires for transcription on {3}{4}, {5}: after that, recognition silently falls back to the latest base model for {2}",
        DiagnosticSeverity.Warning);

    /// <summary>{0} what ("model", "base model", "custom model", "endpoint"), {1} ID, {2} host note, {3} detail sentence.</summary>
    public static readonly DiagnosticDescriptor ReferenceNotFound = Create(
        DiagnosticIds.ReferenceNotFound,
        "Speech model or endpoint not found",
        "The Speech service does not know {0} {1}{2} (404): it was deleted, belongs to another resource or region, or is a custom-voice endpoint{3}",
        DiagnosticSeverity.Warning);

    /// <summary>{0} the retired path (<c>speechtotext/v3.1</c>), {1} retirement date, {2} current API version.</summary>
    public static readonly DiagnosticDescriptor RetiredApiVersion = Create(
        DiagnosticIds.RetiredApiVersion,
        "Retired Speech-to-text REST API version",
        "'{0}' is a retired Speech-to-text REST API version (retired {1}): requests to it fail; use '/speechtotext/...?api-version={2}'",
        DiagnosticSeverity.Warning);

    /// <summary>{0} what has no data ("endpoint 4d1f…", "snapshot file 'x.json'"), {1} why and what to do.</summary>
    public static readonly DiagnosticDescriptor LifecycleDataUnavailable = Create(
        DiagnosticIds.LifecycleDataUnavailable,
        "Speech lifecycle data unavailable",
        "No Speech lifecycle data for {0}: {1}",
        DiagnosticSeverity.Warning);

    /// <summary>{0} what the data is about, {1} when it was fetched ("on 2026-10-01" or "at an unknown time").</summary>
    public static readonly DiagnosticDescriptor LifecycleDataStale = Create(
        DiagnosticIds.LifecycleDataStale,
        "Speech lifecycle data is stale",
        "Speech lifecycle data for {0} is stale (fetched {1}): refreshing it from the Speech service failed, so older data was used",
        DiagnosticSeverity.Info);

    public static string HelpLink(string id) => $"https://github.com/speechlifecycle/SpeechLifecycle.Analyzers/blob/main/docs/rules/{id}.md";

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity) =>
        new(id, title, messageFormat, Category, severity, isEnabledByDefault: true, description: null, helpLinkUri: HelpLink(id));
}
