using System;
using System.Collections.Generic;
using System.Globalization;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// The task's knobs, validated. Every invalid value is an SPLT001 error naming the property and the accepted values
/// (plain http to a non-loopback host is SPLT002); all problems are reported at once, not just the first.
/// </summary>
public sealed class TaskSettings
{
    /// <summary>One year: a longer cache lifetime is a mistake rather than a wish, and keeps fetch time + lifetime far from overflow.</summary>
    public const int MaxCacheHours = 8760;

    /// <summary>Ten years, far beyond any announced lifecycle; the analyzer ignores a larger <c>speech_lifecycle.warning_days</c> too.</summary>
    public const int MaxWarningDays = 3650;

    /// <summary>One hour: a build that waits longer than that for lifecycle data is stalled, not careful.</summary>
    public const int MaxTimeBudgetSeconds = 3600;

    public bool Enabled { get; private set; }

    public SpeechResource? DefaultResource { get; private set; }

    public List<SpeechResource> Resources { get; } = new();

    public SpeechApiVersion ApiVersion { get; private set; } = null!;

    public UnavailableReason OfflineReason { get; private set; }

    public string? OfflineDetail { get; private set; }

    public string CacheDirectory { get; private set; } = string.Empty;

    public TimeSpan CacheLifetime { get; private set; }

    public int WarningDays { get; private set; }

    public DateTime AsOf { get; private set; }

    public TimeSpan TimeBudget { get; private set; }

    public string KeyVariable { get; private set; } = "SPEECH_KEY";

    public List<SpeechModelItem> Items { get; } = new();

    /// <summary>A design-time build: offline, and item diagnostics are left to the real build so the IDE's build never fails on them.</summary>
    public bool IsDesignTime { get; private set; }

