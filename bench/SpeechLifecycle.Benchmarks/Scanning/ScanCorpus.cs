using System.Text;
using SpeechLifecycle.Benchmarks.Generation;

namespace SpeechLifecycle.Benchmarks.Scanning;

/// <summary>
/// The C# text the scanner benchmarks read: the workload generator's files (same noise, same reference density as
/// targets 1–2), written once to a folder and also held in memory. BenchmarkDotNet runs in-process, so the benchmark
/// class finds the corpus through <see cref="Current"/>.
/// </summary>
public sealed class ScanCorpus
{
    private ScanCorpus(string directory, IReadOnlyList<string> paths, IReadOnlyList<string> texts, long utf8Bytes)
    {
        Directory = directory;
        Paths = paths;
        Texts = texts;
        Utf8Bytes = utf8Bytes;
    }

    public static ScanCorpus? Current { get; set; }

    public string Directory { get; }

    public IReadOnlyList<string> Paths { get; }

    public IReadOnlyList<string> Texts { get; }

    /// <summary>Size on disk; throughput is reported per MB (10^6 bytes) of this.</summary>
    public long Utf8Bytes { get; }

    public static ScanCorpus Create(string directory, WorkloadOptions options)
    {
        var catalog = ModelCatalog.Create(options.Distinct, options.Seed, options.AsOf);
        WorkloadGenerator.Generate(directory, options, catalog, packageVersion: null, feed: null);
        var paths = System.IO.Directory.GetFiles(Path.Combine(directory, "src"), "*.cs").OrderBy(p => p, StringComparer.Ordinal).ToArray();
        var texts = paths.Select(File.ReadAllText).ToArray();
        return new ScanCorpus(directory, paths, texts, texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)));
    }
}
