using System;
using System.Globalization;
using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Messages;

/// <summary>
/// The wording of the lifecycle diagnostics, in one place because two reporters use it: the analyzer (its descriptors'
/// message formats) and the task (<c>SpeechModel</c> items, logged with the same IDs). A literal and an item with the
/// same problem must read alike, and the task cannot reference the analyzer assembly; Core is compiled into both.
/// Format arguments are documented beside each descriptor in <c>Descriptors.cs</c>.
/// </summary>
public static class LifecycleMessages
{
    /// <summary>SPL1001.</summary>
    public const string ModelExpiredForTranscription = "Speech model '{0}' ({1}) expired for transcription on {2}{3}, {4}: transcription requests that use it fail with 4xx errors";

    /// <summary>SPL1002.</summary>
    public const string ModelExpiresSoonForTranscription = "Speech model '{0}' ({1}) expires for transcription on {2}{3}, {4}: after that, transcription requests that use it fail with 4xx errors";

    /// <summary>SPL1003.</summary>
    public const string BaseModelTrainingClosed = "Base model '{0}' ({1}) stopped accepting training on {2}{3}, {4}: custom models cannot be trained on it";

    /// <summary>SPL1004.</summary>
    public const string BaseModelTrainingClosesSoon = "Base model '{0}' ({1}) stops accepting training on {2}{3}, {4}: after that, custom models cannot be trained on it";

    /// <summary>SPL1005.</summary>
    public const string EndpointModelExpired = "Custom endpoint '{0}' serves model '{1}' ({2}), which expired for transcription on {3}{4}, {5}: recognition silently falls back to the latest base model for {2}";

    /// <summary>SPL1006.</summary>
    public const string EndpointModelExpiresSoon = "Custom endpoint '{0}' serves model '{1}' ({2}), which expires for transcription on {3}{4}, {5}: after that, recognition silently falls back to the latest base model for {2}";

    /// <summary>SPL1007.</summary>
    public const string ReferenceNotFound = "The Speech service does not know {0} {1}{2} (404): it was deleted, belongs to another resource or region, or is a custom-voice endpoint{3}";

    /// <summary>SPL2001.</summary>
    public const string RetiredApiVersion = "'{0}' is a retired Speech-to-text REST API version ({1}): requests to it fail; use '/speechtotext/...?api-version={2}'";

    /// <summary>SPL2002.</summary>
    public const string ApiVersionRetirementAnnounced = "'{0}' is a Speech-to-text REST API version whose retirement is announced or uncertain ({1}): move to '/speechtotext/...?api-version={2}' before requests to it fail";

    /// <summary>SPL9001.</summary>
    public const string LifecycleDataUnavailable = "No Speech lifecycle data for {0}: {1}";

    /// <summary>SPL9002.</summary>
    public const string LifecycleDataStale = "Speech lifecycle data for {0} is stale (fetched {1}): refreshing it from the Speech service failed, so older data was used";

    /// <summary>The word a message uses for a kind: "base model", "custom model", "endpoint", "model".</summary>
    public static string KindName(ReferenceKind kind) => kind switch
    {
        ReferenceKind.BaseModel => "base model",
        ReferenceKind.CustomModel => "custom model",
        ReferenceKind.Endpoint => "endpoint",
        _ => "model",
    };

    /// <summary>The display name, or the ID when the service gave none.</summary>
    public static string NameOf(LifecycleEntry entry) => string.IsNullOrWhiteSpace(entry.DisplayName) ? entry.Id.ToString("D") : entry.DisplayName!;

    public static string Locale(string? locale) => locale ?? "unknown locale";

    /// <summary>Day granularity, invariant: "2026-10-01".</summary>
    public static string Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "an unknown date";

    /// <summary>The note after a date that came from the quarter rule rather than the service.</summary>
    public static string Estimated(ExpiryVerdict verdict) => verdict.IsEstimated ? " (estimated)" : string.Empty;

    /// <summary>"today", "1 day ago", "12 days ago" for an expired verdict; "in 1 day", "in 30 days" otherwise.</summary>
    public static string When(ExpiryVerdict verdict)
    {
        if (verdict.State == ExpiryState.Expired)
        {
            var ago = -verdict.Days;
            return ago <= 0 ? "today" : ago == 1 ? "1 day ago" : $"{ago.ToString(CultureInfo.InvariantCulture)} days ago";
        }

        return verdict.Days == 1 ? "in 1 day" : $"in {verdict.Days.ToString(CultureInfo.InvariantCulture)} days";
    }

    /// <summary>SPL9001's subject for an entry without data: "endpoint 4d1f…".</summary>
    public static string Subject(ReferenceKind kind, Guid id) => $"{KindName(kind)} {id:D}";

    /// <summary>SPL9002's subject: "base model 'name'".</summary>
    public static string StaleSubject(LifecycleEntry entry) => $"{KindName(entry.Kind)} '{NameOf(entry)}'";

