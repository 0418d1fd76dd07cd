using System.Globalization;
using System.Text.RegularExpressions;
using SpeechLifecycle.Benchmarks.Generation;
using SpeechLifecycle.Benchmarks.Measurement;
using SpeechLifecycle.Benchmarks.Reporting;
using SpeechLifecycle.Emulator;

namespace SpeechLifecycle.Benchmarks.Overhead;

/// <summary>
/// Targets 1 and 2 on the generated workload, built with <c>dotnet build</c> child processes the way users build:
/// the package comes from a local feed into a private NUGET_PACKAGES folder, lifecycle data comes from the in-process
/// emulator through a private cache folder (fresh at the start of the run).
/// <list type="bullet">
/// <item>Target 1: K rebuilds with <c>-p:ReportAnalyzer=true</c>; per rebuild, our analyzers' reported time over the
/// Csc task's time and over BannedApiAnalyzers' reported time (same compilation, same run); medians of K.</item>
/// <item>Target 2: P pairs of no-change <c>dotnet build</c>s of the same sources with and without the package, in ABBA
/// order; median with / median without, the emulator's request count during the pairs, and whether either build
/// rewrote the assembly (a no-change build must not compile).</item>
/// </list>
/// </summary>
public sealed partial class OverheadRun
{
    private const string AssemblyPath = "obj/Debug/net10.0/Bench.Workload.dll";

    private readonly string _work;
    private readonly ResultsWriter _results;
    private readonly string _feed;
    private readonly string _packageVersion;

    public OverheadRun(string work, ResultsWriter results, string feed, string packageVersion)
    {
        _work = work;
        _results = results;
        _feed = feed;
        _packageVersion = packageVersion;
    }

    [GeneratedRegex(@"(?:warning|error|info) (?<id>SPL\d{4})\b")]
    private static partial Regex OurDiagnostic();

    public async Task RunAsync(WorkloadOptions options, int rebuilds, int pairs)
    {
        var catalog = ModelCatalog.Create(options.Distinct, options.Seed, options.AsOf);
        await using var emulator = await SpeechEmulator.StartAsync(new EmulatorOptions()).ConfigureAwait(false);
        EmulatorSeeding.Seed(emulator.Data, catalog);

        var with = WorkloadGenerator.Generate(Path.Combine(_work, "with"), options, catalog, _packageVersion, _feed);
        var without = WorkloadGenerator.Generate(Path.Combine(_work, "without"), options, catalog, packageVersion: null, _feed);
        var workloadText = string.Create(CultureInfo.InvariantCulture,
            $"{with.Files} files, {with.Lines} lines, {with.Bytes / 1e6:F1} MB, {with.References} references to {with.Distinct} models");
        Console.WriteLine("workload: " + workloadText);

        var packages = Path.Combine(_work, "packages");
        // The package version may be re-packed under the same number between runs: never reuse an extracted copy.
        DeleteDirectory(Path.Combine(packages, "speechlifecycle.analyzers"));
        var speechCache = Path.Combine(_work, "speech-cache");
        DeleteDirectory(speechCache);
        var dotnet = new DotnetCommand(new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = packages,
            ["SPEECH_KEY"] = "emulator-key",
        });
        string[] common =
        [
            "-nologo",
            "-p:SpeechLifecycleEndpoint=" + emulator.BaseAddress.GetLeftPart(UriPartial.Authority),
            "-p:SpeechLifecycleCacheDirectory=" + speechCache,
        ];

        foreach (var project in new[] { with.Directory, without.Directory })
        {
            Require(dotnet.Run(project, ["build", .. common]), project, "first build (restore + compile)");
        }

        var firstBuildRequests = emulator.CountRequests();
        emulator.ResetRequests();
        MeasureAnalyzers(dotnet, with.Directory, common, rebuilds, workloadText, firstBuildRequests, emulator);

        // Settle: one no-change build each, so the pairs start from the state every later build sees.
        foreach (var project in new[] { with.Directory, without.Directory })
        {
            Require(dotnet.Run(project, ["build", .. common]), project, "settling build");
        }

