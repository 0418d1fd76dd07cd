using System.Diagnostics;
using System.Globalization;
using SpeechLifecycle.Benchmarks.Generation;
using SpeechLifecycle.Benchmarks.Reporting;
using SpeechLifecycle.Emulator;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;
using SpeechLifecycle.Tasks;

namespace SpeechLifecycle.Benchmarks.Resolution;

/// <summary>
/// Target 4: N distinct references resolved cold (empty cache) by the task's resolver, exactly as the task wires it
/// (one <see cref="RequestBudget"/> shared by the run, <see cref="SpeechRestClient"/> per resource), against the
/// in-process emulator with injected latency, then again with the service's documented rate limit enforced.
/// Wall time is compared with the theoretical bound; request counts and Retry-After compliance come from the
/// emulator's own record.
/// </summary>
public sealed class ColdResolutionRun
{
    public static readonly RateLimit ServiceRate = new(100, TimeSpan.FromSeconds(10));

    private readonly string _workDirectory;
    private readonly ResultsWriter _results;
    private readonly TimeSpan _latency;
    private readonly int _concurrency;
    private readonly TimeSpan _budget;

    public ColdResolutionRun(string workDirectory, ResultsWriter results, TimeSpan latency, int concurrency, TimeSpan budget)
    {
        _workDirectory = workDirectory;
        _results = results;
        _latency = latency;
        _concurrency = concurrency;
        _budget = budget;
    }

    public async Task RunAsync(IReadOnlyList<int> sizes)
    {
        // Warm-up on a throw-away emulator and cache: the figures are about a cold cache, not about JIT-compiling the
        // HTTP stack, which an MSBuild node that already ran the task has done.
        await MeasureAsync(8, rateLimited: false, record: false).ConfigureAwait(false);
        foreach (var n in sizes)
        {
            await MeasureAsync(n, rateLimited: false, record: true).ConfigureAwait(false);
        }

        foreach (var n in sizes)
        {
            await MeasureAsync(n, rateLimited: true, record: true).ConfigureAwait(false);
        }
    }

    private async Task MeasureAsync(int n, bool rateLimited, bool record)
    {
        var catalog = ModelCatalog.Create(n, seed: 4000 + n, new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc));
        var options = new EmulatorOptions { RateLimit = rateLimited ? ServiceRate : null };
        await using var emulator = await SpeechEmulator.StartAsync(options).ConfigureAwait(false);
        EmulatorSeeding.Seed(emulator.Data, catalog);
        emulator.Faults.Add(new FaultRule { PathContains = "", Kind = FaultKind.Latency, Delay = _latency });

        var cacheDirectory = Path.Combine(_workDirectory, $"resolve-cache-{n}-{(rateLimited ? "rate" : "plain")}");
        if (Directory.Exists(cacheDirectory))
        {
            Directory.Delete(cacheDirectory, recursive: true);
        }

        var references = catalog.Models.Select(m => new ScannedReference(KindOf(m.Kind), m.Id, null)).ToArray();
        if (!SpeechApiVersion.TryParse("2025-10-15", out var version))
        {
            throw new InvalidOperationException("2025-10-15 is not a supported API version any more");
        }

        var log = new CollectingLog();
        using var budget = new RequestBudget(_budget, maxConcurrency: _concurrency);
        var settings = new ResolverSettings { DefaultResource = new SpeechResource(emulator.BaseAddress, "SPEECH_KEY", "emulator-key") };
        var resolver = new LifecycleResolver(settings, new LifecycleCache(cacheDirectory, TimeSpan.FromHours(24)), log,
            resource => new SpeechRestClient(resource, version, budget));

        var clock = Stopwatch.StartNew();
        var snapshot = await resolver.ResolveAsync(references).ConfigureAwait(false);
        clock.Stop();

        var requests = emulator.Requests;
        if (!record)
        {
            return;
        }

        WriteTimeline(Path.Combine(_results.Directory, $"requests-{n}-{(rateLimited ? "rate" : "plain")}.tsv"), requests);
        // Status 0: the emulator never answered because the client gave up (budget end) while the request was held.
        var accepted = requests.Where(r => r.StatusCode is not (429 or 0)).ToArray();
        var abandoned = requests.Count(r => r.StatusCode == 0);
        var lookups = accepted.Where(RequestLog.IsEntityLookup).ToArray();
        var pages = accepted.Count(RequestLog.IsListingPage);
        var refused = requests.Count(r => r.StatusCode == 429);
        var repeated = lookups.GroupBy(RequestLog.Target).Count(g => g.Count() > 1);
        // Only the entries of the references themselves: linked models are added again under the resource's host.
        var own = snapshot.Entries.Where(e => e.Host is null).ToArray();
        var unavailable = own.Count(e => e.Lookup == LookupStatus.Unavailable);
        var resolved = own.Count(e => e.Lookup == LookupStatus.Resolved);
        var wall = clock.Elapsed.TotalSeconds;

