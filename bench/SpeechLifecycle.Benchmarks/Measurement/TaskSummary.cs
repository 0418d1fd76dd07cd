using System.Globalization;
using System.Text.RegularExpressions;

namespace SpeechLifecycle.Benchmarks.Measurement;

/// <summary>
/// Reads MSBuild's <c>-clp:PerformanceSummary</c> "Task Performance Summary" section: lines such as
/// <c>3644 ms  Csc   1 calls</c>. The Csc task's time is the compiler's wall time for the project.
/// </summary>
public static partial class TaskSummary
{
    [GeneratedRegex(@"^\s*(?<ms>[0-9]+)\s+ms\s+(?<name>\S+)\s+(?<calls>[0-9]+)\s+calls\s*$")]
    private static partial Regex Row();

    /// <summary>Milliseconds per task name from the last task summary in the log; empty when there is none.</summary>
    public static IReadOnlyDictionary<string, double> Parse(string log)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        var lines = log.Split('\n');
        var start = Array.FindLastIndex(lines, l => l.Contains("Task Performance Summary:", StringComparison.Ordinal));
        if (start < 0)
        {
            return result;
        }

        for (var i = start + 1; i < lines.Length; i++)
        {
            var match = Row().Match(lines[i].TrimEnd('\r'));
            if (match.Success)
            {
                result[match.Groups["name"].Value] = double.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture);
            }
            else if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                break;
            }
        }

        return result;
    }
}
