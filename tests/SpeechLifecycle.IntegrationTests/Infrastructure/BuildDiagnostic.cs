using System.Text.RegularExpressions;

namespace SpeechLifecycle.IntegrationTests.Infrastructure;

/// <summary>One compiler or task diagnostic as MSBuild's console logger prints it: <c>file(line,col): error ID: text [project]</c>.</summary>
public sealed partial record BuildDiagnostic(string File, int Line, string Severity, string Id, string Message, string Project)
{
    public static IReadOnlyList<BuildDiagnostic> Parse(string output) =>
        output.Split('\n')
            .Select(line => Pattern().Match(line.TrimEnd('\r')))
            .Where(match => match.Success)
            .Select(match => new BuildDiagnostic(
                match.Groups["file"].Value.Trim(),
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value,
                match.Groups["project"].Value))
            .Distinct()
            .ToList();

    public override string ToString() => $"{Path.GetFileName(File)}({Line}): {Severity} {Id}: {Message}";

    [GeneratedRegex(@"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),\d+(?:,\d+,\d+)?\): (?<severity>error|warning|info) (?<id>[A-Z]+[0-9]+): (?<message>.*?)(?: \[(?<project>[^\]]+)\])?$")]
    private static partial Regex Pattern();
}