        var concurrencyBound = Waves(n) * _latency.TotalSeconds + Waves(Math.Max(pages, 1)) * _latency.TotalSeconds;
        var label = string.Create(CultureInfo.InvariantCulture, $"N={n}, L={_latency.TotalMilliseconds:F0} ms, C={_concurrency}");
        if (!rateLimited)
        {
            _results.Add(
                new Finding("4 resolve", $"cold wall time / (⌈N/C⌉·L + listings), {label}", wall / concurrencyBound, "×", 1.25, true,
                    string.Create(CultureInfo.InvariantCulture, $"{wall:F2} s vs bound {concurrencyBound:F2} s ({Waves(n)} waves + {pages} listing page(s))")),
                new Finding("4 resolve", $"requests − (N + listing pages), {label}", requests.Count - (n + pages), "requests", 0, true,
                    $"{requests.Count} requests: {lookups.Length} look-ups for {n} references ({repeated} repeated), {pages} listing page(s); {resolved} resolved"));
            return;
        }

        var total = n + Math.Max(pages, 1);
        var rateBound = Math.Max(concurrencyBound, ((total - 1) / ServiceRate.PermitLimit * ServiceRate.Window.TotalSeconds) + _latency.TotalSeconds);
        var bound = Math.Min(rateBound, _budget.TotalSeconds);
        var sameTarget = RequestLog.EarlyRetries(requests, ServiceRate, _latency, sameTargetOnly: true, TimeSpan.Zero);
        var anyTarget = RequestLog.EarlyRetries(requests, ServiceRate, _latency, sameTargetOnly: false, TimeSpan.FromMilliseconds(50))
            .Select(e => e.Early).Distinct().Count();
        var budgetMessages = log.Messages.Count(m => m.Code == TaskMessageCodes.BudgetExhausted);
        _results.Add(
            new Finding("4 resolve", $"rate-limited wall time / min(rate bound, budget), {label}", wall / bound, "×", 1.25, true,
                string.Create(CultureInfo.InvariantCulture,
                    $"{wall:F2} s vs {bound:F2} s (rate bound {rateBound:F1} s for {total} requests at 100/10 s, budget {_budget.TotalSeconds:F0} s); {resolved} resolved, {unavailable} unavailable (→ SPL9001), {refused} × 429, budget message logged {budgetMessages}×")),
            new Finding("4 resolve", $"retries sent before their Retry-After elapsed, {label}", sameTarget.Count, "requests", 0, true,
                $"{refused} × 429; requests sent to the resource while another request's Retry-After was running (more than 50 ms after that 429): {anyTarget}"),
            new Finding("4 resolve", $"references neither resolved nor reported unavailable, {label}", n - resolved - unavailable, "references", 0, true,
                $"{resolved} resolved + {unavailable} unavailable of {n}; {lookups.Length} answered look-ups ({repeated} repeated), {abandoned} abandoned at the budget's end"));
    }

    /// <summary>Arrival time (ms from the first request), status and target of every request: the profile behind the figures.</summary>
    private static void WriteTimeline(string path, IReadOnlyList<RecordedRequest> requests)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var start = requests.Count > 0 ? requests.Min(r => r.ReceivedAt) : DateTimeOffset.MinValue;
        File.WriteAllLines(path, requests.OrderBy(r => r.ReceivedAt).Select(r =>
            string.Create(CultureInfo.InvariantCulture, $"{(r.ReceivedAt - start).TotalMilliseconds:F1}\t{r.StatusCode}\t{r.PathAndQuery}")));
    }

    private int Waves(int requests) => (requests + _concurrency - 1) / _concurrency;

    private static ReferenceKind KindOf(CatalogKind kind) => kind switch
    {
        CatalogKind.BaseModel => ReferenceKind.BaseModel,
        CatalogKind.CustomModel => ReferenceKind.CustomModel,
        _ => ReferenceKind.Endpoint,
    };

    private sealed class CollectingLog : IResolverLog
    {
        public List<(string Code, string Text)> Messages { get; } = new();

        public void Warning(string code, string message)
        {
            lock (Messages)
            {
                Messages.Add((code, message));
            }
        }

        public void Message(string code, string message, bool important) => Warning(code, message);
    }
}
