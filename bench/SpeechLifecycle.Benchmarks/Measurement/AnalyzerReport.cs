using System.Globalization;
using System.Text.RegularExpressions;

namespace SpeechLifecycle.Benchmarks.Measurement;

/// <summary>One analyzer assembly's line in the compiler's <c>-p:ReportAnalyzer=true</c> table, with its analyzers.</summary>
public sealed record AnalyzerAssemblyTime(string Assembly, double Seconds, IReadOnlyList<AnalyzerTime> Analyzers);

public sealed record AnalyzerTime(string Analyzer, double Seconds);

/// <summary>One compilation's analyzer table in a solution build, and the project it compiled.</summary>
public sealed record CompilationAnalyzerTimes(string Project, IReadOnlyList<AnalyzerAssemblyTime> Assemblies);

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
        var start = Array.FindLastIndex(lines, l => Total().IsMatch(l));
        return start < 0 ? [] : ParseTable(lines, start);
    }

    /// <summary>
    /// Every analyzer table of a solution build's log, one per compilation, with the project it belongs to: the
    /// nearest <c>Target "CoreCompile" … from project "…"</c> line above the table (detailed verbosity, one node).
    /// </summary>
    public static IReadOnlyList<CompilationAnalyzerTimes> ParseAll(string log)
    {
        var lines = log.Split('\n');
        var result = new List<CompilationAnalyzerTimes>();
        string? project = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (CoreCompile().Match(lines[i]) is { Success: true } target)
            {
                project = target.Groups["project"].Value;
            }
            else if (Total().IsMatch(lines[i]))
            {
                result.Add(new CompilationAnalyzerTimes(project ?? "(unknown project)", ParseTable(lines, i)));
            }
        }

        return result;
    }

    [GeneratedRegex(@"Target ""CoreCompile"" in file "".*?"" from project ""(?<project>[^""]+)""")]
    private static partial Regex CoreCompile();

    private static List<AnalyzerAssemblyTime> ParseTable(string[] lines, int start)
    {
        var result = new List<AnalyzerAssemblyTime>();
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
