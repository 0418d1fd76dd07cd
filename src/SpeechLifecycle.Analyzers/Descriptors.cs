using Microsoft.CodeAnalysis;
using SpeechLifecycle.Messages;

namespace SpeechLifecycle.Analyzers;

/// <summary>
/// The one registry of descriptors (CONTRACT §2): exact titles and default severities; messages name the model, the
/// date, the days left or past, the consequence on the route, and "(estimated)" when the date came from the quarter
/// rule. Message arguments are documented beside each descriptor so analyzers and tests fill them alike. The message
/// formats live in Core (<see cref="LifecycleMessages"/>) because the task reports SpeechModel items with the same wording.
/// </summary>
public static class Descriptors
{
    public const string Category = "SpeechLifecycle";

    /// <summary>{0} model name, {1} locale, {2} date, {3} estimate note, {4} how long ago ("today", "12 days ago").</summary>
    public static readonly DiagnosticDescriptor ModelExpiredForTranscription = Create(
        DiagnosticIds.ModelExpiredForTranscription,
        "Speech model has expired for transcription",
        LifecycleMessages.ModelExpiredForTranscription,
        DiagnosticSeverity.Error);

    /// <summary>{0} model name, {1} locale, {2} date, {3} estimate note, {4} days left ("in 30 days").</summary>
    public static readonly DiagnosticDescriptor ModelExpiresSoonForTranscription = Create(
        DiagnosticIds.ModelExpiresSoonForTranscription,
        "Speech model expires for transcription soon",
        LifecycleMessages.ModelExpiresSoonForTranscription,
        DiagnosticSeverity.Warning);

    /// <summary>{0} model name, {1} locale, {2} date, {3} estimate note, {4} how long ago.</summary>
    public static readonly DiagnosticDescriptor BaseModelTrainingClosed = Create(
        DiagnosticIds.BaseModelTrainingClosed,
        "Base model can no longer be used for training",
        LifecycleMessages.BaseModelTrainingClosed,
        DiagnosticSeverity.Error);

    /// <summary>{0} model name, {1} locale, {2} date, {3} estimate note, {4} days left.</summary>
    public static readonly DiagnosticDescriptor BaseModelTrainingClosesSoon = Create(
        DiagnosticIds.BaseModelTrainingClosesSoon,
        "Base model training window closes soon",
        LifecycleMessages.BaseModelTrainingClosesSoon,
        DiagnosticSeverity.Warning);

    /// <summary>{0} endpoint name, {1} model name, {2} locale, {3} date, {4} estimate note, {5} how long ago.</summary>
    public static readonly DiagnosticDescriptor EndpointModelExpired = Create(
        DiagnosticIds.EndpointModelExpired,
        "Custom endpoint serves an expired model",
        LifecycleMessages.EndpointModelExpired,
        DiagnosticSeverity.Error);

    /// <summary>{0} endpoint name, {1} model name, {2} locale, {3} date, {4} estimate note, {5} days left.</summary>
    public static readonly DiagnosticDescriptor EndpointModelExpiresSoon = Create(
        DiagnosticIds.EndpointModelExpiresSoon,
        "Custom endpoint's model expires soon",
        LifecycleMessages.EndpointModelExpiresSoon,
        DiagnosticSeverity.Warning);

    /// <summary>{0} what ("model", "base model", "custom model", "endpoint"), {1} ID, {2} host note, {3} detail sentence.</summary>
    public static readonly DiagnosticDescriptor ReferenceNotFound = Create(
        DiagnosticIds.ReferenceNotFound,
        "Speech model or endpoint not found",
        LifecycleMessages.ReferenceNotFound,
        DiagnosticSeverity.Warning);

    /// <summary>{0} the retired path (<c>speechtotext/v3.0</c>), {1} where the verdict comes from (<see cref="LifecycleMessages.ApiVersionVerdictSource"/>), {2} current API version.</summary>
    public static readonly DiagnosticDescriptor RetiredApiVersion = Create(
        DiagnosticIds.RetiredApiVersion,
        "Retired Speech-to-text REST API version",
        LifecycleMessages.RetiredApiVersion,
        DiagnosticSeverity.Warning);

    /// <summary>
    /// {0} the path (<c>speechtotext/v3.2</c>), {1} where the verdict comes from, {2} current API version. Info, below
    /// SPL2001: requests still work, and Microsoft's docs disagree about when they stop.
    /// </summary>
    public static readonly DiagnosticDescriptor ApiVersionRetirementAnnounced = Create(
        DiagnosticIds.ApiVersionRetirementAnnounced,
        "Speech-to-text REST API version retirement announced",
        LifecycleMessages.ApiVersionRetirementAnnounced,
        DiagnosticSeverity.Info);

    /// <summary>{0} what has no data ("endpoint 4d1f…", "snapshot file 'x.json'"), {1} why and what to do.</summary>
    public static readonly DiagnosticDescriptor LifecycleDataUnavailable = Create(
        DiagnosticIds.LifecycleDataUnavailable,
        "Speech lifecycle data unavailable",
        LifecycleMessages.LifecycleDataUnavailable,
        DiagnosticSeverity.Warning);

    /// <summary>{0} what the data is about, {1} when it was fetched ("on 2026-10-01" or "at an unknown time").</summary>
    public static readonly DiagnosticDescriptor LifecycleDataStale = Create(
        DiagnosticIds.LifecycleDataStale,
        "Speech lifecycle data is stale",
        LifecycleMessages.LifecycleDataStale,
        DiagnosticSeverity.Info);

    public static string HelpLink(string id) => $"https://github.com/speechlifecycle/SpeechLifecycle.Analyzers/blob/main/docs/rules/{id}.md";

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity) =>
        new(id, title, messageFormat, Category, severity, isEnabledByDefault: true, description: null, helpLinkUri: HelpLink(id));
}
