using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// Bounds all network work of one task run: an overall deadline (a slow or dead service cannot stall the build beyond
/// it), a per-request timeout, a retry limit and a cap on concurrent requests. Shared by every client of the run.
/// </summary>
public sealed class RequestBudget : IDisposable
{
    public static readonly TimeSpan DefaultTotal = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan DefaultPerRequest = TimeSpan.FromSeconds(10);
    public const int DefaultMaxConcurrency = 8;
    public const int DefaultMaxAttempts = 4;
    public const int DefaultMaxResponseBytes = 4 * 1024 * 1024;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly SemaphoreSlim _gate;
    private int _exhausted;

    public RequestBudget(TimeSpan total, TimeSpan? perRequest = null, int maxConcurrency = DefaultMaxConcurrency,
        int maxAttempts = DefaultMaxAttempts, int maxResponseBytes = DefaultMaxResponseBytes, TimeSpan? firstBackoff = null)
    {
        Total = total;
        PerRequest = perRequest ?? DefaultPerRequest;
        MaxAttempts = maxAttempts;
        MaxResponseBytes = maxResponseBytes;
        FirstBackoff = firstBackoff ?? TimeSpan.FromMilliseconds(500);
        _gate = new SemaphoreSlim(maxConcurrency, maxConcurrency);
    }

    public TimeSpan Total { get; }

    public TimeSpan PerRequest { get; }

    public int MaxAttempts { get; }

    public int MaxResponseBytes { get; }

    public TimeSpan FirstBackoff { get; }

    public TimeSpan Remaining
    {
        get
        {
            var left = Total - _clock.Elapsed;
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>True once any request gave up because the budget ran out (reported once per run).</summary>
    public bool WasExhausted => Volatile.Read(ref _exhausted) != 0;

    internal void MarkExhausted() => Interlocked.Exchange(ref _exhausted, 1);

    /// <summary>The timeout for one attempt: the per-request limit or what is left of the budget, whichever is shorter.</summary>
    internal TimeSpan AttemptTimeout()
    {
        var remaining = Remaining;
        return remaining < PerRequest ? remaining : PerRequest;
    }

    internal async Task<bool> EnterAsync(CancellationToken cancellationToken)
    {
        var remaining = Remaining;
        return remaining > TimeSpan.Zero && await _gate.WaitAsync(remaining, cancellationToken).ConfigureAwait(false);
    }

    internal void Leave() => _gate.Release();

    /// <summary>Waits <paramref name="delay"/> unless that would overrun the budget; false means give up now.</summary>
    internal async Task<bool> DelayWithinBudgetAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay >= Remaining)
        {
            return false;
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    public void Dispose() => _gate.Dispose();
}
