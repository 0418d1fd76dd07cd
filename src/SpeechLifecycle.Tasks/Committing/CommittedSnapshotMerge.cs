using System;
using System.Collections.Generic;
using System.Linq;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// One project's <c>SpeechLifecycleUpdateSnapshot</c> applied to a committed snapshot that several projects may share
/// (docs/snapshot-format.md "Shared snapshots"): every entry and candidate records the projects that contributed it;
/// the update replaces this project's contribution only, and an entry no project contributes any more is dropped.
/// Entries without a project list (an older writer, a hand-written entry) are never dropped by an update, because
/// nothing says which project needs them; an update that contributes one adopts it.
/// </summary>
public static class CommittedSnapshotMerge
{
    /// <param name="previous">The committed snapshot as read under the lock; null when missing or unreadable.</param>
    /// <param name="answered">Entries the service answered in this update (resolved or not found), as they will be committed.</param>
    /// <param name="unanswered">Entries of this project the service could not answer: their previous data is kept and claimed.</param>
    /// <param name="candidates">The replacement candidates of this update.</param>
    /// <param name="project">This project, relative to the snapshot's folder (<see cref="ProjectKey"/>).</param>
    /// <param name="today">The generation date written when the content changed.</param>
    public static LifecycleSnapshot Merge(
        LifecycleSnapshot? previous,
        IEnumerable<LifecycleEntry> answered,
        IEnumerable<LifecycleEntry> unanswered,
        IEnumerable<LifecycleEntry> candidates,
        string project,
        DateTime today)
    {
        var merged = new LifecycleSnapshot { Generator = "SpeechLifecycleUpdateSnapshot" };
        var entries = Release(previous?.Entries, project);
        var previousEntries = Index(previous?.Entries);
        foreach (var entry in answered)
        {
            Contribute(entries, previousEntries, entry, project);
        }

        foreach (var entry in unanswered)
        {
            if (previousEntries.TryGetValue(Key(entry), out var kept) && kept.Lookup != LookupStatus.Unavailable)
            {
                Contribute(entries, previousEntries, kept, project);
            }
        }

        var candidatesByKey = Release(previous?.Candidates, project);
        var previousCandidates = Index(previous?.Candidates);
        foreach (var candidate in candidates)
        {
            Contribute(candidatesByKey, previousCandidates, candidate, project);
        }

        merged.Entries.AddRange(entries.Values);
        merged.Candidates.AddRange(candidatesByKey.Values);

        // A refresh that changes nothing keeps the file byte for byte, generation date included.
        merged.GeneratedAt = previous?.GeneratedAt;
        if (previous is null || LifecycleSnapshotWriter.Write(WithoutHeader(previous)) != LifecycleSnapshotWriter.Write(WithoutHeader(merged)))
        {
            merged.GeneratedAt = DateTime.SpecifyKind(today.Date, DateTimeKind.Utc);
        }

        return merged;
    }

    /// <summary>The project file relative to the snapshot's folder, '/' separators (e.g. <c>src/App/App.csproj</c>); the full path when on another drive.</summary>
    public static string ProjectKey(string snapshotPath, string projectFile)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(snapshotPath)) ?? string.Empty;
        var project = System.IO.Path.GetFullPath(projectFile);
        var separator = System.IO.Path.DirectorySeparatorChar.ToString();
        if (!folder.EndsWith(separator, StringComparison.Ordinal))
        {
            folder += separator;
        }

        var relative = Uri.UnescapeDataString(new Uri(folder).MakeRelativeUri(new Uri(project)).ToString());
        return relative.Replace('\\', '/');
    }

    /// <summary>The previous entries with this project's claim removed; entries left with no project are dropped.</summary>
    private static Dictionary<(ReferenceKind, Guid, string?), LifecycleEntry> Release(List<LifecycleEntry>? previous, string project)
    {
        var result = new Dictionary<(ReferenceKind, Guid, string?), LifecycleEntry>();
        foreach (var entry in previous ?? new List<LifecycleEntry>())
        {
            var copy = EntryCopy.Of(entry);
            if (copy.Projects is not null)
            {
                copy.Projects.RemoveAll(p => string.Equals(p, project, StringComparison.Ordinal));
                if (copy.Projects.Count == 0)
                {
                    continue;
                }
            }

            result[Key(copy)] = copy;
        }

        return result;
    }

    private static void Contribute(
        Dictionary<(ReferenceKind, Guid, string?), LifecycleEntry> target,
        Dictionary<(ReferenceKind, Guid, string?), LifecycleEntry> previous,
        LifecycleEntry contributed,
        string project)
    {
        var key = Key(contributed);
        var copy = EntryCopy.Of(contributed);
        copy.Origin = DataOrigin.Snapshot;
        copy.IsStale = false;

        // Other projects' claims stay; an unowned entry (null list) is adopted by this project.
        var projects = new List<string>();
        if (target.TryGetValue(key, out var existing) && existing.Projects is not null)
        {
            projects.AddRange(existing.Projects);
        }

        if (!projects.Contains(project))
        {
            projects.Add(project);
        }

        projects.Sort(StringComparer.Ordinal);
        copy.Projects = projects;

        // The service answered the same as last time: keep the old fetch time, so a refresh with no news is no diff.
        if (previous.TryGetValue(key, out var before) && before.FetchedAt is not null && SameData(before, copy))
        {
            copy.FetchedAt = before.FetchedAt;
        }

        target[key] = copy;
    }

    private static bool SameData(LifecycleEntry a, LifecycleEntry b) => Text(a) == Text(b);

    private static string Text(LifecycleEntry entry)
    {
        var copy = EntryCopy.Of(entry);
        copy.FetchedAt = null;
        copy.Projects = null;
        copy.Origin = DataOrigin.Snapshot;
        copy.IsStale = false;
        var single = new LifecycleSnapshot();
        single.Entries.Add(copy);
        return LifecycleSnapshotWriter.Write(single);
    }

    private static LifecycleSnapshot WithoutHeader(LifecycleSnapshot snapshot)
    {
        var copy = new LifecycleSnapshot();
        copy.Entries.AddRange(snapshot.Entries);
        copy.Candidates.AddRange(snapshot.Candidates);
        return copy;
    }

    private static Dictionary<(ReferenceKind, Guid, string?), LifecycleEntry> Index(List<LifecycleEntry>? entries)
    {
        var index = new Dictionary<(ReferenceKind, Guid, string?), LifecycleEntry>();
        foreach (var entry in entries ?? new List<LifecycleEntry>())
        {
            index[Key(entry)] = entry;
        }

        return index;
    }

    private static (ReferenceKind, Guid, string?) Key(LifecycleEntry entry) => (entry.Kind, entry.Id, entry.Host?.ToLowerInvariant());
}
