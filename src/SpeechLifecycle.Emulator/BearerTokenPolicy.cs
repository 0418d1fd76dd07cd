namespace SpeechLifecycle.Emulator;

/// <summary>
/// Which Microsoft Entra ID bearer tokens the emulator accepts, and how it refuses the others the way the Azure AI
/// services gateway does: 401 for a token it cannot accept (invalid, expired, another tenant or audience), 403 for a
/// valid token whose identity lacks a data-plane role such as Cognitive Services Speech User.
/// </summary>
internal sealed class BearerTokenPolicy(IReadOnlyCollection<string> accepted, IReadOnlyCollection<string> withoutRole)
{
    internal const string InvalidTokenMessage =
        "Access denied due to invalid Microsoft Entra ID token or wrong API endpoint. Make sure to use a token for the audience https://cognitiveservices.azure.com and the resource's custom subdomain endpoint.";

    internal const string MissingRoleMessage =
        "The principal lacks the required data action to perform this operation.";

    public static bool IsBearer(string authorization) => authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the token is accepted, else the gateway's refusal.</summary>
    public ApiResponse? Refuse(string authorization)
    {
        if (!IsBearer(authorization))
        {
            return ApiResponse.Gateway(401, InvalidTokenMessage);
        }

        string token = authorization["Bearer ".Length..].Trim();
        if (withoutRole.Contains(token, StringComparer.Ordinal))
        {
            return ApiResponse.Json(403, w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("error");
                w.WriteString("code", "PermissionDenied");
                w.WriteString("message", MissingRoleMessage);
                w.WriteEndObject();
                w.WriteEndObject();
            });
        }

        return accepted.Contains(token, StringComparer.Ordinal) ? null : ApiResponse.Gateway(401, InvalidTokenMessage);
    }
}