    /// <summary>Null when any value is invalid; <paramref name="problems"/> holds (code, message) pairs.</summary>
    public static TaskSettings? Validate(ResolveSpeechLifecycle task, out List<(string Code, string Message)> problems)
    {
        var found = new List<(string Code, string Message)>();
        problems = found;
        void Invalid(string property, string? value, string accepted) =>
            found.Add((TaskMessageCodes.InvalidValue, $"{property} has the invalid value '{value}'. Accepted values: {accepted}."));

        var settings = new TaskSettings();
        settings.Enabled = ParseBool(task.Enabled, true, "SpeechLifecycleEnabled", Invalid);
        var offline = ParseBool(task.Offline, false, "SpeechLifecycleOffline", Invalid);
        var designTime = string.Equals(task.DesignTimeBuild?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        if (!SpeechApiVersion.TryParse(string.IsNullOrWhiteSpace(task.ApiVersion) ? SpeechApiVersion.Supported[0] : task.ApiVersion, out var version))
        {
            Invalid("SpeechLifecycleApiVersion", task.ApiVersion, string.Join(", ", SpeechApiVersion.Supported));
        }

        settings.ApiVersion = version;

        var cacheHours = ParseNumber(task.CacheHours, 24, 0, MaxCacheHours, "SpeechLifecycleCacheHours", $"a whole number of hours from 0 to {MaxCacheHours} (0 = always refresh, {MaxCacheHours} = one year)", Invalid);
        settings.CacheLifetime = TimeSpan.FromHours(cacheHours);
        settings.WarningDays = ParseNumber(task.WarningDays, 90, 0, MaxWarningDays, "SpeechLifecycleWarningDays", $"a whole number of days from 0 to {MaxWarningDays}", Invalid);
        var budgetSeconds = ParseNumber(task.TimeBudgetSeconds, (int)RequestBudget.DefaultTotal.TotalSeconds, 1, MaxTimeBudgetSeconds, "_SpeechLifecycleTimeBudgetSeconds", $"a whole number of seconds from 1 to {MaxTimeBudgetSeconds}", Invalid);
        settings.TimeBudget = TimeSpan.FromSeconds(budgetSeconds);

        settings.AsOf = DateTime.UtcNow.Date;
        if (!string.IsNullOrWhiteSpace(task.AsOf))
        {
            if (DateTime.TryParseExact(task.AsOf!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var asOf))
            {
                settings.AsOf = DateTime.SpecifyKind(asOf.Date, DateTimeKind.Utc);
            }
            else
            {
                Invalid("SpeechLifecycleAsOf", task.AsOf, "empty (today, UTC) or a date written yyyy-MM-dd, e.g. 2027-06-30");
            }
        }

        var keyVariable = string.IsNullOrWhiteSpace(task.KeyVariable) ? "SPEECH_KEY" : task.KeyVariable!.Trim();
        settings.KeyVariable = keyVariable;
        if (keyVariable.IndexOf('=') >= 0 || keyVariable.IndexOf('\0') >= 0)
        {
            Invalid("SpeechLifecycleKeyVariable", keyVariable, "the name of an environment variable (default SPEECH_KEY)");
        }

        if (!string.IsNullOrWhiteSpace(task.Endpoint))
        {
            settings.DefaultResource = ParseResource("SpeechLifecycleEndpoint", task.Endpoint!, keyVariable, found);
        }

        foreach (var item in task.Resources)
        {
            var variable = item.GetMetadata("KeyVariable");
            variable = string.IsNullOrWhiteSpace(variable) ? keyVariable : variable.Trim();
            if (ParseResource($"SpeechLifecycleResource item '{item.ItemSpec}'", item.ItemSpec, variable, found) is { } resource)
            {
                settings.Resources.Add(resource);
            }
        }

        foreach (var item in task.SpeechModels)
        {
            if (SpeechModelItem.TryParse(item.ItemSpec, item.GetMetadata("Kind"), out var parsed, out var problem))
            {
                settings.Items.Add(parsed!);
            }
            else
            {
                found.Add((TaskMessageCodes.InvalidValue, problem!));
            }
        }

        settings.CacheDirectory = string.IsNullOrWhiteSpace(task.CacheDirectory) ? LifecycleCache.DefaultDirectory() : task.CacheDirectory!.Trim();

        settings.IsDesignTime = designTime;
        if (designTime)
        {
            (settings.OfflineReason, settings.OfflineDetail) = (UnavailableReason.Offline, "design-time build: always offline");
        }
        else if (offline)
        {
            (settings.OfflineReason, settings.OfflineDetail) = (UnavailableReason.Offline, "SpeechLifecycleOffline is true");
        }
        else if (settings.DefaultResource is null && settings.Resources.Count == 0)
        {
            (settings.OfflineReason, settings.OfflineDetail) = (UnavailableReason.NoEndpointConfigured, "no Speech resource configured: set SpeechLifecycleEndpoint");
        }

        return found.Count == 0 ? settings : null;
    }

    private static SpeechResource? ParseResource(string property, string text, string keyVariable, List<(string Code, string Message)> found)
    {
        if (SpeechResource.TryParseAddress(text, out var address, out var insecure))
        {
            var key = Environment.GetEnvironmentVariable(keyVariable);
            return new SpeechResource(address!, keyVariable, string.IsNullOrWhiteSpace(key) ? null : key!.Trim());
        }

        found.Add(insecure
            ? (TaskMessageCodes.InsecureResource, $"{property} is '{text}': plain http:// is accepted only for loopback addresses (a local emulator). Use https:// so the key is not sent in clear text; nothing was sent.")
            : (TaskMessageCodes.InvalidValue, $"{property} has the invalid value '{text}'. Accepted values: empty (no service calls) or an absolute https:// URL of a Speech resource, e.g. https://eastus.api.cognitive.microsoft.com or https://<name>.cognitiveservices.azure.com."));
        return null;
    }

    private static bool ParseBool(string? text, bool fallback, string property, Action<string, string?, string> invalid)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        switch (text!.Trim().ToLowerInvariant())
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                invalid(property, text, "true, false");
                return fallback;
        }
    }

    /// <summary>
    /// A whole number within [<paramref name="min"/>, <paramref name="max"/>]; anything else, a number too large for an
    /// <c>int</c> included, is reported and replaced by <paramref name="fallback"/>, so no later arithmetic can overflow.
    /// </summary>
    private static int ParseNumber(string? text, int fallback, int min, int max, string property, string accepted, Action<string, string?, string> invalid)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        invalid(property, text, accepted);
        return fallback;
    }
}
