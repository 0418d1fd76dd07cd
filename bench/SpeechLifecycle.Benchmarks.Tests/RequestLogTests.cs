using SpeechLifecycle.Benchmarks.Resolution;
using SpeechLifecycle.Emulator;

namespace SpeechLifecycle.Benchmarks.Tests;

public sealed class RequestLogTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly RateLimit TwoPerTenSeconds = new(2, TimeSpan.FromSeconds(10));
    private const string A = "/speechtotext/models/base/11111111-2222-4333-8444-555555555555?api-version=2025-10-15";
    private const string B = "/speechtotext/models/22222222-2222-4333-8444-555555555555?api-version=2025-10-15";

    [Fact]
    public void EarlyRetries_FlagsARetrySentInsideTheRetryAfter()
    {
        // Window opens at 0 s; the third request (1 s) is refused with Retry-After 9 s; its retry at 5 s is early.
        RecordedRequest[] requests = [At(0, B, 200), At(0.5, B, 200), At(1, A, 429), At(5, A, 200)];

        var early = RequestLog.EarlyRetries(requests, TwoPerTenSeconds, TimeSpan.Zero, sameTargetOnly: true, TimeSpan.Zero);

        var (refused, retry, by) = Assert.Single(early);
        Assert.Equal(1, (refused.ReceivedAt - Start).TotalSeconds);
        Assert.Equal(5, (retry.ReceivedAt - Start).TotalSeconds);
        Assert.Equal(5, by.TotalSeconds);
    }

    [Fact]
    public void EarlyRetries_AcceptsARetryAfterTheWindowReset()
    {
        RecordedRequest[] requests = [At(0, B, 200), At(0.5, B, 200), At(1, A, 429), At(10, A, 200)];

        Assert.Empty(RequestLog.EarlyRetries(requests, TwoPerTenSeconds, TimeSpan.Zero, sameTargetOnly: true, TimeSpan.Zero));
    }

    [Fact]
    public void EarlyRetries_ResourceWide_CountsOtherTargetsBeyondTheInFlightTolerance()
    {
        RecordedRequest[] requests = [At(0, B, 200), At(0.5, B, 200), At(1, A, 429), At(1.01, B, 429), At(3, B, 429)];

        var sameTarget = RequestLog.EarlyRetries(requests, TwoPerTenSeconds, TimeSpan.Zero, sameTargetOnly: true, TimeSpan.Zero);
        var anyTarget = RequestLog.EarlyRetries(requests, TwoPerTenSeconds, TimeSpan.Zero, sameTargetOnly: false, TimeSpan.FromMilliseconds(50));

        // Same target: B at 3 s follows B's own 429 at 1.01 s. Any target: B at 3 s is also inside A's pause; B at
        // 1.01 s was already in flight when A's 429 went out.
        Assert.Single(sameTarget);
        Assert.Equal(2, anyTarget.Count);
    }

    [Fact]
    public void Classifies_LookupsAndListingPages()
    {
        Assert.True(RequestLog.IsEntityLookup(At(0, A, 200)));
        Assert.True(RequestLog.IsEntityLookup(At(0, "/speechtotext/v3.2/endpoints/11111111-2222-4333-8444-555555555555", 200)));
        var page = At(0, "/speechtotext/models/base?filter=locale%20eq%20%27en-US%27&api-version=2025-10-15", 200);
        Assert.False(RequestLog.IsEntityLookup(page));
        Assert.True(RequestLog.IsListingPage(page));
    }

    private static RecordedRequest At(double seconds, string path, int status) =>
        new("GET", path, Start + TimeSpan.FromSeconds(seconds), status, HadKeyHeader: true);
}
