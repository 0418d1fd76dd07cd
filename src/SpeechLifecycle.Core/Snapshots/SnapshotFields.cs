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
    public const string ApiVersions = "apiVersions";
    public const string Version = "version";
    public const string CheckedAt = "checkedAt";

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
    public const string Projects = "projects";

    public const string Acceptances = "acceptances";
    public const string Reference = "reference";
    public const string Until = "until";
    public const string Reason = "reason";
    public const string Rules = "rules";

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
        var names = EnumMembers<TEnum>.Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                value = EnumMembers<TEnum>.Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    // Enum.GetNames and Enum.Parse reflect on every call; a snapshot has five enum fields per entry.
    private static class EnumMembers<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly string[] Names = Enum.GetNames(typeof(TEnum));

        public static readonly TEnum[] Values = Array.ConvertAll(Names, name => (TEnum)Enum.Parse(typeof(TEnum), name));
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
        // The form the task writes (DateText), read without the general parser: a snapshot holds three dates per entry.
        if (TryParseWrittenForm(text, out value))
        {
            return true;
        }

        if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = parsed.UtcDateTime;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary><c>yyyy-MM-ddTHH:mm:ssZ</c> exactly, as a UTC date; false for anything else (the general parser decides).</summary>
    private static bool TryParseWrittenForm(string text, out DateTime value)
    {
        value = default;
        if (text is null || text.Length != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
            || !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int number)
    {
        number = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }

    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
