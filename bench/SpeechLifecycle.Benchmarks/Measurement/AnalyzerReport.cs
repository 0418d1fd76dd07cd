using System.Globalization;
using System.Text.RegularExpressions;

namespace SpeechLifecycle.Benchmarks.Measurement;

/// <summary>One analyzer assembly's line in the compiler's <c>-p:ReportAnalyzer=true</c> table, with its analyzers.</summary>
public sealed record AnalyzerAssemblyTime(string Assembly, double Seconds, IReadOnlyList<AnalyzerTime> Analyzers);

public sealed record AnalyzerTime(string Analyzer, double Seconds);

/// <summary>
/// Parses the table the compiler prints with <c>-p:ReportAnalyzer=true</c> at detailed verbosity:
/// <code>
/// Total analyzer execution time: 0.488 seconds.
///   Time (s)    %   Analyzer
///      0.424   86   Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers, Version=5.6.0.0, Culture=neutral, ...
///      0.121   24      Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.CSharpSymbolIsBannedAnalyzer (RS0030, RS0031)
/// </code>
/// Assembly rows carry ", Version="; the rows under one are its analyzers. "&lt;0.001" counts as zero. The times are
/// summed across the compiler's threads (analyzer-engineering-notes D10).
/// </summary>
public static partial class AnalyzerReport
{
    [GeneratedRegex(@"^\s*(?:\d+(?::\d+)?>)?\s*(?<time><?[0-9]+(?:\.[0-9]+)?)\s+(?<pct><?[0-9]+)\s+(?<name>\S.*?)\s*$")]
    private static partial Regex Row();

    [GeneratedRegex(@"Total analyzer execution time:\s*(?<time>[0-9]+(?:\.[0-9]+)?) seconds")]
    private static partial Regex Total();

    /// <summary>The assemblies of the last analyzer table in <paramref name="log"/> (one compilation per log).</summary>
    public static IReadOnlyList<AnalyzerAssemblyTime> Parse(string log)
    {
        var lines = log.Split('\n');
        var start = -1;
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (Total().IsMatch(lines[i]))
            {
                start = i;
                break;
            }
        }

        var result = new List<AnalyzerAssemblyTime>();
        if (start < 0)
        {
            return result;
        }

        string? assembly = null;
        double assemblySeconds = 0;
        var analyzers = new List<AnalyzerTime>();
        for (var i = start + 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Contains("Time (s)", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(StripNodePrefix(line)))
            {
                continue;
            }

            var match = Row().Match(line);
            if (!match.Success)
            {
                break;
            }

            var seconds = ParseSeconds(match.Groups["time"].Value);
            var name = match.Groups["name"].Value;
            if (name.Contains(", Version=", StringComparison.Ordinal))
            {
                Flush();
                assembly = name[..name.IndexOf(',', StringComparison.Ordinal)];
                assemblySeconds = seconds;
            }
            else if (assembly is not null)
            {
                analyzers.Add(new AnalyzerTime(name, seconds));
            }
        }

        Flush();
        return result;

        void Flush()
        {
            if (assembly is not null)
            {
                result.Add(new AnalyzerAssemblyTime(assembly, assemblySeconds, analyzers.ToArray()));
            }

            assembly = null;
            analyzers.Clear();
        }
    }

    /// <summary>Total seconds of the assemblies whose simple name satisfies <paramref name="select"/>.</summary>
    public static double Seconds(IEnumerable<AnalyzerAssemblyTime> assemblies, Func<string, bool> select) =>
        assemblies.Where(a => select(a.Assembly)).Sum(a => a.Seconds);

    private static string StripNodePrefix(string line)
    {
        var trimmed = line.TrimStart();
        var arrow = trimmed.IndexOf('>', StringComparison.Ordinal);
        return arrow > 0 && arrow < 8 && trimmed[..arrow].All(c => char.IsDigit(c) || c == ':') ? trimmed[(arrow + 1)..] : trimmed;
    }

    private static double ParseSeconds(string text) =>
        text.StartsWith('<') ? 0 : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
