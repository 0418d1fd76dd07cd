using System;
using System.Collections.Generic;
using System.Globalization;
using SpeechLifecycle.Acceptances;
using SpeechLifecycle.Json;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Snapshots;

/// <summary>
/// Reads docs/snapshot-format.md. Tolerant of unknown fields and missing dates; strict about corruption: malformed
/// JSON, a wrong format version, an invalid GUID or date returns false with a message that names the problem and
/// where it is. Never throws.
/// </summary>
public static class LifecycleSnapshotReader
{
    public static bool TryRead(string text, out LifecycleSnapshot? snapshot, out string? error)
    {
        snapshot = null;
        error = null;
        try
        {
            if (text is null)
            {
                error = "The snapshot text is null.";
                return false;
            }

            snapshot = Read(JsonParser.Parse(text));
            return true;
        }
        catch (JsonParseException exception)
        {
            error = "The snapshot is not valid JSON: " + exception.Message;
        }
        catch (SnapshotFormatException exception)
        {
            error = exception.Message;
        }
        catch (Exception exception)
        {
            // Never throw into a build: whatever went wrong becomes a message.
            error = $"The snapshot could not be read: {exception.GetType().Name}: {exception.Message}";
        }

        snapshot = null;
        return false;
    }

    private static LifecycleSnapshot Read(JsonValue root)
    {
        if (root.Kind != JsonKind.Object)
        {
            throw Problem(root, "The snapshot must be a JSON object");
        }

        var versionValue = root[SnapshotFields.FormatVersion]
            ?? throw Problem(root, $"The snapshot has no \"{SnapshotFields.FormatVersion}\"");
        if (versionValue.Kind != JsonKind.Number || !int.TryParse(versionValue.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var version))
        {
            throw Problem(versionValue, $"\"{SnapshotFields.FormatVersion}\" must be a whole number");
        }

        if (version > LifecycleSnapshot.CurrentFormatVersion)
        {
            throw Problem(
                versionValue,
                $"The snapshot has format version {version}, newer than the version this package reads ({LifecycleSnapshot.CurrentFormatVersion}); update SpeechLifecycle.Analyzers or regenerate the snapshot with this version");
        }

        if (version < 1)
        {
            throw Problem(versionValue, $"Format version {version} does not exist; the first version is 1");
        }

        var snapshot = new LifecycleSnapshot
        {
            FormatVersion = version,
            GeneratedAt = OptionalDate(root, SnapshotFields.GeneratedAt, SnapshotFields.GeneratedAt),
            Generator = OptionalString(root, SnapshotFields.Generator, SnapshotFields.Generator),
        };
        ReadEntries(root, SnapshotFields.Entries, snapshot.Entries);
        ReadEntries(root, SnapshotFields.Candidates, snapshot.Candidates);
        ReadAcceptances(root, snapshot.Acceptances);
        ReadApiVersions(root, snapshot);
        return snapshot;
    }

    private static void ReadAcceptances(JsonValue root, List<LifecycleAcceptance> target)
    {
        var array = root[SnapshotFields.Acceptances];
        if (array is null || array.Kind == JsonKind.Null)
        {
            return;
        }

        if (array.Kind != JsonKind.Array)
        {
            throw Problem(array, $"\"{SnapshotFields.Acceptances}\" must be an array");
        }

        for (var i = 0; i < array.Items.Count; i++)
        {
            var value = array.Items[i];
            var path = $"{SnapshotFields.Acceptances}[{i}]";
            if (value.Kind != JsonKind.Object)
            {
                throw Problem(value, $"{path} must be an object");
            }

            var untilText = RequiredString(value, SnapshotFields.Until, path, out var untilValue);
            if (!DateTime.TryParseExact(untilText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var until))
            {
                throw Problem(untilValue, $"{path}.{SnapshotFields.Until}: \"{untilText}\" is not a date written yyyy-MM-dd");
            }

            var rules = OptionalStrings(value, SnapshotFields.Rules, path) ?? new List<string>(LifecycleAcceptance.AcceptableRules);
            target.Add(new LifecycleAcceptance(
                OptionalString(value, SnapshotFields.Reference, path) ?? string.Empty,
                RequiredEnum<ReferenceKind>(value, SnapshotFields.Kind, path),
                RequiredGuid(value, SnapshotFields.Id, path),
                until,
                RequiredString(value, SnapshotFields.Reason, path, out _),
                rules));
        }
    }

