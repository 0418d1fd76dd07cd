using System;
using System.Collections.Generic;
using System.IO;
using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Json;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Tasks.Reporting;

/// <summary>A file the report looks at: its full path and its text.</summary>
public sealed class SourceText
{
    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }

    public string Text { get; }
}

/// <summary>A reference the task would look up, with where it is written and the route its context implies.</summary>
public sealed class LocatedReference
{
    public LocatedReference(ScannedReference reference, bool confirmed, LifecycleRoute route, IReadOnlyList<ReportLocation> locations)
    {
        Reference = reference;
        Confirmed = confirmed;
        Route = route;
        Locations = locations;
    }

    public ScannedReference Reference { get; }

    /// <summary>
    /// False for a bare GUID literal taken as an endpoint only because its file mentions <c>EndpointId</c> or
    /// <c>FromLanguage</c>: the analyzer decides by symbol (a synthesis config's <c>EndpointId</c> is a custom-voice ID),
    /// the report cannot, so it lists such a candidate only when the data knows it.
    /// </summary>
    public bool Confirmed { get; }

    public LifecycleRoute Route { get; }

    public IReadOnlyList<ReportLocation> Locations { get; }
}

/// <summary>
/// The report's own scan pass: the same references as the build (<see cref="ProjectReferenceScanner"/>, so the report
/// and the analyzer's data agree), plus the file:line of every line that names each ID. It runs only for the report
/// target, so the build's scan (benchmarked for throughput) keeps no positions.
/// </summary>
public static class ReferenceLocator
{
    public static IReadOnlyList<LocatedReference> Locate(
        IReadOnlyList<SourceText> code, IReadOnlyList<SourceText> config, IReadOnlyList<SpeechModelItem> items, SourceText? projectFile, string root)
    {
        var ordered = new List<ScannedReference>();
        var confirmed = new HashSet<ScannedReference>();
        void Add(ScannedReference reference, bool sure)
        {
            if (!ordered.Contains(reference))
            {
                ordered.Add(reference);
            }

            if (sure)
            {
                confirmed.Add(reference);
            }
        }

        var scans = new List<FileScan>();
        foreach (var file in code)
        {
            var scan = ProjectReferenceScanner.ScanCodeFile(file.Text);
            scans.Add(scan);
            var byUri = new HashSet<Guid>();
            if (ReferenceRecognizer.MightContainReference(file.Text))
            {
                foreach (var found in ReferenceRecognizer.FindReferences(file.Text))
                {
                    byUri.Add(found.Id);
                }
            }

            foreach (var reference in scan.References)
            {
                Add(reference, reference.Kind != ReferenceKind.Endpoint || reference.Host is not null || byUri.Contains(reference.Id));
            }
        }

        foreach (var reference in ProjectReferenceScanner.ReferencesByName(scans))
        {
            Add(reference, true);
        }

        foreach (var file in config)
        {
            try
            {
                foreach (var reference in ProjectReferenceScanner.ScanConfig(file.Text))
                {
                    Add(reference, true);
                }
            }
            catch (JsonParseException)
            {
                // The build skipped it too (SPLT009).
            }
        }

        foreach (var item in items)
        {
            Add(item.Reference, true);
        }

        var searched = new List<SourceText>(code);
        searched.AddRange(config);
        if (projectFile is not null)
        {
            searched.Add(projectFile);
        }

        var located = new List<LocatedReference>(ordered.Count);
        foreach (var reference in ordered)
        {
            var plain = new List<ReportLocation>();
            var training = new List<ReportLocation>();
            var idText = reference.Id.ToString("D");
            foreach (var file in searched)
            {
                foreach (var (line, lineText) in LinesNaming(file.Text, idText))
                {
                    // The analyzer's route for a base model is training where it is a request's baseModel member; the
                    // line that names it (or the one before, for "baseModel": { "self": … } over two lines) is as near as
                    // text gets. One entry per route, as the analyzer reports per use.
                    var asBase = reference.Kind is ReferenceKind.BaseModel or ReferenceKind.Model
                        && lineText.IndexOf("baseModel", StringComparison.Ordinal) >= 0;
                    (asBase ? training : plain).Add(new ReportLocation(RelativePath(root, file.Path), line));
                }
            }

            var route = reference.Kind == ReferenceKind.Endpoint ? LifecycleRoute.Endpoint : LifecycleRoute.Transcription;
            if (plain.Count > 0 || training.Count == 0)
            {
                located.Add(new LocatedReference(reference, confirmed.Contains(reference), route, plain));
            }

            if (training.Count > 0)
            {
                located.Add(new LocatedReference(reference, confirmed.Contains(reference), LifecycleRoute.Training, training));
            }
        }

        return located;
    }

    /// <summary>A path relative to <paramref name="root"/> with forward slashes; the full path when it is not under the root.</summary>
    public static string RelativePath(string root, string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!string.IsNullOrEmpty(root))
        {
            var prefix = System.IO.Path.GetFullPath(root);
            if (!prefix.EndsWith(System.IO.Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal))
            {
                prefix += System.IO.Path.DirectorySeparatorChar;
            }

            if (full.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                full = full.Substring(prefix.Length);
            }
        }

        return full.Replace('\\', '/');
    }

    /// <summary>The 1-based lines that contain <paramref name="idText"/>, each with its text and the line before it.</summary>
    private static IEnumerable<(int Line, string Text)> LinesNaming(string text, string idText)
    {
        var lastLine = 0;
        for (var at = text.IndexOf(idText, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(idText, at + idText.Length, StringComparison.OrdinalIgnoreCase))
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            if (at == 0)
            {
                lineStart = 0;
            }

            var line = 1;
            for (var i = 0; i < lineStart; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                }
            }

            if (line == lastLine)
            {
                continue;
            }

            lastLine = line;
            var lineEnd = text.IndexOf('\n', at);
            var previousStart = lineStart >= 2 ? text.LastIndexOf('\n', lineStart - 2) + 1 : lineStart;
            yield return (line, text.Substring(previousStart, (lineEnd < 0 ? text.Length : lineEnd) - previousStart));
        }
    }
}
