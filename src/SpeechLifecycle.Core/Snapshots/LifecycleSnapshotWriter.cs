using System;
using System.Collections.Generic;
using System.Linq;
using SpeechLifecycle.Json;

namespace SpeechLifecycle.Snapshots;

/// <summary>Writes docs/snapshot-format.md with a stable order (kind, host, ID; candidates by locale, host, ID) so diffs are reviewable.</summary>
/// <remarks>Null fields are left out; booleans and enumerations are always written except an <c>unavailableReason</c> of none.</remarks>
public static class LifecycleSnapshotWriter
{
    public static string Write(LifecycleSnapshot snapshot)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var writer = new JsonWriter();
        writer.StartObject();
        writer.PropertyName(SnapshotFields.FormatVersion);
        writer.Number(snapshot.FormatVersion);
        if (snapshot.GeneratedAt is { } generatedAt)
        {
            writer.PropertyName(SnapshotFields.GeneratedAt);
            writer.String(SnapshotFields.DateText(generatedAt));
        }

        OptionalString(writer, SnapshotFields.Generator, snapshot.Generator);
        WriteEntries(writer, SnapshotFields.Entries, snapshot.Entries
            .OrderBy(e => e.Kind)
            .ThenBy(e => e.Host, NullFirstOrder)
            .ThenBy(e => e.Id.ToString("D"), StringComparer.Ordinal));
        WriteEntries(writer, SnapshotFields.Candidates, snapshot.Candidates
            .OrderBy(e => e.Locale, NullFirstOrder)
            .ThenBy(e => e.Host, NullFirstOrder)
            .ThenBy(e => e.Id.ToString("D"), StringComparer.Ordinal)
            .ThenBy(e => e.Kind));
        if (snapshot.Acceptances.Count > 0)
        {
            WriteAcceptances(writer, snapshot.Acceptances);
        }

        if (snapshot.ApiVersions.Count > 0)
        {
            // Only when there are any, so snapshots of projects without path versions keep their text.
            WriteApiVersions(writer, snapshot.ApiVersions
                .OrderBy(v => v.Host, StringComparer.OrdinalIgnoreCase)
                .ThenBy(v => v.Version, StringComparer.OrdinalIgnoreCase));
        }

