using System.Text;

namespace SpeechLifecycle.Emulator;

/// <summary>
/// What stands in front of the service: records every request, applies injected faults, then does what the real
/// API gateway does (route → 404, key → 401, quota → 429) before the service checks the version and answers.
/// </summary>
internal sealed class RequestGateway(
    SpeechApi api,
    FaultInjector faults,
    RequestRecorder recorder,
    IReadOnlyCollection<string> apiKeys,
    BearerTokenPolicy bearerTokens,
    IReadOnlyCollection<string> retiredPathVersions,
    FixedWindowRateLimiter? rateLimiter,
    TimeProvider clock,
    CancellationToken stopping)
{
    internal const string KeyHeader = "Ocp-Apim-Subscription-Key";

    /// <summary>Big enough that a client which reads the whole body into memory shows it.</summary>
    internal const long OversizedBodyBytes = 50L * 1024 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string pathAndQuery = request.Path.Value + request.QueryString.Value;
        bool hadKey = !string.IsNullOrEmpty(request.Headers[KeyHeader].ToString());
        bool hadBearer = BearerTokenPolicy.IsBearer(request.Headers.Authorization.ToString());
        RequestRecorder.Slot slot = recorder.Begin(request.Method, pathAndQuery, clock.GetUtcNow(), hadKey, hadBearer, request.Headers.Keys.ToArray());

        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            FaultRule? fault = faults.Take(pathAndQuery);
            switch (fault?.Kind)
            {
                case FaultKind.Latency:
                    await Task.Delay(fault.Delay, aborted.Token).ConfigureAwait(false);
                    break;
                case FaultKind.TooManyRequests:
                    await WriteAsync(context, slot, TooManyRequests(fault.RetryAfterSeconds)).ConfigureAwait(false);
                    return;
                case FaultKind.ServerError:
                    await WriteAsync(context, slot, ApiResponse.ForStatus(fault.StatusCode)).ConfigureAwait(false);
                    return;
                case FaultKind.Redirect:
                    await WriteAsync(context, slot, new ApiResponse(307, Array.Empty<byte>(), new Dictionary<string, string> { ["Location"] = fault.RedirectTo ?? "/" })).ConfigureAwait(false);
                    return;
                case FaultKind.Hang:
                    await Task.Delay(Timeout.Infinite, aborted.Token).ConfigureAwait(false);
                    return;
                case FaultKind.MalformedBody:
                    byte[] whole = Answer(request).Body;
                    await WriteAsync(context, slot, new ApiResponse(200, whole[..(whole.Length / 2)])).ConfigureAwait(false);
                    return;
                case FaultKind.OversizedBody:
                    await WriteOversizedAsync(context, slot, aborted.Token).ConfigureAwait(false);
                    return;
                case FaultKind.Trickle:
                    await WriteTrickleAsync(context, slot, Answer(request), fault.Delay, aborted.Token).ConfigureAwait(false);
                    return;
                case FaultKind.HtmlBody:
                    await WriteHtmlAsync(context, slot).ConfigureAwait(false);
                    return;
                case FaultKind.ForeignNextLink:
                    await WriteAsync(context, slot, WithNextLink(Answer(request), fault.RedirectTo ?? "http://127.0.0.2/")).ConfigureAwait(false);
                    return;
            }

            await WriteAsync(context, slot, Answer(request)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && aborted.IsCancellationRequested)
        {
            // The client gave up or the emulator is shutting down: drop the connection without an answer.
            context.Abort();
        }
    }

    private ApiResponse Answer(HttpRequest request)
    {
        SpeechRoute? route = SpeechRoute.Match(request.Path.Value ?? "", retiredPathVersions);
        if (route is null)
        {
            return ApiResponse.Gateway(404, "Resource not found");
        }

        string key = request.Headers[KeyHeader].ToString();
        string authorization = request.Headers.Authorization.ToString();
        if (key.Length == 0 && authorization.Length > 0)
        {
            // Microsoft Entra ID: the gateway checks the token (401), then the identity's data-plane role (403).
            if (bearerTokens.Refuse(authorization) is { } refusal)
            {
                return refusal;
            }
        }
        else if (key.Length == 0)
        {
            return ApiResponse.Gateway(401, ApiResponse.MissingKeyMessage);
        }
        else if (!apiKeys.Contains(key, StringComparer.Ordinal))
        {
            return ApiResponse.Gateway(401, ApiResponse.InvalidKeyMessage);
        }

        if (rateLimiter?.TryAcquire() is int retryAfter)
        {
            return TooManyRequests(retryAfter);
        }

        var query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> pair in request.Query)
        {
            query[pair.Key] = pair.Value.ToString();
        }

        ApiVersion? version = route.PathVersion;
        if (version is null)
        {
            string supported = string.Join(", ", ApiVersion.SupportedQueryVersions);
            if (!query.TryGetValue("api-version", out string? requested) || requested.Length == 0)
            {
                return ApiResponse.Service(400, "InvalidRequest", $"The api-version query parameter is required. Supported versions: {supported}.", "InvalidApiVersion");
            }

            version = ApiVersion.FindQueryVersion(requested);
            bool retired = version is not null && retiredPathVersions.Contains(version.Name, StringComparer.OrdinalIgnoreCase);
            if (version is null || retired)
            {
                // A retired query version is refused like one the service never had (docs/emulator.md "Versions").
                supported = string.Join(", ", ApiVersion.SupportedQueryVersions.Where(v => !retiredPathVersions.Contains(v, StringComparer.OrdinalIgnoreCase)));
                return ApiResponse.Service(400, "InvalidRequest", $"The api-version '{requested}' is not supported. Supported versions: {supported}.", "InvalidApiVersion");
            }
        }

        if (!HttpMethods.IsGet(request.Method))
        {
            return ApiResponse.Service(405, "NotAllowed", $"The emulator is read-only; {request.Method} is not supported here.");
        }

        string origin = $"{request.Scheme}://{request.Host.Value}";
        return api.Execute(route, version, query, origin);
    }

    private static ApiResponse TooManyRequests(int? retryAfterSeconds) => retryAfterSeconds is int seconds
        ? ApiResponse.Service(
            429,
            "TooManyRequests",
            $"Rate limit is exceeded. Try again in {seconds} seconds.",
            headers: new Dictionary<string, string> { ["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        : ApiResponse.Service(429, "TooManyRequests", "Rate limit is exceeded. Try again later.");

    /// <summary>A list page whose <c>@nextLink</c> leads elsewhere; other answers pass unchanged.</summary>
    private static ApiResponse WithNextLink(ApiResponse answer, string nextLink)
    {
        if (answer.StatusCode != 200 || System.Text.Json.Nodes.JsonNode.Parse(answer.Body) is not System.Text.Json.Nodes.JsonObject page || !page.ContainsKey("values"))
        {
            return answer;
        }

        page["@nextLink"] = nextLink;
        return new ApiResponse(200, Encoding.UTF8.GetBytes(page.ToJsonString()), answer.Headers);
    }

    /// <summary>The status and Content-Length at once, then the body a byte at a time: a connection that stalls mid-body.</summary>
    private async Task WriteTrickleAsync(HttpContext context, RequestRecorder.Slot slot, ApiResponse answer, TimeSpan perByte, CancellationToken cancellationToken)
    {
        recorder.Complete(slot, answer.StatusCode);
        HttpResponse response = context.Response;
        response.StatusCode = answer.StatusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = answer.Body.Length;
        await response.StartAsync(cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < answer.Body.Length; i++)
        {
            await response.Body.WriteAsync(answer.Body.AsMemory(i, 1), cancellationToken).ConfigureAwait(false);
            await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
            await Task.Delay(perByte, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>200 with a proxy's or captive portal's sign-in page: a success status whose body is not the API's.</summary>
    private async Task WriteHtmlAsync(HttpContext context, RequestRecorder.Slot slot)
    {
        const int statusCode = 200;
        recorder.Complete(slot, statusCode);
        byte[] page = "<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body><h1>Please sign in</h1></body></html>"u8.ToArray();
        HttpResponse response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = page.Length;
        await response.Body.WriteAsync(page, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task WriteAsync(HttpContext context, RequestRecorder.Slot slot, ApiResponse answer)
    {
        recorder.Complete(slot, answer.StatusCode);
        HttpResponse response = context.Response;
        response.StatusCode = answer.StatusCode;
        foreach (KeyValuePair<string, string> header in answer.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[header.Key] = header.Value;
        }

        if (answer.Body.Length > 0)
        {
            response.ContentType = "application/json; charset=utf-8";
        }

        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A syntactically plausible list page, chunked (no Content-Length), far larger than any real one.</summary>
    private async Task WriteOversizedAsync(HttpContext context, RequestRecorder.Slot slot, CancellationToken cancellationToken)
    {
        recorder.Complete(slot, 200);
        HttpResponse response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "application/json; charset=utf-8";

        var item = new StringBuilder();
        const string Entry = "{\"self\":\"https://emulator/speechtotext/models/base/00000000-0000-0000-0000-000000000000?api-version=2025-10-15\",\"displayName\":\"padding\",\"locale\":\"en-US\",\"status\":\"Succeeded\"},";
        while (item.Length < 64 * 1024)
        {
            item.Append(Entry);
        }

        byte[] chunk = Encoding.UTF8.GetBytes(item.ToString());
        await response.Body.WriteAsync("{\"values\":["u8.ToArray(), cancellationToken).ConfigureAwait(false);
        for (long written = 0; written < OversizedBodyBytes; written += chunk.Length)
        {
            await response.Body.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
        }

        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(Entry.TrimEnd(',') + "]}"), cancellationToken).ConfigureAwait(false);
    }
}
