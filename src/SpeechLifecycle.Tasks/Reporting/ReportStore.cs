using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace SpeechLifecycle.Tasks.Reporting;

/// <summary>
/// The report directory shared by the projects of one run: each project writes its fragment
/// (<c>fragments/&lt;project&gt;-&lt;hash&gt;.json</c>), then, holding the directory's lock file, re-renders the three
/// report files from every fragment there. So a solution build (in parallel or not) ends with one report of all its
/// projects, in a stable order, and identical inputs give byte-identical files.
/// </summary>
public sealed class ReportStore
{
    public const string MarkdownFile = "speech-lifecycle-report.md";
    public const string JsonFile = "speech-lifecycle-report.json";
    public const string HtmlFile = "speech-lifecycle-report.html";
    private const string FragmentFolder = "fragments";
    private const string LockFile = ".lock";

    private readonly string _directory;
    private readonly TimeSpan _lockTimeout;

    public ReportStore(string directory, TimeSpan? lockTimeout = null)
    {
        _directory = Path.GetFullPath(directory);
        _lockTimeout = lockTimeout ?? TimeSpan.FromMinutes(2);
    }

    /// <summary>Fragments that could not be read while combining (skipped), for the task to report.</summary>
    public List<string> SkippedFragments { get; } = new();

    /// <summary>Writes the project's fragment and re-renders the report; returns the report as rendered.</summary>
    /// <exception cref="IOException">The lock could not be taken within the timeout, or a file could not be written.</exception>
    public LifecycleReport Publish(ProjectReport project)
    {
        Directory.CreateDirectory(Path.Combine(_directory, FragmentFolder));
        using (AcquireLock())
        {
            FileWriting.WriteIfChanged(FragmentPath(project.FullPath, project.Name), ReportJson.WriteFragment(project));
            var report = Combine();
            FileWriting.WriteIfChanged(Path.Combine(_directory, MarkdownFile), MarkdownReportRenderer.Render(report));
            FileWriting.WriteIfChanged(Path.Combine(_directory, JsonFile), ReportJson.Write(report));
            FileWriting.WriteIfChanged(Path.Combine(_directory, HtmlFile), HtmlReportRenderer.Render(report));
            return report;
        }
    }

    /// <summary>
    /// Every fragment in the directory whose project file still exists, ordered by project path then name (not by
    /// file-system order or by which project finished first).
    /// </summary>
    public LifecycleReport Combine()
    {
        var report = new LifecycleReport();
        var folder = Path.Combine(_directory, FragmentFolder);
        if (!Directory.Exists(folder))
        {
            return report;
        }

        var files = Directory.GetFiles(folder, "*.json");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            ProjectReport project;
            try
            {
                project = ReportJson.ReadFragment(File.ReadAllText(file, Encoding.UTF8));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or Json.JsonParseException or OverflowException)
            {
                SkippedFragments.Add(file + ": " + ex.Message);
                continue;
            }

            // A project that was deleted or moved since it last wrote its fragment is no longer part of the report.
            if (!File.Exists(project.FullPath))
            {
                TryDelete(file);
                continue;
            }

            report.Projects.Add(project);
        }

        report.Projects.Sort((a, b) =>
        {
            var order = string.CompareOrdinal(a.Path, b.Path);
            return order != 0 ? order : string.CompareOrdinal(a.Name, b.Name);
        });
        return report;
    }

    /// <summary>One fragment per project file: a readable name plus a hash of the full path, so equal names do not collide.</summary>
    public string FragmentPath(string projectFullPath, string name)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(Path.GetFullPath(projectFullPath)));
        var hex = new StringBuilder();
        for (var i = 0; i < 6; i++)
        {
            hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        var safe = new StringBuilder();
        foreach (var c in name)
        {
            safe.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return Path.Combine(_directory, FragmentFolder, safe + "-" + hex + ".json");
    }

    private FileStream AcquireLock()
    {
        var path = Path.Combine(_directory, LockFile);
        var deadline = DateTime.UtcNow + _lockTimeout;
        var wait = 20;
        while (true)
        {
            try
            {
                // Exclusive across processes (MSBuild nodes) on every OS .NET runs on; released when disposed or when
                // the process dies, so a killed build never leaves the directory locked.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(wait);
                wait = Math.Min(wait * 2, 500);
            }
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next run tries again; the fragment is left out of the report either way.
        }
    }
}
