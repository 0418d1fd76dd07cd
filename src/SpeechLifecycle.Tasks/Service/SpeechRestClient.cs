using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpeechLifecycle.Json;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// Reads models and endpoints from one Speech resource with BCL <see cref="HttpClient"/> only. Redirects are never
/// followed (the key must not reach another host), bodies are size-capped, and every attempt, retry and
/// <c>Retry-After</c> wait stays inside the shared <see cref="RequestBudget"/>.
/// </summary>
public sealed class SpeechRestClient : IDisposable
{
    private const string KeyHeader = "Ocp-Apim-Subscription-Key";
    private static readonly TimeSpan MinimumRetryAfter = TimeSpan.FromMilliseconds(250);

    private readonly SpeechResource _resource;
    private readonly SpeechApiVersion _version;
    private readonly RequestBudget _budget;
    private readonly HttpClient _http;
    private readonly object _throttleLock = new();

    // A 429 applies to the whole resource: no request to it leaves before this instant (UTC).
    private DateTime _notBeforeUtc = DateTime.MinValue;
    private int _requestCount;

    // Set when a Retry-After reaches past the budget: nothing more is sent to this resource in this run, since every
    // request would have to wait longer than the build may (the look-ups fall back as BudgetExhausted → SPL9001).
    private int _throttledOut;

    // The status of the first 401/403 answer, 0 before one. Once set, nothing more is sent to this resource in this run:
    // the key is wrong for it, every further request would be refused too. Checked after a request gets its connection
    // slot, so requests queued for a slot when the refusal arrived are not sent either; only requests already on the
    // wire at that moment (at most the concurrency limit minus one) still get their answer (docs/msbuild.md).
    private int _refusedStatus;