    /// <summary>SPL9002's "fetched …" argument.</summary>
    public static string Fetched(DateTime? fetchedAt) => fetchedAt is DateTime fetched ? "on " + Date(fetched) : "at an unknown time";

    /// <summary>SPL1007's host note: " on eastus.api.cognitive.microsoft.com", or nothing for a bare ID.</summary>
    public static string HostNote(string? host) => host is null ? string.Empty : " on " + host;

    /// <summary>SPL1007's detail sentence: "; " and the service's detail without its full stop, or nothing.</summary>
    /// <remarks>
    /// Caches and snapshots written before the message said the reasons itself hold a detail that repeats them; that
    /// parenthesis is dropped so the reasons are said once.
    /// </remarks>
    public static string NotFoundDetail(string? detail)
    {
        if (string.IsNullOrWhiteSpace(detail))
        {
            return string.Empty;
        }

        var text = detail!.Replace(" (deleted, another resource or region, or a custom-voice endpoint)", string.Empty).Trim().TrimEnd('.');
        return text.Length == 0 ? string.Empty : "; " + text;
    }

    /// <summary>
    /// SPL2001's and SPL2002's "where the verdict comes from" argument: the service's answer when a configured resource
    /// gave one ("the service on eastus… refused it on 2026-12-01"), else the catalogue's statement and its source.
    /// </summary>
    public static string ApiVersionVerdictSource(ApiVersionInfo info, ApiVersionVerdict? verdict)
    {
        if (verdict is not null)
        {
            var on = verdict.CheckedAt is { } checkedAt ? " on " + Date(checkedAt) : string.Empty;
            if (verdict.Status == ApiVersionServiceStatus.Retired)
            {
                return $"the service on {verdict.Host} refused it{on}";
            }

            var docs = CatalogueStatement(info);
            return $"the service on {verdict.Host} still served it{on}" + (docs.Length == 0 ? string.Empty : "; " + docs);
        }

        return CatalogueStatement(info);
    }

    /// <summary>"retired on 2026-03-31 per …", "retirement announced for 2026-03-31 by …"; empty for current or unknown versions.</summary>
    public static string CatalogueStatement(ApiVersionInfo info) => info.Status switch
    {
        ApiVersionStatus.Retired => (info.Date is { } date ? "retired on " + Date(date) : "retired") + (info.Source is null ? string.Empty : " per " + info.Source),
        ApiVersionStatus.RetirementAnnounced => "retirement announced" + (info.Date is { } date ? " for " + Date(date) : string.Empty) + (info.Source is null ? string.Empty : " by " + info.Source),
        _ => string.Empty,
    };

    /// <summary>SPL9001's reason with the service's detail in parentheses, when there is one.</summary>
    public static string WithDetail(string reason, string? detail) => string.IsNullOrWhiteSpace(detail) ? reason : reason + " (" + detail!.Trim().TrimEnd('.') + ")";

    /// <summary>
    /// SPL9001's reason for an entry the task could not resolve, naming what to do. <paramref name="host"/> is null when
    /// the caller does not name the host ("its host").
    /// </summary>
    public static string Explain(UnavailableReason reason, string keyVariable, string? host = null) => reason switch
    {
        UnavailableReason.NoEndpointConfigured => NoEndpointConfigured(keyVariable),
        UnavailableReason.NoKeyForHost => $"no key is configured for {host ?? "its host"}; set the {keyVariable} environment variable, or add a SpeechLifecycleResource item with a KeyVariable for that host",
        UnavailableReason.NoCredentialForHost => $"no credential is available for {host ?? "its host"}: no key in the {keyVariable} environment variable and no Microsoft Entra ID token; set the key variable, or sign in with the Azure CLI or the Azure Developer CLI",
        UnavailableReason.AuthenticationFailed => $"the Speech service refused the credential (401/403); check the key in the {keyVariable} environment variable, or, with Microsoft Entra ID, the Cognitive Services Speech User role",
        UnavailableReason.ServiceUnreachable => "the Speech service could not be reached and nothing is cached; build again when it is reachable, or commit a speech-lifecycle.json snapshot",
        UnavailableReason.ServiceError => "the Speech service answered with an error; build again later",
        UnavailableReason.BudgetExhausted => "the build's time budget for Speech look-ups ran out before this reference; build again",
        UnavailableReason.Offline => "the build ran offline (SpeechLifecycleOffline or a design-time build) and nothing is cached; run a normal build, or commit a speech-lifecycle.json snapshot",
        _ => "the lifecycle data gives no reason",
    };

    /// <summary>SPL9001's reason when no endpoint is configured and no snapshot has the reference.</summary>
    public static string NoEndpointConfigured(string keyVariable) =>
        $"no Speech endpoint is configured (SpeechLifecycleEndpoint is empty) and no snapshot has it; set SpeechLifecycleEndpoint and the {keyVariable} environment variable, or commit a speech-lifecycle.json snapshot";
}
