namespace SpeechLifecycle.Emulator;

/// <summary>The service's documented quota (100 requests per 10 s) as a fixed window; refused requests use no budget.</summary>
internal sealed class FixedWindowRateLimiter(RateLimit limit, TimeProvider clock)
{
    private readonly object gate = new();
    private DateTimeOffset windowStart = DateTimeOffset.MinValue;
    private int used;

    /// <summary>Null when admitted; otherwise the whole seconds (at least 1) until the window resets.</summary>
    public int? TryAcquire()
    {
        DateTimeOffset now = clock.GetUtcNow();
        lock (gate)
        {
            if (now >= windowStart + limit.Window)
            {
                windowStart = now;
                used = 0;
            }

            if (used < limit.PermitLimit)
            {
                used++;
                return null;
            }

            return Math.Max(1, (int)Math.Ceiling((windowStart + limit.Window - now).TotalSeconds));
        }
    }
}
