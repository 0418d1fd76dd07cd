using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using SpeechLifecycle.Json;
using SpeechLifecycle.Snapshots;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace SpeechLifecycle.Tasks.Reporting;

/// <summary>
/// The MSBuild shell of the <c>SpeechLifecycleReport</c> target: reads the data the analyzer sees (the task's snapshot,
/// then the committed one), locates the project's references, evaluates them and publishes the project's part of the
/// report (<see cref="ReportStore"/>). Never throws into MSBuild; a report that cannot be written is a warning
/// (SPLT036), not a failed build.
/// </summary>
public sealed class WriteSpeechLifecycleReport : MSBuildTask
{
    [Required]
    public string ProjectFile { get; set; } = string.Empty;

    public string? ProjectName { get; set; }

    /// <summary><c>speech-lifecycle.g.json</c> written by <c>SpeechLifecycleResolve</c> (may carry <c>acceptances</c>).</summary>
    public string? GeneratedSnapshot { get; set; }

    public string? CommittedSnapshot { get; set; }

    /// <summary><c>SpeechLifecycleEvaluationDate</c>: the resolve task's validated date, <c>yyyy-MM-dd</c>.</summary>
    public string? EvaluationDate { get; set; }

    public string? WarningDays { get; set; }

    public string? KeyVariable { get; set; }

    public string? Endpoint { get; set; }

    [Required]
    public string ReportDirectory { get; set; } = string.Empty;

    /// <summary>Paths in the report are relative to this folder (the solution's, else the project's).</summary>
    public string? ReportRoot { get; set; }

    public ITaskItem[] Compile { get; set; } = Array.Empty<ITaskItem>();

    public ITaskItem[] ConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    public ITaskItem[] SpeechModels { get; set; } = Array.Empty<ITaskItem>();

    [Output]
    public string MarkdownReport { get; set; } = string.Empty;

    [Output]
    public string JsonReport { get; set; } = string.Empty;

    [Output]
    public string HtmlReport { get; set; } = string.Empty;

    public override bool Execute()
    {
        try
        {
            ExecuteCore();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.LogWarning(null, TaskMessageCodes.ReportNotWritten, null, ProjectFile, 0, 0, 0, 0,
                "The Speech lifecycle report could not be written to '{0}': {1}", ReportDirectory, ex.Message);
        }
        catch (Exception ex)
        {
            Log.LogWarning(null, TaskMessageCodes.ReportNotWritten, null, ProjectFile, 0, 0, 0, 0,
                "The Speech lifecycle report failed unexpectedly: {0}: {1}", ex.GetType().Name, ex.Message);
        }

        return !Log.HasLoggedErrors;
    }

    private void ExecuteCore()
    {
        var asOf = DateTime.TryParseExact(EvaluationDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? DateTime.SpecifyKind(date.Date, DateTimeKind.Utc)
            : DateTime.UtcNow.Date;
        var warningDays = int.TryParse(WarningDays?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : 90;

        var snapshot = new LifecycleSnapshot();
        IReadOnlyList<ReportAcceptance> acceptances = Array.Empty<ReportAcceptance>();
        if (ReadJson(GeneratedSnapshot) is { } generated)
        {
            if (LifecycleSnapshotReader.TryRead(generated.Text, out var read, out _) && read is not null)
            {
                snapshot.MergeFrom(read);
            }

            acceptances = AcceptanceReader.Read(generated.Root);
        }

        if (ReadJson(CommittedSnapshot) is { } committed && LifecycleSnapshotReader.TryRead(committed.Text, out var committedSnapshot, out _) && committedSnapshot is not null)
        {
            snapshot.MergeFrom(committedSnapshot);
        }

        var items = new List<SpeechModelItem>();
        foreach (var item in SpeechModels)
        {
            if (SpeechModelItem.TryParse(item.ItemSpec, item.GetMetadata("Kind"), out var parsed, out _) && parsed is not null)
            {
                items.Add(parsed);
            }
        }

        var root = string.IsNullOrWhiteSpace(ReportRoot) ? Path.GetDirectoryName(Path.GetFullPath(ProjectFile))! : ReportRoot!;
        var code = Read(Compile.Select(FullPath).Where(path => path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)));
        var config = Read(ConfigFiles.Select(FullPath));
        var projectText = Read(new[] { Path.GetFullPath(ProjectFile) }).FirstOrDefault();
        var located = ReferenceLocator.Locate(code, config, items, projectText, root);

        var name = string.IsNullOrWhiteSpace(ProjectName) ? Path.GetFileNameWithoutExtension(ProjectFile) : ProjectName!;
        var builder = new ReportBuilder(snapshot, asOf, warningDays, string.IsNullOrWhiteSpace(KeyVariable) ? "SPEECH_KEY" : KeyVariable!.Trim(),
            string.IsNullOrWhiteSpace(Endpoint) ? null : Endpoint!.Trim());
        var project = builder.Build(name, ReferenceLocator.RelativePath(root, ProjectFile), Path.GetFullPath(ProjectFile), located, acceptances);

        var store = new ReportStore(ReportDirectory);
        var report = store.Publish(project);
        foreach (var skipped in store.SkippedFragments)
        {
            Log.LogMessage(null, TaskMessageCodes.ReportFragmentSkipped, null, ProjectFile, 0, 0, 0, 0, MessageImportance.Low,
                "Skipped an unreadable report fragment: {0}", skipped);
        }

        var directory = Path.GetFullPath(ReportDirectory);
        MarkdownReport = Path.Combine(directory, ReportStore.MarkdownFile);
        JsonReport = Path.Combine(directory, ReportStore.JsonFile);
        HtmlReport = Path.Combine(directory, ReportStore.HtmlFile);
        Log.LogMessage(null, TaskMessageCodes.ReportWritten, null, ProjectFile, 0, 0, 0, 0, MessageImportance.High,
            "Speech lifecycle report updated with {0}; it now covers {1} project(s): {2} expired, {3} expiring soon, {4} not found, {5} without data, {6} accepted, {7} healthy. {8}",
            name, report.Projects.Count, report.Count(ReportStatus.Expired), report.Count(ReportStatus.ExpiringSoon), report.Count(ReportStatus.NotFound),
            report.Count(ReportStatus.NoData), report.Count(ReportStatus.Accepted), report.Count(ReportStatus.Healthy), MarkdownReport);
    }

    private static (string Text, JsonValue Root)? ReadJson(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path, Encoding.UTF8);
        try
        {
            return (text, JsonParser.Parse(text));
        }
        catch (JsonParseException)
        {
            // The resolve task reported an unreadable committed snapshot already (SPLT008).
            return null;
        }
    }

    private static List<SourceText> Read(IEnumerable<string> paths)
    {
        var files = new List<SourceText>();
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            if (File.Exists(path))
            {
                files.Add(new SourceText(path, File.ReadAllText(path)));
            }
        }

        return files;
    }

    private static string FullPath(ITaskItem item)
    {
        var full = item.GetMetadata("FullPath");
        return string.IsNullOrEmpty(full) ? Path.GetFullPath(item.ItemSpec) : full;
    }
}
