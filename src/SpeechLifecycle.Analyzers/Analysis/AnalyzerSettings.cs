using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// The compiler-visible properties the package's targets pass (docs/design.md "Data flow" §4), parsed once per
/// compilation. The analyzer never reads the clock: without an evaluation date it reports nothing date-based.
/// </summary>
internal sealed class AnalyzerSettings
{
    public const int DefaultWarningDays = 90;
    public const int MaxWarningDays = 3650;
    public const string EnabledKey = "build_property.SpeechLifecycleEnabled";
    public const string EvaluationDateKey = "build_property.SpeechLifecycleEvaluationDate";
    public const string WarningDaysKey = "build_property.SpeechLifecycleWarningDays";
    public const string EndpointKey = "build_property.SpeechLifecycleEndpoint";
    public const string KeyVariableKey = "build_property.SpeechLifecycleKeyVariable";
    public const string WarningDaysOverrideKey = "speech_lifecycle.warning_days";
    public const string KindMetadataKey = "build_metadata.AdditionalFiles.SpeechLifecycleKind";

    private AnalyzerSettings(bool enabled, DateTime? evaluationDate, int warningDays, string? endpoint, string keyVariable)
    {
        Enabled = enabled;
        EvaluationDate = evaluationDate;
        WarningDays = warningDays;
        Endpoint = endpoint;
        KeyVariable = keyVariable;
    }

    public bool Enabled { get; }

    public DateTime? EvaluationDate { get; }

    public int WarningDays { get; }

    /// <summary>The configured Speech resource; null when none (SPL9001 then says so).</summary>
    public string? Endpoint { get; }

    public string KeyVariable { get; }

    public static AnalyzerSettings Read(AnalyzerConfigOptions globalOptions)
    {
        var enabled = !(globalOptions.TryGetValue(EnabledKey, out var enabledText) && string.Equals(enabledText.Trim(), "false", StringComparison.OrdinalIgnoreCase));
        DateTime? date = globalOptions.TryGetValue(EvaluationDateKey, out var dateText)
            && DateTime.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
            ? DateTime.SpecifyKind(parsed.Date, DateTimeKind.Utc)
            : null;
        var warningDays = ParseDays(globalOptions.TryGetValue(WarningDaysKey, out var daysText) ? daysText : null) ?? DefaultWarningDays;
        var endpoint = globalOptions.TryGetValue(EndpointKey, out var endpointText) && !string.IsNullOrWhiteSpace(endpointText) ? endpointText.Trim() : null;
        var keyVariable = globalOptions.TryGetValue(KeyVariableKey, out var keyText) && !string.IsNullOrWhiteSpace(keyText) ? keyText.Trim() : "SPEECH_KEY";
        return new AnalyzerSettings(enabled, date, warningDays, endpoint, keyVariable);
    }

    /// <summary>The warning window for one file: <c>speech_lifecycle.warning_days</c> in .editorconfig wins over the project's.</summary>
    public int WarningDaysFor(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(WarningDaysOverrideKey, out var text) ? ParseDays(text) ?? WarningDays : WarningDays;

    public static string? KindOf(AnalyzerOptions options, AdditionalText file) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(KindMetadataKey, out var kind) ? kind.Trim() : null;

    // The task's range for SpeechLifecycleWarningDays (docs/msbuild.md); anything else is ignored, never an exception.
    private static int? ParseDays(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= 0 && days <= MaxWarningDays ? days : null;
}
