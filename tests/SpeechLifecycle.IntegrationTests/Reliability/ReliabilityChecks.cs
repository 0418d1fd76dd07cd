using System.Diagnostics;
using System.Text.RegularExpressions;
using SpeechLifecycle.IntegrationTests.Infrastructure;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.IntegrationTests.Reliability;

/// <summary>What the reliability builds share: timing a `dotnet` run, reading the task's own time, checking the cache folder.</summary>
internal static partial class ReliabilityChecks
{
    /// <summary>Generous on purpose: a loaded CI machine is slow, but a build must never take "budget + the fault's duration".</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(30);

    public static async Task<(ProcessResult Result, TimeSpan Elapsed)> TimedAsync(Func<Task<ProcessResult>> run)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        return (result, watch.Elapsed);
    }

    /// <summary>
    /// The task's total time from MSBuild's task performance summary (<c>-clp:PerformanceSummary</c>), all calls of
    /// all projects; null when the summary has no line for it.
    /// </summary>
    public static TimeSpan? TaskTime(string output)
    {
        var match = TaskSummaryLine().Matches(output).LastOrDefault();
        return match is null ? null : TimeSpan.FromMilliseconds(int.Parse(match.Groups["ms"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Every file below the cache folder (relative path → text).</summary>
    public static SortedDictionary<string, string> CacheFiles(string cacheDirectory)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(cacheDirectory))
        {
            foreach (var path in Directory.EnumerateFiles(cacheDirectory, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(cacheDirectory, path)] = File.ReadAllText(path);
            }
        }

        return files;
    }

    public static bool IsMarker(string relativePath) => Path.GetFileName(relativePath) == "unreachable";

    /// <summary>Files of the cache that are not a snapshot the product reads (the marker aside): must always be none.</summary>
    public static IReadOnlyList<string> CorruptCacheFiles(string cacheDirectory) =>
        CacheFiles(cacheDirectory)
            .Where(file => !IsMarker(file.Key))
            .Where(file => !file.Key.EndsWith(".json", StringComparison.Ordinal) || !LifecycleSnapshotReader.TryRead(file.Value, out _, out _))
            .Select(file => file.Key)
            .ToList();

    /// <summary>The lifecycle diagnostics of one project, as comparable text (ID, file name, line).</summary>
    public static IReadOnlyList<string> LifecycleDiagnosticsOf(IEnumerable<BuildDiagnostic> diagnostics, string projectFolder) =>
        diagnostics
            .Where(d => d.Id.StartsWith("SPL", StringComparison.Ordinal) && !d.Id.StartsWith("SPLT", StringComparison.Ordinal))
            .Where(d => d.File.StartsWith(projectFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(d => $"{d.Id} {Path.GetFileName(d.File)}:{d.Line}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"^\s*(?<ms>\d+) ms\s+ResolveSpeechLifecycle\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex TaskSummaryLine();
}
