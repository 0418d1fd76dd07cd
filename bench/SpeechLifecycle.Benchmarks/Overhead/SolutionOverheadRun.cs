using System.Globalization;
using SpeechLifecycle.Benchmarks.Generation;
using SpeechLifecycle.Benchmarks.Measurement;
using SpeechLifecycle.Benchmarks.Reporting;
using SpeechLifecycle.Emulator;

namespace SpeechLifecycle.Benchmarks.Overhead;

/// <summary>
/// Target 5 (issue 14): the analyzers' cost on workloads shaped like real solutions, where most compilations have no
/// Speech reference and a fixed cost per compilation is what shows.
/// <list type="bullet">
/// <item>Many small projects (a solution of <see cref="SolutionOptions.Projects"/> projects of 10–20 files, two of them
/// with a few references): K solution rebuilds with <c>-p:ReportAnalyzer=true</c>, one node, so each compilation's
/// analyzer table follows its project's CoreCompile target. Our analyzers' summed time over the summed Csc time and
/// over BannedApiAnalyzers', and our time per compilation in the projects with no Speech reference.</item>
/// <item>One large project with few references (the large workload without Speech noise): the same two ratios.</item>
/// <item>Design-time builds (what the IDE and <c>dotnet format</c> run: <c>Compile</c> with <c>DesignTimeBuild</c> and
/// <c>SkipCompilerExecution</c>) of the large project with and without the package, in ABBA pairs: after the package's
/// intermediate files are deleted (the IDE's project load) and after one source file is touched (an edit).</item>
/// </list>
/// </summary>
public sealed class SolutionOverheadRun
{
    private static readonly string[] DesignTimeBuild =
    [
        "msbuild", "-t:Compile", "-p:DesignTimeBuild=true", "-p:BuildingProject=false", "-p:SkipCompilerExecution=true",
        "-p:ProvideCommandLineArgs=true", "-nologo", "-v:q",
    ];

    private readonly string _work;
    private readonly ResultsWriter _results;
    private readonly string _feed;
    private readonly string _packageVersion;

    public SolutionOverheadRun(string work, ResultsWriter results, string feed, string packageVersion)
    {
        _work = work;
        _results = results;
        _feed = feed;
        _packageVersion = packageVersion;
    }

    public async Task RunAsync(SolutionOptions solution, WorkloadOptions large, int rebuilds, int designTimePairs)
    {
        var catalog = ModelCatalog.Create(12, large.Seed, large.AsOf);
        await using var emulator = await SpeechEmulator.StartAsync(new EmulatorOptions()).ConfigureAwait(false);
        EmulatorSeeding.Seed(emulator.Data, catalog);

        var many = SolutionGenerator.Generate(Path.Combine(_work, "many"), solution, catalog, new WorkloadOptions { AsOf = large.AsOf }, _packageVersion, _feed);
        var fewOptions = large with { SpeechNoise = false, Distinct = catalog.Models.Count };
        var largeWith = WorkloadGenerator.Generate(Path.Combine(_work, "large-with"), fewOptions, catalog, _packageVersion, _feed);
        var largeWithout = WorkloadGenerator.Generate(Path.Combine(_work, "large-without"), fewOptions, catalog, packageVersion: null, _feed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"solution: {many.Projects.Count} projects, {many.Projects.Sum(p => p.Files)} files, {many.HasSpeech.Count(s => s)} with Speech references; large: {largeWith.Files} files, {largeWith.Bytes / 1e6:F1} MB, {largeWith.References} references"));