    private static List<string>? OptionalStrings(JsonValue owner, string name, string path)
    {
        var value = owner[name];
        if (value is null || value.Kind == JsonKind.Null)
        {
            return null;
        }

        if (value.Kind != JsonKind.Array)
        {
            throw Problem(value, $"{path}.{name} must be an array of strings");
        }

        var list = new List<string>(value.Items.Count);
        foreach (var item in value.Items)
        {
            if (item.Kind != JsonKind.String)
            {
                throw Problem(item, $"{path}.{name} must be an array of strings");
            }

            list.Add(item.Text!);
        }

        return list;
    }

    private static void ReadApiVersions(JsonValue root, LifecycleSnapshot snapshot)
    {
        var array = root[SnapshotFields.ApiVersions];
        if (array is null || array.Kind == JsonKind.Null)
        {
            return;
        }

        if (array.Kind != JsonKind.Array)
        {
            throw Problem(array, $"\"{SnapshotFields.ApiVersions}\" must be an array");
        }

        for (var i = 0; i < array.Items.Count; i++)
        {
            var value = array.Items[i];
            var path = $"{SnapshotFields.ApiVersions}[{i}]";
            if (value.Kind != JsonKind.Object)
            {
                throw Problem(value, $"{path} must be an object");
            }

            snapshot.ApiVersions.Add(new ApiVersionVerdict
            {
                Host = RequiredString(value, SnapshotFields.Host, path, out _).ToLowerInvariant(),
                Version = RequiredString(value, SnapshotFields.Version, path, out _).ToLowerInvariant(),
                Status = RequiredEnum<ApiVersionServiceStatus>(value, SnapshotFields.Status, path),
                CheckedAt = OptionalDate(value, SnapshotFields.CheckedAt, path),
                Detail = OptionalString(value, SnapshotFields.Detail, path),
            });
        }
    }

    private static void ReadEntries(JsonValue root, string name, System.Collections.Generic.List<LifecycleEntry> target)
    {
        var array = root[name];
        if (array is null || array.Kind == JsonKind.Null)
        {
            return;
        }

        if (array.Kind != JsonKind.Array)
        {
            throw Problem(array, $"\"{name}\" must be an array");
        }

        for (var i = 0; i < array.Items.Count; i++)
        {
            target.Add(ReadEntry(array.Items[i], $"{name}[{i}]"));
        }
    }

    private static LifecycleEntry ReadEntry(JsonValue value, string path)
    {
        if (value.Kind != JsonKind.Object)
        {
            throw Problem(value, $"{path} must be an object");
        }

        return new LifecycleEntry
        {
            Kind = RequiredEnum<ReferenceKind>(value, SnapshotFields.Kind, path),
            Id = RequiredGuid(value, SnapshotFields.Id, path),
            Host = OptionalString(value, SnapshotFields.Host, path)?.ToLowerInvariant(),
            Locale = OptionalString(value, SnapshotFields.Locale, path),
            DisplayName = OptionalString(value, SnapshotFields.DisplayName, path),
            Status = OptionalString(value, SnapshotFields.Status, path),
            CreatedDateTime = OptionalDate(value, SnapshotFields.CreatedDateTime, path),
            AdaptationDateTime = OptionalDate(value, SnapshotFields.AdaptationDateTime, path),
            TranscriptionDateTime = OptionalDate(value, SnapshotFields.TranscriptionDateTime, path),
            DatesEstimated = OptionalBoolean(value, SnapshotFields.DatesEstimated, path, false),
            Project = OptionalString(value, SnapshotFields.Project, path),
            Model = OptionalLink(value, SnapshotFields.Model, path),
            BaseModel = OptionalLink(value, SnapshotFields.BaseModel, path),
            SupportsTranscriptions = OptionalBoolean(value, SnapshotFields.SupportsTranscriptions, path, true),
            SupportsEndpoints = OptionalBoolean(value, SnapshotFields.SupportsEndpoints, path, true),
            SupportsAdaptation = OptionalBoolean(value, SnapshotFields.SupportsAdaptation, path, true),
            Origin = OptionalEnum(value, SnapshotFields.Origin, path, DataOrigin.Snapshot),
            FetchedAt = OptionalDate(value, SnapshotFields.FetchedAt, path),
            Lookup = OptionalEnum(value, SnapshotFields.Lookup, path, LookupStatus.Resolved),
            UnavailableReason = OptionalEnum(value, SnapshotFields.UnavailableReason, path, UnavailableReason.None),
            Detail = OptionalString(value, SnapshotFields.Detail, path),
            IsStale = OptionalBoolean(value, SnapshotFields.Stale, path, false),
            Projects = OptionalStrings(value, SnapshotFields.Projects, path),
        };
    }