        emulator.ResetRequests();
        MeasureIncrementalBuilds(dotnet, with.Directory, without.Directory, common, pairs, emulator);
    }

    private void MeasureAnalyzers(DotnetCommand dotnet, string project, string[] common, int rebuilds, string workloadText, int firstBuildRequests, SpeechEmulator emulator)
    {
        var oursOverCompiler = new List<double>();
        var oursOverBanned = new List<double>();
        var details = new List<string>();
        string? lastTable = null;
        for (var i = 0; i < rebuilds; i++)
        {
            var result = Require(
                dotnet.Run(project, ["build", "-t:Rebuild", "-p:ReportAnalyzer=true", "-v:detailed", "-clp:PerformanceSummary", .. common]),
                project, "rebuild with -p:ReportAnalyzer=true");
            var assemblies = AnalyzerReport.Parse(result.Output);
            var tasks = TaskSummary.Parse(result.Output);
            var csc = tasks.TryGetValue("Csc", out var ms) ? ms / 1000 : double.NaN;
            var ours = AnalyzerReport.Seconds(assemblies, IsOurs);
            var banned = AnalyzerReport.Seconds(assemblies, IsBannedApi);
            var ourTasks = tasks.Where(t => t.Key.Contains("SpeechLifecycle", StringComparison.Ordinal)).Sum(t => t.Value) / 1000;
            // MSBuild prints each warning twice (as raised, and in the closing summary): count distinct lines.
            var diagnostics = result.Output.Split('\n').Select(l => l.Trim()).Distinct(StringComparer.Ordinal)
                .Select(l => OurDiagnostic().Match(l)).Where(m => m.Success)
                .GroupBy(m => m.Groups["id"].Value).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}×{g.Count()}");
            var loaded = assemblies.Any(a => IsOurs(a.Assembly));
            oursOverCompiler.Add(loaded ? ours / csc : double.NaN);
            oursOverBanned.Add(loaded ? ours / banned : double.NaN);
            details.Add(string.Create(CultureInfo.InvariantCulture,
                $"rebuild {i + 1}: Csc {csc:F2} s, ours {ours:F3} s{(loaded ? "" : " (our analyzers not in the report)")}, BannedApi {banned:F3} s, our task(s) {ourTasks:F2} s; our diagnostics {string.Join(" ", diagnostics)}"));
            lastTable = ExtractTable(result.Output);
        }

        var rebuildRequests = emulator.CountRequests();
        _results.AddNote("analyzer-report.txt", $"workload: {workloadText}\n{string.Join('\n', details)}\n\nlast rebuild's analyzer table:\n{lastTable}\n");
        var detail = $"median of {rebuilds} rebuilds; {string.Join("; ", details)}; requests: first build {firstBuildRequests}, rebuilds {rebuildRequests}";
        _results.Add(
            new Finding("1 analyzers", "our analyzer time / Csc time", Statistics.Median(oursOverCompiler), "×", 0.01, true, detail),
            new Finding("1 analyzers", "our analyzer time / BannedApiAnalyzers time", Statistics.Median(oursOverBanned), "×", 1, true, "same rebuilds, same compilation"));
    }

    private void MeasureIncrementalBuilds(DotnetCommand dotnet, string with, string without, string[] common, int pairs, SpeechEmulator emulator)
    {
        var withTimes = new List<double>();
        var withoutTimes = new List<double>();
        var pairRatios = new List<double>();
        var recompiles = 0;
        for (var i = 0; i < pairs; i++)
        {
            // ABBA: alternate which build of the pair runs first, so warm-up and drift fall on both sides equally.
            var order = i % 2 == 0 ? new[] { with, without } : new[] { without, with };
            var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var project in order)
            {
                var before = File.GetLastWriteTimeUtc(Path.Combine(project, AssemblyPath));
                var result = Require(dotnet.Run(project, ["build", .. common]), project, "no-change build");
                if (File.GetLastWriteTimeUtc(Path.Combine(project, AssemblyPath)) != before)
                {
                    recompiles++;
                }

                seconds[project] = result.Elapsed.TotalSeconds;
            }

            withTimes.Add(seconds[with]);
            withoutTimes.Add(seconds[without]);
            pairRatios.Add(seconds[with] / seconds[without]);
        }

        var medianWith = Statistics.Median(withTimes);
        var medianWithout = Statistics.Median(withoutTimes);
        var requests = emulator.CountRequests();
        string Seconds(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)));
        _results.Add(
            new Finding("2 build", "no-change build with package / without (medians)", medianWith / medianWithout, "×", 1.05, true,
                string.Create(CultureInfo.InvariantCulture,
                    $"{pairs} ABBA pairs; with: {Seconds(withTimes)} s (median {medianWith:F2}); without: {Seconds(withoutTimes)} s (median {medianWithout:F2}); median of per-pair ratios {Statistics.Median(pairRatios):F3}")),
            new Finding("2 build", "requests during no-change builds (fresh cache)", requests, "requests", 0, true, $"emulator record over {pairs} builds with the package"),
            new Finding("2 build", "no-change builds that recompiled", recompiles, "builds", 0, true, $"{AssemblyPath} timestamp compared around each of {2 * pairs} builds"));
    }

    internal static bool IsOurs(string assembly) => assembly.StartsWith("SpeechLifecycle.", StringComparison.Ordinal);

    internal static bool IsBannedApi(string assembly) => assembly.Contains("BannedApiAnalyzers", StringComparison.Ordinal);

    private static string ExtractTable(string log)
    {
        var start = log.LastIndexOf("Total analyzer execution time", StringComparison.Ordinal);
        if (start < 0)
        {
            return "(no analyzer table in the log)";
        }

        var end = log.IndexOf("Total generator execution time", start, StringComparison.Ordinal);
        return log[start..(end < 0 ? Math.Min(log.Length, start + 4000) : end)];
    }

    private CommandResult Require(CommandResult result, string project, string what) => Require(_work, result, project, what);

    /// <summary>The result of a build that must succeed; a failed one stops the run with its log saved under <paramref name="work"/>.</summary>
    internal static CommandResult Require(string work, CommandResult result, string project, string what)
    {
        if (result.ExitCode != 0)
        {
            var log = Path.Combine(work, "failed-build.log");
            File.WriteAllText(log, result.Output);
            throw new InvalidOperationException($"{what} of {project} failed with exit code {result.ExitCode}; log: {log}");
        }

        return result;
    }

    internal static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
