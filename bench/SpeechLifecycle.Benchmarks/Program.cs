using System.Globalization;
using SpeechLifecycle.Benchmarks;
using SpeechLifecycle.Benchmarks.Generation;
using SpeechLifecycle.Benchmarks.Overhead;
using SpeechLifecycle.Benchmarks.Reporting;
using SpeechLifecycle.Benchmarks.Resolution;
using SpeechLifecycle.Benchmarks.Scanning;

var arguments = new SuiteArguments(args);
try
{
    return arguments.Command switch
    {
        "generate" => Generate(arguments),
        "scan" => Scan(arguments),
        "overhead" => await Overhead(arguments),
        "solutions" => await Solutions(arguments),
        "resolve" => await Resolve(arguments),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return Usage();
}

static int Generate(SuiteArguments arguments)
{
    var options = WorkloadOptionsFrom(arguments);
    var output = arguments.Required("out");
    var version = arguments.Text("package-version");
    var feed = arguments.Text("feed");
    arguments.RejectUnknown();
    var catalog = ModelCatalog.Create(options.Distinct, options.Seed, options.AsOf);
    var workload = WorkloadGenerator.Generate(output, options, catalog, version, feed);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{workload.Directory}: {workload.Files} files, {workload.Lines} lines, {workload.Bytes / 1e6:F1} MB, {workload.References} references to {workload.Distinct} models"));
    return 0;
}

static int Scan(SuiteArguments arguments)
{
    var options = WorkloadOptionsFrom(arguments);
    var work = arguments.Required("work");
    var results = new ResultsWriter(arguments.Required("results"));
    var iterations = arguments.Number("iterations", 5);
    arguments.RejectUnknown();
    ScanBenchmarkRun.Run(work, options, results, iterations);
    return 0;
}

static async Task<int> Overhead(SuiteArguments arguments)
{
    var options = WorkloadOptionsFrom(arguments);
    var work = arguments.Required("work");
    var results = new ResultsWriter(arguments.Required("results"));
    var feed = Path.GetFullPath(arguments.Required("feed"));
    var version = arguments.Required("package-version");
    var rebuilds = arguments.Number("rebuilds", 3);
    var pairs = arguments.Number("pairs", 6);
    arguments.RejectUnknown();
    await new OverheadRun(Path.GetFullPath(work), results, feed, version).RunAsync(options, rebuilds, pairs);
    return 0;
}

static async Task<int> Solutions(SuiteArguments arguments)
{
    var defaults = new SolutionOptions();
    var solution = defaults with
    {
        Projects = arguments.Number("projects", defaults.Projects),
        MinFiles = arguments.Number("min-files", defaults.MinFiles),
        MaxFiles = arguments.Number("max-files", defaults.MaxFiles),
        SpeechProjects = arguments.Number("speech-projects", defaults.SpeechProjects),
    };
    var large = new WorkloadOptions
    {
        Files = arguments.Number("large-files", 2000),
        References = arguments.Number("large-references", 6),
    };
    var work = arguments.Required("work");
    var results = new ResultsWriter(arguments.Required("results"));
    var feed = Path.GetFullPath(arguments.Required("feed"));
    var version = arguments.Required("package-version");
    var rebuilds = arguments.Number("rebuilds", 3);
    var pairs = arguments.Number("design-time-pairs", 6);
    arguments.RejectUnknown();
    await new SolutionOverheadRun(Path.GetFullPath(work), results, feed, version).RunAsync(solution, large, rebuilds, pairs);
    return 0;
}

static async Task<int> Resolve(SuiteArguments arguments)
{
    var work = arguments.Required("work");
    var results = new ResultsWriter(arguments.Required("results"));
    var sizes = arguments.Numbers("n", 50, 500);
    var latency = TimeSpan.FromMilliseconds(arguments.Number("latency-ms", 200));
    var concurrency = arguments.Number("concurrency", SpeechLifecycle.Tasks.RequestBudget.DefaultMaxConcurrency);
    var budget = TimeSpan.FromSeconds(arguments.Number("budget-seconds", (int)SpeechLifecycle.Tasks.RequestBudget.DefaultTotal.TotalSeconds));
    arguments.RejectUnknown();
    await new ColdResolutionRun(work, results, latency, concurrency, budget).RunAsync(sizes);
    return 0;
}

static WorkloadOptions WorkloadOptionsFrom(SuiteArguments arguments)
{
    var defaults = new WorkloadOptions();
    return defaults with
    {
        Files = arguments.Number("files", defaults.Files),
        References = arguments.Number("references", defaults.References),
        Distinct = arguments.Number("distinct", defaults.Distinct),
        Seed = arguments.Number("seed", defaults.Seed),
    };
}

static int Usage()
{
    Console.Error.WriteLine("""
        SpeechLifecycle.Benchmarks — run everything with bench/run.sh (docs/performance.md).
          generate --out DIR [--files N --references R --distinct D --seed S --package-version V --feed DIR]
          overhead --work DIR --results DIR --feed DIR --package-version V [--rebuilds 3 --pairs 6] [workload options]   (targets 1, 2)
          solutions --work DIR --results DIR --feed DIR --package-version V [--projects 30 --min-files 10 --max-files 20 --speech-projects 2
                    --large-files 2000 --large-references 6 --rebuilds 3 --design-time-pairs 6]   (target 5: real-solution shapes, design-time builds)
          resolve  --work DIR --results DIR [--n 50,500 --latency-ms 200 --concurrency 8 --budget-seconds 20]   (target 4)
          scan     --work DIR --results DIR [--iterations I] [workload options]          (target 3)
        """);
    return 2;
}
