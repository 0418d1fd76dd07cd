using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace SpeechLifecycle.Analyzers.Tests.Fuzzing;

/// <summary>
/// Fuzzes both analyzers and both code-fix providers in-process (the IDE's situation) over generated and mutated C#
/// sources, snapshots and config files: no exception, no AD0001, no hang. A fixed seed and a small count in CI; a long
/// run on demand with <c>bench/fuzz.sh --seed S --count N</c> (environment variables <c>SPL_FUZZ_SEED</c>,
/// <c>SPL_FUZZ_COUNT</c>, <c>SPL_FUZZ_START</c> to replay from one input on). docs/fuzzing.md has the figures.
/// </summary>
public sealed class AnalyzerFuzzTests(ITestOutputHelper output)
{
    public const int DefaultSeed = 20261206;

    /// <summary>Inputs in CI: about 20-40 s on a loaded 2-core machine.</summary>
    public const int DefaultCount = 1_000;

    /// <summary>Inputs analysed together in one compilation (each input is one source or one additional file).</summary>
    private const int BatchSize = 4;

    // Generous: an input of a few thousand nested terms takes a second; only a hang or a quadratic walk takes a minute.
    private static readonly TimeSpan TimeLimitPerBatch = TimeSpan.FromSeconds(60);

    private static readonly string[] EvaluationDates = { "2026-11-21", "0001-01-01", "9999-12-31", "2026-02-30", "", "tomorrow" };

    private static readonly string[] WarningDays = { "90", "0", "3650", "2147483647", "-1", "99999999999999999999", "ninety" };

    [Fact]
    public async Task Analyzers_and_code_fixes_survive_generated_and_mutated_inputs()
    {
        var seed = Setting("SPL_FUZZ_SEED", DefaultSeed);
        var count = Setting("SPL_FUZZ_COUNT", DefaultCount);
        var start = Setting("SPL_FUZZ_START", 0);
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var diagnostics = 0;
        for (var first = start; first < start + count; first += BatchSize)
        {
            var indexes = Enumerable.Range(first, Math.Min(BatchSize, start + count - first)).ToList();
            var (sources, files, globals) = Batch(seed, indexes);
            var outcome = await AnalyzerHarness.RunAsync(sources, files, globals, TimeLimitPerBatch);
            diagnostics += outcome.Diagnostics.Length;
            if (outcome.Failures.Count > 0)
            {
                var saved = Save(seed, first, sources, files, globals);
                failures.Add($"inputs {first}..{indexes[^1]} (replay: SPL_FUZZ_SEED={seed} SPL_FUZZ_START={first} SPL_FUZZ_COUNT={indexes.Count}; saved in {saved}):\n  "
                    + string.Join("\n  ", outcome.Failures.Select(f => f.Length > 2000 ? f.Substring(0, 2000) + "…" : f)));
            }
        }

        output.WriteLine($"analyzer fuzz: seed {seed}, inputs {start}..{start + count - 1} ({count}), {diagnostics} diagnostics, {failures.Count} failing batch(es), {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>
    /// One compilation's worth of inputs: each index is a C# file (most), a snapshot or a config file, generated from its
    /// own random so it can be replayed alone; the batch's first index also picks the knobs.
    /// </summary>
    internal static (List<string> Sources, List<AnalyzerHarness.AdditionalFile> Files, Dictionary<string, string> Globals) Batch(int seed, IReadOnlyList<int> indexes)
    {
        var sources = new List<string>();
        var files = new List<AnalyzerHarness.AdditionalFile> { AnalyzerHarness.StandardSnapshot() };
        foreach (var index in indexes)
        {
            var random = new FuzzRandom(seed, index);
            switch (random.Next(100))
            {
                case < 70:
                    sources.Add(CSharpSourceGenerator.Generate(random));
                    break;
                case < 85:
                    files.Add(JsonInputGenerator.Snapshot(random, index));
                    break;
                default:
                    files.Add(JsonInputGenerator.Config(random, index));
                    break;
            }
        }

        var knobs = new FuzzRandom(seed, ~indexes[0]);
        var globals = AnalyzerHarness.StandardGlobalOptions();
        if (knobs.Chance(25))
        {
            globals["build_property.SpeechLifecycleEvaluationDate"] = knobs.Pick(EvaluationDates);
            globals["build_property.SpeechLifecycleWarningDays"] = knobs.Pick(WarningDays);
            globals["build_property.SpeechLifecycleEndpoint"] = knobs.Pick(new[] { string.Empty, "not a url", "https://westus.api.cognitive.microsoft.com" });
        }

        return (sources, files, globals);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string Save(int seed, int first, List<string> sources, List<AnalyzerHarness.AdditionalFile> files, Dictionary<string, string> globals)
    {
        var directory = Path.Combine(Path.GetTempPath(), "spl-fuzz-failures", $"seed{seed}-input{first}");
        Directory.CreateDirectory(directory);
        for (var i = 0; i < sources.Count; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"Test{i}.cs"), sources[i]);
        }

        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(directory, Path.GetFileName(file.Path) + "." + (file.Kind ?? "none")), file.Text);
        }

        File.WriteAllLines(Path.Combine(directory, "globals.txt"), globals.Select(g => g.Key + " = " + g.Value));
        return directory;
    }
}
