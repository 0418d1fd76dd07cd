using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SpeechLifecycle.Benchmarks.Reporting;

/// <summary>
/// Appends findings to <c>findings.jsonl</c> in the results folder and renders <c>summary.md</c> from all of them, so
/// the separate steps of one run (overhead, scan, resolve) end in one table.
/// </summary>
public sealed class ResultsWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly string _directory;

    public ResultsWriter(string directory)
    {
        _directory = directory;
        System.IO.Directory.CreateDirectory(directory);
    }

    public string Directory => _directory;

    public string FindingsFile => Path.Combine(_directory, "findings.jsonl");

    public void Add(params Finding[] findings)
    {
        foreach (var finding in findings)
        {
            File.AppendAllText(FindingsFile, JsonSerializer.Serialize(finding, Json) + "\n");
            Console.WriteLine(Describe(finding));
        }

        File.WriteAllText(Path.Combine(_directory, "summary.md"), Render(Read(FindingsFile)));
    }

    public void AddNote(string name, string text) => File.WriteAllText(Path.Combine(_directory, name), text);

    public static IReadOnlyList<Finding> Read(string file) =>
        File.Exists(file)
            ? File.ReadLines(file).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<Finding>(l, Json)!).ToArray()
            : Array.Empty<Finding>();

    public static string Render(IEnumerable<Finding> findings)
    {
        var text = new StringBuilder();
        text.Append("| target | metric | value | limit | met | from |\n|---|---|---|---|---|---|\n");
        foreach (var f in findings)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {f.Target} | {f.Metric} | {Format(f.Value)} {f.Unit} | {(f.LowerIsBetter ? "≤" : "≥")} {Format(f.Limit)} | {(f.Met ? "yes" : "**no**")} | {f.Detail} |\n");
        }

        return text.ToString();
    }

    private static string Describe(Finding f) =>
        string.Create(CultureInfo.InvariantCulture, $"[{f.Target}] {f.Metric} = {Format(f.Value)} {f.Unit} (limit {(f.LowerIsBetter ? "<=" : ">=")} {Format(f.Limit)}): {(f.Met ? "met" : "MISSED")} — {f.Detail}");

    private static string Format(double value) =>
        double.IsNaN(value) ? "n/a"
        : Math.Abs(value) >= 100 ? value.ToString("F0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 1 ? value.ToString("F2", CultureInfo.InvariantCulture)
        : value.ToString("G3", CultureInfo.InvariantCulture);
}
