using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SpeechLifecycle.Benchmarks.Generation;
using SpeechLifecycle.Benchmarks.Reporting;
using SpeechLifecycle.Tasks;

namespace SpeechLifecycle.Benchmarks.Scanning;

/// <summary>
/// Target 3. Runs <see cref="ScannerBenchmarks"/> with a short in-process job (minutes, not the default's tens of
/// minutes; in-process because the suite must not spawn project builds of its own), turns means into MB/s, and checks
/// the scan cache's skip behaviour by counting, not timing: an unchanged corpus rescans nothing, touching k files
/// rescans exactly k.
/// </summary>
public static class ScanBenchmarkRun
{
    public const double TargetMegabytesPerSecond = 100;

    public static void Run(string workDirectory, WorkloadOptions options, ResultsWriter results, int iterations)
    {
        var corpus = ScanCorpus.Create(Path.Combine(workDirectory, "scan-corpus"), options);
        ScanCorpus.Current = corpus;
        var megabytes = corpus.Utf8Bytes / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scan corpus: {corpus.Paths.Count} files, {megabytes:F2} MB"));

        // Monitoring: no pilot stage or overhead subtraction; each iteration is one pass over the corpus (milliseconds).
        var job = new Job("Short")
            .WithStrategy(RunStrategy.Monitoring)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1);
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .WithArtifactsPath(Path.Combine(workDirectory, "BenchmarkDotNet.Artifacts"))
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<ScannerBenchmarks>(config);

        var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is { } statistics)
            {
                seconds[report.BenchmarkCase.Descriptor.WorkloadMethod.Name] = statistics.Mean / 1e9;
            }
        }

        double Rate(string name) => seconds.TryGetValue(name, out var s) ? megabytes / s : double.NaN;
        string Ms(string name) => seconds.TryGetValue(name, out var s) ? (s * 1000).ToString("F1", CultureInfo.InvariantCulture) + " ms" : "failed";

        var corpusText = string.Create(CultureInfo.InvariantCulture, $"{corpus.Paths.Count} files, {megabytes:F2} MB");
        results.Add(
            new Finding("3 scan", "task per-file scan (ScanCode), in memory", Rate(nameof(ScannerBenchmarks.ScanCode)), "MB/s", TargetMegabytesPerSecond, false,
                $"{Ms(nameof(ScannerBenchmarks.ScanCode))} mean over {corpusText}"),
            new Finding("3 scan", "Core ReferenceRecognizer, in memory", Rate(nameof(ScannerBenchmarks.Recognizer)), "MB/s", TargetMegabytesPerSecond, false,
                $"{Ms(nameof(ScannerBenchmarks.Recognizer))} mean"),
            new Finding("3 scan", "first build: read + scan from disk", Rate(nameof(ScannerBenchmarks.ColdFromDisk)), "MB/s", TargetMegabytesPerSecond, false,
                $"{Ms(nameof(ScannerBenchmarks.ColdFromDisk))} mean, includes File.ReadAllText"));

        if (seconds.TryGetValue(nameof(ScannerBenchmarks.WarmUnchanged), out var warm) && seconds.TryGetValue(nameof(ScannerBenchmarks.ColdFromDisk), out var cold))
        {
            results.Add(new Finding("3 scan", "no-change rescan time / first scan time", warm / cold, "×", 1, true,
                $"{Ms(nameof(ScannerBenchmarks.WarmUnchanged))} (scan cache loaded, files stat'ed) vs {Ms(nameof(ScannerBenchmarks.ColdFromDisk))}"));
        }

        CheckSkipping(corpus, results);
    }

    /// <summary>Counts, not times: what the scan cache re-reads after no change, and after k files changed.</summary>
    private static void CheckSkipping(ScanCorpus corpus, ResultsWriter results)
    {
        var cacheFile = Path.Combine(corpus.Directory, "scan-cache-skip.txt");
        File.Delete(cacheFile);
        var first = Scan(corpus, cacheFile);
        var unchanged = Scan(corpus, cacheFile);
        var touched = corpus.Paths.Where((_, i) => i % 50 == 7).ToArray();
        foreach (var path in touched)
        {
            File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1));
        }

        var afterTouch = Scan(corpus, cacheFile);
        results.Add(
            new Finding("3 scan", "files rescanned on a no-change rebuild", unchanged.Misses, "files", 0, true,
                $"first scan {first.Misses} misses; no-change {unchanged.Hits} hits / {unchanged.Misses} misses"),
            new Finding("3 scan", "|files rescanned after touching k files − k|", Math.Abs(afterTouch.Misses - touched.Length), "files", 0, true,
                $"k = {touched.Length}: {afterTouch.Misses} misses, {afterTouch.Hits} hits"));
    }

    private static ScanCache Scan(ScanCorpus corpus, string cacheFile)
    {
        var cache = ScanCache.Load(cacheFile);
        foreach (var path in corpus.Paths)
        {
            cache.GetOrScan(path, ProjectReferenceScanner.ScanCode);
        }

        cache.Save(cacheFile);
        return cache;
    }
}