    private static EntityLink? OptionalLink(JsonValue owner, string name, string path)
    {
        var value = owner[name];
        if (value is null || value.Kind == JsonKind.Null)
        {
            return null;
        }

        var linkPath = $"{path}.{name}";
        if (value.Kind != JsonKind.Object)
        {
            throw Problem(value, $"{linkPath} must be an object with kind, id and host");
        }

        return new EntityLink(
            RequiredEnum<ReferenceKind>(value, SnapshotFields.Kind, linkPath),
            RequiredGuid(value, SnapshotFields.Id, linkPath),
            OptionalString(value, SnapshotFields.Host, linkPath));
    }

    private static Guid RequiredGuid(JsonValue owner, string name, string path)
    {
        var text = RequiredString(owner, name, path, out var value);

        // Any GUID the service returned is data, placeholders included: only the shape is checked here.
        if (text.Length != 36 || !UriScanner.TryParseGuidAt(text, 0, out var id))
        {
            throw Problem(value, $"{path}.{name}: \"{text}\" is not a GUID (expected 8-4-4-4-12 hex digits)");
        }

        return id;
    }

    private static TEnum RequiredEnum<TEnum>(JsonValue owner, string name, string path)
        where TEnum : struct, Enum
    {
        var text = RequiredString(owner, name, path, out var value);
        return ParseEnum<TEnum>(text, value, $"{path}.{name}");
    }

    private static TEnum OptionalEnum<TEnum>(JsonValue owner, string name, string path, TEnum fallback)
        where TEnum : struct, Enum
    {
        var value = owner[name];
        if (value is null || value.Kind == JsonKind.Null)
        {
            return fallback;
        }

        if (value.Kind != JsonKind.String)
        {
            throw Problem(value, $"{path}.{name} must be a string, one of: {SnapshotFields.AllowedValues<TEnum>()}");
        }

        return ParseEnum<TEnum>(value.Text!, value, $"{path}.{name}");
    }

    private static TEnum ParseEnum<TEnum>(string text, JsonValue value, string fieldPath)
        where TEnum : struct, Enum
    {
        if (!SnapshotFields.TryParseEnum<TEnum>(text, out var parsed))
        {
            throw Problem(value, $"{fieldPath}: \"{text}\" is not one of: {SnapshotFields.AllowedValues<TEnum>()}");
        }

        return parsed;
    }

    private static string RequiredString(JsonValue owner, string name, string path, out JsonValue value)
    {
        value = owner[name] ?? throw Problem(owner, $"{path} has no \"{name}\"");
        if (value.Kind != JsonKind.String)
        {
            throw Problem(value, $"{path}.{name} must be a string");
        }

        return value.Text!;
    }

    private static string? OptionalString(JsonValue owner, string name, string path)
    {
        var value = owner[name];
        if (value is null || value.Kind == JsonKind.Null)
        {
            return null;
        }

        if (value.Kind != JsonKind.String)
        {
            throw Problem(value, $"{FieldPath(path, name)} must be a string or null");
        }

        return value.Text;
    }

    private static DateTime? OptionalDate(JsonValue owner, string name, string path)
    {
        var text = OptionalString(owner, name, path);
        if (text is null)
        {
            return null;
        }

        if (!SnapshotFields.TryParseDate(text, out var date))
        {
            throw Problem(owner[name]!, $"{FieldPath(path, name)}: \"{text}\" is not an ISO-8601 date (e.g. 2026-04-15T00:00:00Z)");
        }

        return date;
    }

    private static bool OptionalBoolean(JsonValue owner, string name, string path, bool fallback)
    {
        var value = owner[name];
        return value?.Kind switch
        {
            null or JsonKind.Null => fallback,
            JsonKind.True => true,
            JsonKind.False => false,
            _ => throw Problem(value, $"{path}.{name} must be true or false"),
        };
    }

    private static string FieldPath(string path, string name) => path == name ? name : $"{path}.{name}";

    private static SnapshotFormatException Problem(JsonValue at, string message) =>
        new($"{message} (line {at.Line}, column {at.Column}).");

    /// <summary>A well-formed JSON document that is not a valid snapshot; only ever caught inside <see cref="TryRead"/>.</summary>
    private sealed class SnapshotFormatException : Exception
    {
        public SnapshotFormatException(string message)
            : base(message)
        {
        }
    }
}
