using System;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// The one cheap request that asks a resource whether it still serves an API version, and how its answer reads.
/// </summary>
/// <remarks>
/// The request lists one base model in that version (<c>GET /speechtotext/v3.2/models/base?top=1</c>): a read that
/// every version has (speech-rest-api.md §1.2), needs only the read permission the look-ups need, and names no entity,
/// so a 404 cannot mean "that model was deleted". How the real service refuses a retired version is not documented
/// (UNCERTAIN in speech-rest-api.md §4.1, §3.3), so every plausible refusal counts and anything else gives no verdict
/// (the docs then decide, as offline):
/// <list type="bullet">
/// <item>2xx: served.</item>
/// <item>404 (the gateway no longer routes the version; either error envelope) or 410 Gone: refused.</item>
/// <item>400 whose error names the version (<c>InvalidApiVersion</c>, "api-version … is not supported"): refused.</item>
/// <item>401/403, 429 that never cleared, 5xx, timeouts, redirects, other answers: no verdict.</item>
/// </list>
/// </remarks>
public static class ApiVersionProbe
{
    /// <summary>The probe's URI on <paramref name="resource"/> for a path version (<c>v3.2</c>) or a query version (<c>2024-11-15</c>).</summary>
    public static Uri RequestUri(Uri resource, string version)
    {
        var root = resource.GetLeftPart(UriPartial.Authority);
        return version.StartsWith("v", StringComparison.OrdinalIgnoreCase)
            ? new Uri($"{root}/speechtotext/{Uri.EscapeDataString(version)}/models/base?top=1")
            : new Uri($"{root}/speechtotext/models/base?top=1&api-version={Uri.EscapeDataString(version)}");
    }

    /// <summary>Served, refused (retired) or null: no verdict from this answer.</summary>
    public static ApiVersionServiceStatus? Classify(ServiceOutcome outcome, int statusCode, string? message)
    {
        if (outcome == ServiceOutcome.Success)
        {
            return ApiVersionServiceStatus.Served;
        }

        if (outcome is ServiceOutcome.NotFound or ServiceOutcome.UnexpectedStatus && statusCode is 404 or 410)
        {
            return ApiVersionServiceStatus.Retired;
        }

        if (statusCode == 400 && message is not null
            && (message.IndexOf("ApiVersion", StringComparison.OrdinalIgnoreCase) >= 0
                || message.IndexOf("api-version", StringComparison.OrdinalIgnoreCase) >= 0
                || message.IndexOf("API version", StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return ApiVersionServiceStatus.Retired;
        }

        return null;
    }
}

/// <summary>What one probe got: a verdict (or none) and the answer in words, for the log and the snapshot's <c>detail</c>.</summary>
public sealed class ApiVersionProbeResult
{
    public ApiVersionProbeResult(ApiVersionServiceStatus? status, ServiceOutcome outcome, int statusCode, string? message)
    {
        Status = status;
        Outcome = outcome;
        StatusCode = statusCode;
        Message = message;
    }

    public ApiVersionServiceStatus? Status { get; }

    public ServiceOutcome Outcome { get; }

    public int StatusCode { get; }

    /// <summary>"HTTP 404: 404: Resource not found", or null for a 2xx.</summary>
    public string? Message { get; }
}