        writer.EndObject();
        return writer.ToString() + "\n";
    }

    /// <summary>Null first, then case-insensitive, then ordinal so "en-US" and "en-us" still have a fixed order.</summary>
    private static readonly IComparer<string?> NullFirstOrder = Comparer<string?>.Create((x, y) =>
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var ignoringCase = StringComparer.OrdinalIgnoreCase.Compare(x, y);
        return ignoringCase != 0 ? ignoringCase : StringComparer.Ordinal.Compare(x, y);
    });

    private static void WriteEntries(JsonWriter writer, string name, IEnumerable<LifecycleEntry> entries)
    {
        writer.PropertyName(name);
        writer.StartArray();
        foreach (var entry in entries)
        {
            WriteEntry(writer, entry);
        }

        writer.EndArray();
    }

    private static void WriteApiVersions(JsonWriter writer, IEnumerable<ApiVersionVerdict> verdicts)
    {
        writer.PropertyName(SnapshotFields.ApiVersions);
        writer.StartArray();
        foreach (var verdict in verdicts)
        {
            writer.StartObject();
            writer.PropertyName(SnapshotFields.Host);
            writer.String(verdict.Host);
            writer.PropertyName(SnapshotFields.Version);
            writer.String(verdict.Version);
            writer.PropertyName(SnapshotFields.Status);
            writer.String(SnapshotFields.EnumText(verdict.Status));
            OptionalDate(writer, SnapshotFields.CheckedAt, verdict.CheckedAt);
            OptionalString(writer, SnapshotFields.Detail, verdict.Detail);
            writer.EndObject();
        }

        writer.EndArray();
    }

    private static void WriteEntry(JsonWriter writer, LifecycleEntry entry)
    {
        writer.StartObject();
        writer.PropertyName(SnapshotFields.Kind);
        writer.String(SnapshotFields.EnumText(entry.Kind));
        writer.PropertyName(SnapshotFields.Id);
        writer.String(entry.Id.ToString("D"));
        OptionalString(writer, SnapshotFields.Host, entry.Host);
        OptionalString(writer, SnapshotFields.Locale, entry.Locale);
        OptionalString(writer, SnapshotFields.DisplayName, entry.DisplayName);
        OptionalString(writer, SnapshotFields.Status, entry.Status);
        OptionalDate(writer, SnapshotFields.CreatedDateTime, entry.CreatedDateTime);
        OptionalDate(writer, SnapshotFields.AdaptationDateTime, entry.AdaptationDateTime);
        OptionalDate(writer, SnapshotFields.TranscriptionDateTime, entry.TranscriptionDateTime);
        writer.PropertyName(SnapshotFields.DatesEstimated);
        writer.Boolean(entry.DatesEstimated);
        OptionalString(writer, SnapshotFields.Project, entry.Project);
        OptionalLink(writer, SnapshotFields.Model, entry.Model);
        OptionalLink(writer, SnapshotFields.BaseModel, entry.BaseModel);
        writer.PropertyName(SnapshotFields.SupportsTranscriptions);
        writer.Boolean(entry.SupportsTranscriptions);
        writer.PropertyName(SnapshotFields.SupportsEndpoints);
        writer.Boolean(entry.SupportsEndpoints);
        writer.PropertyName(SnapshotFields.SupportsAdaptation);
        writer.Boolean(entry.SupportsAdaptation);
        writer.PropertyName(SnapshotFields.Origin);
        writer.String(SnapshotFields.EnumText(entry.Origin));
        OptionalDate(writer, SnapshotFields.FetchedAt, entry.FetchedAt);
        writer.PropertyName(SnapshotFields.Lookup);
        writer.String(SnapshotFields.EnumText(entry.Lookup));
        if (entry.UnavailableReason != UnavailableReason.None)
        {
            writer.PropertyName(SnapshotFields.UnavailableReason);
            writer.String(SnapshotFields.EnumText(entry.UnavailableReason));
        }

        OptionalString(writer, SnapshotFields.Detail, entry.Detail);
        writer.PropertyName(SnapshotFields.Stale);
        writer.Boolean(entry.IsStale);
        if (entry.Projects is { Count: > 0 } projects)
        {
            Strings(writer, SnapshotFields.Projects, projects.OrderBy(p => p, StringComparer.Ordinal));
        }

        writer.EndObject();
    }

    /// <summary>By ID, kind, end date and reference, so the order does not depend on the item order.</summary>
    private static void WriteAcceptances(JsonWriter writer, IEnumerable<Acceptances.LifecycleAcceptance> acceptances)
    {
        writer.PropertyName(SnapshotFields.Acceptances);
        writer.StartArray();
        foreach (var acceptance in acceptances
            .OrderBy(a => a.Id.ToString("D"), StringComparer.Ordinal)
            .ThenBy(a => a.Kind)
            .ThenBy(a => a.Until)
            .ThenBy(a => a.Reference, StringComparer.Ordinal))
        {
            writer.StartObject();
            writer.PropertyName(SnapshotFields.Reference);
            writer.String(acceptance.Reference);
            writer.PropertyName(SnapshotFields.Kind);
            writer.String(SnapshotFields.EnumText(acceptance.Kind));
            writer.PropertyName(SnapshotFields.Id);
            writer.String(acceptance.Id.ToString("D"));
            writer.PropertyName(SnapshotFields.Until);
            writer.String(acceptance.UntilText);
            writer.PropertyName(SnapshotFields.Reason);
            writer.String(acceptance.Reason);
            Strings(writer, SnapshotFields.Rules, acceptance.Rules);
            writer.EndObject();
        }

        writer.EndArray();
    }

    private static void Strings(JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.PropertyName(name);
        writer.StartArray();
        foreach (var value in values)
        {
            writer.String(value);
        }

        writer.EndArray();
    }

    private static void OptionalLink(JsonWriter writer, string name, EntityLink? link)
    {
        if (link is null)
        {
            return;
        }

        writer.PropertyName(name);
        writer.StartObject();
        writer.PropertyName(SnapshotFields.Kind);
        writer.String(SnapshotFields.EnumText(link.Kind));
        writer.PropertyName(SnapshotFields.Id);
        writer.String(link.Id.ToString("D"));
        OptionalString(writer, SnapshotFields.Host, link.Host);
        writer.EndObject();
    }

    private static void OptionalString(JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.PropertyName(name);
            writer.String(value);
        }
    }

    private static void OptionalDate(JsonWriter writer, string name, DateTime? value)
    {
        if (value is { } date)
        {
            writer.PropertyName(name);
            writer.String(SnapshotFields.DateText(date));
        }
    }
}
