using System;
using System.Collections.Generic;
using SpeechLifecycle.Acceptances;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Snapshots;

/// <summary>
/// The lifecycle data a project's analyzers see: one entry per referenced model/endpoint (plus linked models) and
/// the per-locale replacement candidates. Format: docs/snapshot-format.md.
/// </summary>
public sealed class LifecycleSnapshot
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; set; } = CurrentFormatVersion;

    public DateTime? GeneratedAt { get; set; }

    /// <summary>Free text: what produced this file (task, UpdateSnapshot target, hand-written).</summary>
    public string? Generator { get; set; }

    public List<LifecycleEntry> Entries { get; } = new();

    /// <summary>Models a code fix may switch to, by locale: base models and custom models the data knows of.</summary>
    public List<LifecycleEntry> Candidates { get; } = new();

    /// <summary>The project's <c>SpeechLifecycleAcceptance</c> items, validated by the task (written only when there are any).</summary>
    public List<LifecycleAcceptance> Acceptances { get; } = new();

    /// <summary>What configured resources answered about the path versions the project uses (SPL2001/SPL2002).</summary>
    public List<ApiVersionVerdict> ApiVersions { get; } = new();

    /// <summary>
    /// The service's verdict on <paramref name="version"/>: the one from <paramref name="host"/> when there is one, else
    /// (a path without a host, or a host that is not a configured resource, which the task asks the default resource
    /// about) any resource's, a refusal before an answer.
    /// </summary>
    public ApiVersionVerdict? FindApiVersion(string version, string? host)
    {
        ApiVersionVerdict? any = null;
        foreach (var verdict in ApiVersions)
        {
            if (!string.Equals(verdict.Version, version, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (host is not null && string.Equals(verdict.Host, host, StringComparison.OrdinalIgnoreCase))
            {
                return verdict;
            }

            if (any is null || (any.Status == ApiVersionServiceStatus.Served && verdict.Status == ApiVersionServiceStatus.Retired))
            {
                any = verdict;
            }
        }

        return any;
    }

    /// <summary>
    /// The entry for a reference: an exact host match first, then (for references without a host, or entries
    /// stored without one) the first entry with that kind and ID. <see cref="ReferenceKind.Model"/> matches either
    /// model kind.
    /// </summary>
    /// <remarks>
    /// <see cref="Entries"/> are searched before <see cref="Candidates"/>: a candidate carries the same service data,
    /// so a reference to a model that is only known as a candidate still gets its dates.
    /// </remarks>
    public LifecycleEntry? Find(ReferenceKind kind, Guid id, string? host)
    {
        var normalizedHost = host?.ToLowerInvariant();
        return FindIn(Entries, kind, id, normalizedHost, exactHost: true)
            ?? FindIn(Entries, kind, id, normalizedHost, exactHost: false)
            ?? FindIn(Candidates, kind, id, normalizedHost, exactHost: true)
            ?? FindIn(Candidates, kind, id, normalizedHost, exactHost: false);
    }

    /// <summary>Merges <paramref name="other"/> into this snapshot; entries already present here win.</summary>
    /// <remarks>
    /// "Present" means the same kind, ID and host (for API-version verdicts: the same host and version). This
    /// snapshot's format version, generation time and generator are kept. Entries are shared, not copied.
    /// </remarks>
    public void MergeFrom(LifecycleSnapshot other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        MergeInto(Entries, other.Entries);
        MergeInto(Candidates, other.Candidates);
        Acceptances.AddRange(other.Acceptances);

        foreach (var verdict in other.ApiVersions)
        {
            if (!ApiVersions.Exists(v => string.Equals(v.Host, verdict.Host, StringComparison.OrdinalIgnoreCase) && string.Equals(v.Version, verdict.Version, StringComparison.OrdinalIgnoreCase)))
            {
                ApiVersions.Add(verdict);
            }
        }
    }

    /// <summary>True when an entry of <paramref name="entryKind"/> answers a reference of <paramref name="wanted"/> kind.</summary>
    public static bool KindMatches(ReferenceKind wanted, ReferenceKind entryKind) =>
        wanted == entryKind
        || (wanted == ReferenceKind.Model && entryKind != ReferenceKind.Endpoint)
        || (entryKind == ReferenceKind.Model && wanted != ReferenceKind.Endpoint);

    private static LifecycleEntry? FindIn(List<LifecycleEntry> entries, ReferenceKind kind, Guid id, string? host, bool exactHost)
    {
        foreach (var entry in entries)
        {
            if (entry.Id == id && KindMatches(kind, entry.Kind)
                && (!exactHost || string.Equals(entry.Host, host, StringComparison.OrdinalIgnoreCase)))
            {
                return entry;
            }
        }

        return null;
    }

    private static void MergeInto(List<LifecycleEntry> target, List<LifecycleEntry> source)
    {
        var present = new HashSet<(ReferenceKind, Guid, string?)>();
        foreach (var entry in target)
        {
            present.Add(Key(entry));
        }

        foreach (var entry in source)
        {
            if (present.Add(Key(entry)))
            {
                target.Add(entry);
            }
        }
    }

    private static (ReferenceKind, Guid, string?) Key(LifecycleEntry entry) => (entry.Kind, entry.Id, entry.Host?.ToLowerInvariant());
}
