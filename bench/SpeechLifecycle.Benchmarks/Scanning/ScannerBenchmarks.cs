using BenchmarkDotNet.Attributes;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Tasks;

namespace SpeechLifecycle.Benchmarks.Scanning;

/// <summary>
/// Target 3: the task's reference scanning over the workload's C# text. Each benchmark processes the whole corpus
/// once, so MB/s = corpus bytes / mean time. Not sealed: BenchmarkDotNet derives from benchmark classes.
/// </summary>
[MemoryDiagnoser]
public class ScannerBenchmarks
{
    private ScanCorpus _corpus = null!;
    private string _warmCacheFile = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = ScanCorpus.Current ?? throw new InvalidOperationException("ScanCorpus.Current is not set");
        _warmCacheFile = Path.Combine(_corpus.Directory, "scan-cache-warm.txt");
        var cache = ScanCache.Load(null);
        foreach (var path in _corpus.Paths)
        {
            cache.GetOrScan(path, ProjectReferenceScanner.ScanCode);
        }

        cache.Save(_warmCacheFile);
    }

    /// <summary>The Core recogniser alone (pre-filter, then the full parse where the pre-filter says maybe), in memory.</summary>
    [Benchmark(Baseline = true)]
    public int Recognizer()
    {
        var found = 0;
        foreach (var text in _corpus.Texts)
        {
            if (ReferenceRecognizer.MightContainReference(text))
            {
                found += ReferenceRecognizer.FindReferences(text).Count;
            }
        }

        return found;
    }

    /// <summary>The task's per-file work on a changed file (recogniser + SDK endpoint heuristic), in memory.</summary>
    [Benchmark]
    public int ScanCode()
    {
        var found = 0;
        foreach (var text in _corpus.Texts)
        {
            found += ProjectReferenceScanner.ScanCode(text).Count;
        }

        return found;
    }

    /// <summary>First build: no scan cache, every file read from disk and scanned, the cache written.</summary>
    [Benchmark]
    public int ColdFromDisk()
    {
        var cache = ScanCache.Load(null);
        var found = 0;
        foreach (var path in _corpus.Paths)
        {
            found += cache.GetOrScan(path, ProjectReferenceScanner.ScanCode).Count;
        }

        return found;
    }

    /// <summary>No-change rebuild: the scan cache is loaded, every file is only stat'ed, nothing is rescanned or rewritten.</summary>
    [Benchmark]
    public int WarmUnchanged()
    {
        var cache = ScanCache.Load(_warmCacheFile);
        var found = 0;
        foreach (var path in _corpus.Paths)
        {
            found += cache.GetOrScan(path, ProjectReferenceScanner.ScanCode).Count;
        }

        if (cache.Misses != 0)
        {
            throw new InvalidOperationException($"{cache.Misses} unchanged file(s) were rescanned");
        }

        cache.Save(_warmCacheFile);
        return found;
    }
}
