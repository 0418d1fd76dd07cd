using System;
using System.Globalization;

namespace SpeechLifecycle.Snapshots;

/// <summary>Field names and value spellings of docs/snapshot-format.md, shared by the reader and the writer.</summary>
internal static class SnapshotFields
{
    public const string FormatVersion = "formatVersion";
    public const string GeneratedAt = "generatedAt";
    public const string Generator = "generator";
    public const string Entries = "entries";
    public const string Candidates = "candidates";

    public const string Kind = "kind";
    public const string Id = "id";
    public const string Host = "host";
    public const string Locale = "locale";
    public const string DisplayName = "displayName";
    public const string Status = "status";
    public const string CreatedDateTime = "createdDateTime";
    public const string AdaptationDateTime = "adaptationDateTime";
    public const string TranscriptionDateTime = "transcriptionDateTime";
    public const string DatesEstimated = "datesEstimated";
    public const string Project = "project";
    public const string Model = "model";
    public const string BaseModel = "baseModel";
    public const string SupportsTranscriptions = "supportsTranscriptions";
    public const string SupportsEndpoints = "supportsEndpoints";
    public const string SupportsAdaptation = "supportsAdaptation";
    public const string Origin = "origin";
    public const string FetchedAt = "fetchedAt";
    public const string Lookup = "lookup";
    public const string UnavailableReason = "unavailableReason";
    public const string Detail = "detail";
    public const string Stale = "stale";

    /// <summary>Enum values are written as their member name in camelCase (<c>BaseModel</c> → <c>baseModel</c>).</summary>
    public static string EnumText<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        return CamelCase(value.ToString());
    }

    /// <summary>Names only (case-insensitive); numbers are refused so a typo cannot silently select a member.</summary>
    public static bool TryParseEnum<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var name in Enum.GetNames(typeof(TEnum)))
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                value = (TEnum)Enum.Parse(typeof(TEnum), name);
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string AllowedValues<TEnum>()
        where TEnum : struct, Enum
    {
        var names = Enum.GetNames(typeof(TEnum));
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = CamelCase(names[i]);
        }

        return string.Join(", ", names);
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>ISO-8601 in UTC with a 'Z'; fractional seconds only when there are any, so service dates stay short.</summary>
    public static string DateText(DateTime value)
    {
        var utc = ToUtc(value);
        var format = utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
        return utc.ToString(format, CultureInfo.InvariantCulture);
    }

    private static readonly string[] DateFormats =
    {
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd",
    };

    /// <summary>ISO-8601 dates with 'Z', an offset, or no zone (taken as UTC); always returned as UTC.</summary>
    public static bool TryParseDate(string text, out DateTime value)
    {
        if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = parsed.UtcDateTime;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Local times become UTC; unspecified ones are taken as UTC already (what the service and the docs give).</summary>
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
