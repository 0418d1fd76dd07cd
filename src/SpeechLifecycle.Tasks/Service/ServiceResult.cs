namespace SpeechLifecycle.Tasks;

public enum ServiceOutcome
{
    Success,
    NotFound,

    /// <summary>401 or 403: the key is missing, wrong or lacks permission.</summary>
    AuthenticationFailed,

    /// <summary>Connection failure or per-request timeout, after retries.</summary>
    Unreachable,

    /// <summary>5xx (or 429 that never cleared), after retries.</summary>
    ServerError,

    /// <summary>A 2xx body that is not the JSON the schema describes.</summary>
    MalformedResponse,

    /// <summary>The body exceeded the size cap.</summary>
    ResponseTooLarge,

    /// <summary>A 3xx: never followed, so the key cannot leak to another host.</summary>
    Redirected,

    /// <summary>Another 4xx (400, 405, ...).</summary>
    UnexpectedStatus,

    /// <summary>The overall time budget ran out before an answer.</summary>
    BudgetExhausted,
}

/// <summary>The outcome of one look-up: a value on success, otherwise what went wrong (never containing the key).</summary>
public sealed class ServiceResult<T>
    where T : class
{
    public ServiceResult(ServiceOutcome outcome, T? value, int statusCode, string? message)
    {
        Outcome = outcome;
        Value = value;
        StatusCode = statusCode;
        Message = message;
    }

    public ServiceOutcome Outcome { get; }

    public T? Value { get; }

    /// <summary>The last HTTP status seen, 0 when no response arrived.</summary>
    public int StatusCode { get; }

    /// <summary>A short description (the service's error message when it sent one).</summary>
    public string? Message { get; }

    public bool IsSuccess => Outcome == ServiceOutcome.Success && Value is not null;
}
