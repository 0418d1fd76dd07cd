using System.Text;
using System.Text.Json;

namespace SpeechLifecycle.Emulator;

/// <summary>A complete answer: status, JSON body, extra headers.</summary>
internal sealed record ApiResponse(int StatusCode, byte[] Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static ApiResponse Json(int statusCode, Action<Utf8JsonWriter> write, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return new ApiResponse(statusCode, buffer.ToArray(), headers);
    }

    /// <summary>
    /// The API gateway's wrapped envelope, used before a request reaches the service (bad key, unknown or retired route):
    /// <c>{"error":{"code":"401","message":"…"}}</c> (speech-rest-api.md §3.3).
    /// </summary>
    public static ApiResponse Gateway(int statusCode, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        Json(statusCode, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("error");
            w.WriteString("code", statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("message", message);
            w.WriteEndObject();
            w.WriteEndObject();
        }, headers);

    /// <summary>The service's top-level error shape (spec <c>Error</c>): <c>{"code","message","innerError":{"code","message"}}</c>.</summary>
    public static ApiResponse Service(int statusCode, string code, string message, string? innerCode = null, IReadOnlyDictionary<string, string>? headers = null) =>
        Json(statusCode, w =>
        {
            w.WriteStartObject();
            w.WriteString("code", code);
            w.WriteString("message", message);
            if (innerCode is null)
            {
                w.WriteNull("innerError");
            }
            else
            {
                w.WriteStartObject("innerError");
                w.WriteString("code", innerCode);
                w.WriteString("message", message);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }, headers);

    public const string MissingKeyMessage =
        "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.";

    public const string InvalidKeyMessage =
        "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.";

    public static ApiResponse ForStatus(int statusCode) => statusCode switch
    {
        401 => Gateway(401, InvalidKeyMessage),
        403 => Service(403, "Forbidden", "The user does not have permission to perform this operation.", "Forbidden"),
        404 => Service(404, "NotFound", "Entity cannot be found.", "NotFound"),
        503 => Service(503, "ServiceUnavailable", "The service is temporarily unavailable. Please try again later."),
        >= 500 => Service(statusCode, "InternalServerError", "An internal error occurred. Please try again later."),
        _ => Service(statusCode, "InvalidRequest", "The request was rejected."),
    };

    public override string ToString() => $"{StatusCode} {Encoding.UTF8.GetString(Body)}";
}
