using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// The snapshots of one compilation (AdditionalFiles with <c>SpeechLifecycleKind = Snapshot</c>), merged in item order:
/// the task's output first, then the committed file; the first file that has an entry wins. A file that cannot be
/// read is remembered with its error so the analyzer reports it once (SPL9001) instead of throwing.
/// </summary>
internal sealed class LifecycleData
{
    private readonly Dictionary<string, string> _errors;

    private LifecycleData(LifecycleSnapshot snapshot, Dictionary<string, string> errors, int fileCount)
    {
        Snapshot = snapshot;
        _errors = errors;
        FileCount = fileCount;
    }

    public LifecycleSnapshot Snapshot { get; }

    /// <summary>How many snapshot files the project passed (read or not).</summary>
    public int FileCount { get; }

    public bool TryGetError(string path, out string error) => _errors.TryGetValue(path, out error!);

    public static LifecycleData Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var merged = new LifecycleSnapshot();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var file in options.AdditionalFiles)
        {
            if (!string.Equals(AnalyzerSettings.KindOf(options, file), "Snapshot", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            count++;
            var text = file.GetText(cancellationToken)?.ToString();
            if (text is null)
            {
                errors[file.Path] = "the file could not be read";
                continue;
            }

            if (LifecycleSnapshotReader.TryRead(text, out var snapshot, out var error) && snapshot is not null)
            {
                merged.MergeFrom(snapshot);
            }
            else
            {
                errors[file.Path] = error ?? "the file is not a Speech lifecycle snapshot";
            }
        }

        return new LifecycleData(merged, errors, count);
    }
}