    public SpeechRestClient(SpeechResource resource, SpeechApiVersion version, RequestBudget budget, HttpMessageHandler? handler = null)
    {
        // Defence in depth: settings validation already refuses these, but the key must never travel in clear text.
        if (resource.Address.Scheme != Uri.UriSchemeHttps && !(resource.Address.Scheme == Uri.UriSchemeHttp && SpeechResource.IsLoopback(resource.Address)))
        {
            throw new ArgumentException($"Refusing to send a key to {resource.Address.GetLeftPart(UriPartial.Authority)}: https is required except for loopback hosts.", nameof(resource));
        }

        _resource = resource;
        _version = version;
        _budget = budget;
        _http = handler is null
            ? new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }, disposeHandler: true)
            : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan;
    }

    /// <summary>Number of HTTP requests sent (every attempt counts), for logging.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    public Task<ServiceResult<LifecycleEntry>> GetModelAsync(ReferenceKind kind, Guid id, CancellationToken cancellationToken = default)
    {
        var uri = kind == ReferenceKind.BaseModel ? _version.BaseModel(_resource.Address, id) : _version.CustomModel(_resource.Address, id);
        return GetAsync(uri, body => ResponseParser.ParseModel(body, kind, _resource.Host), cancellationToken);
    }

    public Task<ServiceResult<LifecycleEntry>> GetEndpointAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync(_version.Endpoint(_resource.Address, id), body => ResponseParser.ParseEndpoint(body, _resource.Host), cancellationToken);

    /// <summary>
    /// All base models of a locale, following <c>@nextLink</c> to the last page, but only while it stays on this
    /// resource (scheme, host and port): a link elsewhere ends the listing as malformed rather than sending the key there.
    /// </summary>
    public async Task<ServiceResult<IReadOnlyList<LifecycleEntry>>> ListBaseModelsAsync(string locale, CancellationToken cancellationToken = default)
    {
        var all = new List<LifecycleEntry>();
        Uri? next = _version.BaseModelsForLocale(_resource.Address, locale);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (next is not null)
        {
            if (!seen.Add(next.AbsoluteUri))
            {
                break;
            }

            string? nextLink = null;
            var page = await GetAsync<IReadOnlyList<LifecycleEntry>>(
                next,
                body => ResponseParser.ParseModelPage(body, ReferenceKind.BaseModel, _resource.Host, out nextLink),
                cancellationToken).ConfigureAwait(false);
            if (!page.IsSuccess)
            {
                return page;
            }

            all.AddRange(page.Value!);
            next = null;
            if (!string.IsNullOrEmpty(nextLink))
            {
                if (!Uri.TryCreate(nextLink, UriKind.Absolute, out var link) || !IsSameOrigin(link))
                {
                    return new ServiceResult<IReadOnlyList<LifecycleEntry>>(ServiceOutcome.MalformedResponse, null, page.StatusCode,
                        "@nextLink points outside the configured resource; paging stopped.");
                }

                next = link;
            }
        }

        return new ServiceResult<IReadOnlyList<LifecycleEntry>>(ServiceOutcome.Success, all, 200, null);
    }

    private bool IsSameOrigin(Uri link) =>
        string.Equals(link.Scheme, _resource.Address.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(link.Host, _resource.Address.Host, StringComparison.OrdinalIgnoreCase)
        && link.Port == _resource.Address.Port;

    private async Task<ServiceResult<T>> GetAsync<T>(Uri uri, Func<string, T> parse, CancellationToken cancellationToken)
        where T : class
    {
        var response = await SendWithRetriesAsync(uri, cancellationToken).ConfigureAwait(false);
        if (response.Outcome != ServiceOutcome.Success)
        {
            return new ServiceResult<T>(response.Outcome, null, response.StatusCode, response.Message);
        }

        try
        {
            return new ServiceResult<T>(ServiceOutcome.Success, parse(response.Body!), response.StatusCode, null);
        }
        catch (Exception ex) when (ex is JsonParseException or FormatException or OverflowException)
        {
            return new ServiceResult<T>(ServiceOutcome.MalformedResponse, null, response.StatusCode, "Unexpected response body: " + ex.Message);
        }
    }

    private sealed class RawResponse
    {
        public RawResponse(ServiceOutcome outcome, int statusCode, string? body, string? message)
        {
            Outcome = outcome;
            StatusCode = statusCode;
            Body = body;
            Message = message;
        }

        public ServiceOutcome Outcome { get; }

        public int StatusCode { get; }

        public string? Body { get; }

        public string? Message { get; }
    }

    private async Task<RawResponse> SendWithRetriesAsync(Uri uri, CancellationToken cancellationToken)
    {
        var last = new RawResponse(ServiceOutcome.BudgetExhausted, 0, null, "The time budget ran out before the request was sent.");
        var backoff = _budget.FirstBackoff;
        // 429s do not use up attempts: the service asked us to wait, and the budget bounds the waiting.
        for (var attempt = 1; attempt <= _budget.MaxAttempts;)
        {
            if (!await WaitForThrottleAsync(cancellationToken).ConfigureAwait(false))
            {
                return Exhausted(last);
            }

            var response = await SendOnceAsync(uri, cancellationToken).ConfigureAwait(false);
            if (response.Deferred)
            {
                continue; // a pause began while this request queued for a slot; nothing was sent
            }

            last = response.Response;
            if (last.Outcome == ServiceOutcome.BudgetExhausted)
            {
                return Exhausted(last);
            }

            var retryable = last.Outcome is ServiceOutcome.ServerError or ServiceOutcome.Unreachable || response.RetryAfter is not null;
            if (!retryable || (response.RetryAfter is null && attempt == _budget.MaxAttempts))
            {
                return last;
            }

            // A 429's pause was recorded by SendOnceAsync before it gave up its slot; the loop waits it out.
            if (response.RetryAfter is null)
            {
                attempt++;
                if (!await _budget.DelayWithinBudgetAsync(backoff, cancellationToken).ConfigureAwait(false))
                {
                    return Exhausted(last);
                }

                backoff = TimeSpan.FromTicks(backoff.Ticks * 2);
            }
        }

        return last;
    }

    private RawResponse Exhausted(RawResponse last)
    {
        _budget.MarkExhausted();
        return new RawResponse(ServiceOutcome.BudgetExhausted, last.StatusCode,
            null, "The time budget ran out" + (last.Message is null ? "." : " after: " + last.Message));
    }

    /// <summary>Waits out a 429's Retry-After; false when that wait would overrun the budget.</summary>
    private async Task<bool> WaitForThrottleAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (Volatile.Read(ref _throttledOut) != 0)
            {
                return false;
            }

            DateTime notBefore;
            lock (_throttleLock)
            {
                notBefore = _notBeforeUtc;
            }

            var wait = notBefore - DateTime.UtcNow;
            if (wait <= TimeSpan.Zero)
            {
                return _budget.Remaining > TimeSpan.Zero;
            }

            // Task.Delay may wake a little early on some platforms; loop until the instant has really passed.
            if (!await _budget.DelayWithinBudgetAsync(wait + TimeSpan.FromMilliseconds(15), cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
    }

    private readonly struct Attempt
    {
        public Attempt(RawResponse response, TimeSpan? retryAfter, bool deferred = false)
        {
            Response = response;
            RetryAfter = retryAfter;
            Deferred = deferred;
        }

        public RawResponse Response { get; }

        public TimeSpan? RetryAfter { get; }

        /// <summary>Not sent: a 429 pause began while the request waited for a slot.</summary>
        public bool Deferred { get; }
    }

    /// <summary>
    /// Records a 429's pause for the whole resource. Called while the 429's request still holds its slot, so a request
    /// that gets the slot next already sees the pause. A pause that outlasts the budget ends all sending to the resource.
    /// </summary>
    private void Pause(TimeSpan retryAfter)
    {
        // A floor, so "Retry-After: 0" cannot turn into a busy loop against a throttling service.
        var wait = retryAfter < MinimumRetryAfter ? MinimumRetryAfter : retryAfter;
        lock (_throttleLock)
        {
            var until = DateTime.UtcNow + wait;
            if (until > _notBeforeUtc)
            {
                _notBeforeUtc = until;
            }
        }

        if (wait >= _budget.Remaining)
        {
            Interlocked.Exchange(ref _throttledOut, 1);
        }
    }

    /// <summary>True when a 429 pause is in force or sending to this resource has stopped (see <see cref="Pause"/>).</summary>
    private bool IsPaused()
    {
        if (Volatile.Read(ref _throttledOut) != 0)
        {
            return true;
        }

        lock (_throttleLock)
        {
            return _notBeforeUtc > DateTime.UtcNow;
        }
    }

    private async Task<Attempt> SendOnceAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (!await _budget.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            return new Attempt(new RawResponse(ServiceOutcome.BudgetExhausted, 0, null, "The time budget ran out while waiting for a free connection."), null);
        }

        try
        {
            if (Volatile.Read(ref _refusedStatus) is var refused and not 0)
            {
                return new Attempt(new RawResponse(ServiceOutcome.AuthenticationFailed, refused, null,
                    $"Not sent: the resource refused the key earlier in this run (HTTP {refused.ToString(CultureInfo.InvariantCulture)})."), null);
            }

            // Re-checked after the (possibly long) wait for a slot: requests queued when a 429 arrived must not be sent
            // during its pause. The caller loops back to WaitForThrottleAsync, which waits or gives up.
            if (IsPaused())
            {
                return new Attempt(new RawResponse(ServiceOutcome.BudgetExhausted, 0, null, "The time budget ran out."), null, deferred: true);
            }

            var timeout = _budget.AttemptTimeout();
            if (timeout <= TimeSpan.Zero)
            {
                return new Attempt(new RawResponse(ServiceOutcome.BudgetExhausted, 0, null, "The time budget ran out."), null);
            }

            using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeoutSource.CancelAfter(timeout);
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (_resource.Key is not null)
            {
                request.Headers.TryAddWithoutValidation(KeyHeader, _resource.Key);
            }

            request.Headers.Accept.ParseAdd("application/json");
            Interlocked.Increment(ref _requestCount);
            try
            {
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token).ConfigureAwait(false);
                // Disposing the response unblocks a body read that ignores cancellation (older frameworks).
                using var abort = timeoutSource.Token.Register(response.Dispose);
                var attempt = await ReadAsync(response, timeoutSource.Token).ConfigureAwait(false);
                if (attempt.Response.Outcome == ServiceOutcome.AuthenticationFailed)
                {
                    // Set while this request still holds its slot: whoever gets the slot next sees it.
                    Interlocked.CompareExchange(ref _refusedStatus, attempt.Response.StatusCode, 0);
                }

                if (attempt.RetryAfter is { } retryAfter)
                {
                    Pause(retryAfter);
                }

                return attempt;
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException && !cancellationToken.IsCancellationRequested)
            {
                return new Attempt(new RawResponse(ServiceOutcome.Unreachable, 0, null, $"No answer within {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s."), null);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                return new Attempt(new RawResponse(ServiceOutcome.Unreachable, 0, null, "Could not connect: " + ex.GetBaseException().Message), null);
            }
        }
        finally
        {
            _budget.Leave();
        }
    }

    private async Task<Attempt> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status >= 300 && status < 400)
        {
            return new Attempt(new RawResponse(ServiceOutcome.Redirected, status, null,
                $"The service answered {status} (redirect); redirects are not followed so the key stays with the configured host."), null);
        }

        if (status == 429)
        {
            return new Attempt(new RawResponse(ServiceOutcome.ServerError, status, null, "The service throttled the requests (429)."), RetryAfter(response));
        }

        var body = await ReadCappedAsync(response, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return new Attempt(new RawResponse(ServiceOutcome.ResponseTooLarge, status, null,
                $"The response exceeded {_budget.MaxResponseBytes / 1024} KB and was discarded."), null);
        }

        var outcome = status switch
        {
            >= 200 and < 300 => ServiceOutcome.Success,
            404 => ServiceOutcome.NotFound,
            401 or 403 => ServiceOutcome.AuthenticationFailed,
            >= 500 => ServiceOutcome.ServerError,
            _ => ServiceOutcome.UnexpectedStatus,
        };
        var message = outcome == ServiceOutcome.Success ? null : $"HTTP {status}" + (ResponseParser.ParseErrorMessage(body) is { } detail ? ": " + detail : ".");
        return new Attempt(new RawResponse(outcome, status, body, message), null);
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date.UtcDateTime - DateTime.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return TimeSpan.FromSeconds(1);
    }

    /// <summary>The body as UTF-8 text, or null when it is larger than the cap (checked before and while reading).</summary>
    private async Task<string?> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var cap = _budget.MaxResponseBytes;
        if (response.Content.Headers.ContentLength is long declared && declared > cap)
        {
            return null;
        }

        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            if (buffer.Length + read > cap)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public void Dispose() => _http.Dispose();
}