        var packages = Path.Combine(_work, "packages");
        DeleteDirectory(Path.Combine(packages, "speechlifecycle.analyzers"));
        var speechCache = Path.Combine(_work, "speech-cache");
        DeleteDirectory(speechCache);
        var dotnet = new DotnetCommand(new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages, ["SPEECH_KEY"] = "emulator-key" });
        string[] common =
        [
            "-nologo",
            "-p:SpeechLifecycleEndpoint=" + emulator.BaseAddress.GetLeftPart(UriPartial.Authority),
            "-p:SpeechLifecycleCacheDirectory=" + speechCache,
        ];

        Require(dotnet.Run(many.Directory, ["build", many.SolutionFile, .. common]), many.SolutionFile, "first build (restore + compile)");
        foreach (var project in new[] { largeWith.Directory, largeWithout.Directory })
        {
            Require(dotnet.Run(project, ["build", .. common]), project, "first build (restore + compile)");
        }

        var speechProjects = many.Projects.Where((_, i) => many.HasSpeech[i]).Select(p => Path.GetFileName(p.Directory)).ToHashSet(StringComparer.Ordinal);
        MeasureRebuilds(dotnet, many.Directory, [many.SolutionFile], common, rebuilds, "5 many small projects", speechProjects);
        // The same rebuilds with the IL analyzer assembly, what every platform but linux-x64 (and every IDE) runs: how
        // much of the fixed cost per compilation the precompiled assembly removes (docs/msbuild.md, SpeechLifecycleReadyToRun).
        MeasureRebuilds(dotnet, many.Directory, [many.SolutionFile], [.. common, "-p:SpeechLifecycleReadyToRun=false"], rebuilds, "5 many small projects, IL analyzer", speechProjects);
        MeasureRebuilds(dotnet, largeWith.Directory, [], common, rebuilds, "5 large, few references", speechProjects: null);
        MeasureDesignTime(dotnet, largeWith.Directory, largeWithout.Directory, common, designTimePairs);
    }

    private void MeasureRebuilds(DotnetCommand dotnet, string directory, string[] target, string[] common, int rebuilds, string name, HashSet<string>? speechProjects)
    {
        var oursOverCompiler = new List<double>();
        var oursOverBanned = new List<double>();
        var noSpeechCompilations = new List<double>();
        var details = new List<string>();
        for (var i = 0; i < rebuilds; i++)
        {
            var result = Require(
                dotnet.Run(directory, ["build", .. target, "-t:Rebuild", "-m:1", "-p:ReportAnalyzer=true", "-v:detailed", "-clp:PerformanceSummary", .. common]),
                directory, "rebuild with -p:ReportAnalyzer=true");
            var compilations = AnalyzerReport.ParseAll(result.Output);
            var analyzerAssembly = System.Text.RegularExpressions.Regex.IsMatch(result.Output, @"/analyzer:\S*/readytorun/") ? "precompiled" : "IL";
            var csc = TaskSummary.Parse(result.Output).TryGetValue("Csc", out var ms) ? ms / 1000 : double.NaN;
            var ours = compilations.Sum(c => AnalyzerReport.Seconds(c.Assemblies, IsOurs));
            var banned = compilations.Sum(c => AnalyzerReport.Seconds(c.Assemblies, IsBannedApi));
            oursOverCompiler.Add(ours / csc);
            oursOverBanned.Add(ours / banned);
            if (speechProjects is not null)
            {
                noSpeechCompilations.AddRange(compilations
                    .Where(c => !speechProjects.Contains(Path.GetFileNameWithoutExtension(c.Project)))
                    .Select(c => AnalyzerReport.Seconds(c.Assemblies, IsOurs)));
            }

            details.Add(string.Create(CultureInfo.InvariantCulture,
                $"rebuild {i + 1} ({analyzerAssembly} analyzer): {compilations.Count} compilations, Csc {csc:F2} s, ours {ours:F3} s, BannedApi {banned:F3} s"));
        }

        var detail = $"median of {rebuilds} rebuilds (-m:1); {string.Join("; ", details)}";
        _results.Add(
            new Finding(name, "our analyzer time / Csc time", Statistics.Median(oursOverCompiler), "×", 0.005, true, detail),
            new Finding(name, "our analyzer time / BannedApiAnalyzers time", Statistics.Median(oursOverBanned), "×", 0.1, true, "same rebuilds, same compilations"));
        if (noSpeechCompilations.Count > 0)
        {
            _results.Add(new Finding(name, "our analyzer time per compilation with no Speech reference (median)", Statistics.Median(noSpeechCompilations) * 1000, "ms", 15, true,
                string.Create(CultureInfo.InvariantCulture,
                    $"{noSpeechCompilations.Count} compilations over {rebuilds} rebuilds; max {noSpeechCompilations.Max() * 1000:F1} ms; the compiler prints times to the millisecond, <0.001 counts as 0")));
        }
    }

    private void MeasureDesignTime(DotnetCommand dotnet, string with, string without, string[] common, int pairs)
    {
        var load = new Dictionary<string, List<double>> { [with] = [], [without] = [] };
        var edit = new Dictionary<string, List<double>> { [with] = [], [without] = [] };
        for (var i = 0; i < pairs; i++)
        {
            var order = i % 2 == 0 ? new[] { with, without } : new[] { without, with };
            foreach (var project in order)
            {
                // The IDE's project load: none of the package's intermediate files yet (scan cache, snapshot, stamp).
                foreach (var file in Directory.EnumerateFiles(Path.Combine(project, "obj"), "speech-lifecycle.*", SearchOption.AllDirectories))
                {
                    File.Delete(file);
                }

                load[project].Add(Require(dotnet.Run(project, [.. DesignTimeBuild, .. common]), project, "design-time build (load)").Elapsed.TotalSeconds);
            }

            foreach (var project in order)
            {
                File.SetLastWriteTimeUtc(Path.Combine(project, "src", "Component0.cs"), DateTime.UtcNow);
                edit[project].Add(Require(dotnet.Run(project, [.. DesignTimeBuild, .. common]), project, "design-time build (edit)").Elapsed.TotalSeconds);
            }
        }

        string Seconds(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)));
        Finding Ratio(string metric, Dictionary<string, List<double>> times) =>
            new("5 design-time build", metric, Statistics.Median(times[with]) / Statistics.Median(times[without]), "×", 1.10, true,
                string.Create(CultureInfo.InvariantCulture,
                    $"{pairs} ABBA pairs, large project; with: {Seconds(times[with])} s (median {Statistics.Median(times[with]):F2}); without: {Seconds(times[without])} s (median {Statistics.Median(times[without]):F2}); difference {Statistics.Median(times[with]) - Statistics.Median(times[without]):F2} s"));
        _results.Add(Ratio("project load (no package state yet), with / without", load), Ratio("after an edit (one file touched), with / without", edit));
    }

    private static bool IsOurs(string assembly) => OverheadRun.IsOurs(assembly);

    private static bool IsBannedApi(string assembly) => OverheadRun.IsBannedApi(assembly);

    private CommandResult Require(CommandResult result, string project, string what) => OverheadRun.Require(_work, result, project, what);

    private static void DeleteDirectory(string path) => OverheadRun.DeleteDirectory(path);
}
