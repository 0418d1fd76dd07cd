using System.Text;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;

namespace SpeechLifecycle.Analyzers.Tests.Fuzzing;

/// <summary>
/// Snapshot files (the task's output and committed snapshots) and config files (appsettings.json) as the analyzers get
/// them through AdditionalFiles, generated from the standard lifecycle data and then damaged: extreme and invalid dates,
/// wrong types and enum values, other format versions, deep nesting, huge strings, duplicated keys, random edits.
/// </summary>
public static class JsonInputGenerator
{
    private static readonly Lazy<string> StandardSnapshot = new(() => SpeechData.Standard().ToJson());

    private static readonly string[] DateValues =
    {
        "\"9999-12-31T23:59:59Z\"", "\"9999-12-31T23:59:59.9999999Z\"", "\"0001-01-01T00:00:00Z\"", "\"9998-10-16T00:00:00Z\"",
        "\"9999-12-31T23:00:00-05:00\"", "\"2026-02-30T00:00:00Z\"", "\"10000-01-01T00:00:00Z\"", "\"\"", "null", "12", "\"2026-11-21\"",
    };

    private static readonly string[] Replacements =
    {
        "null", "true", "0", "-1", "1e400", "99999999999999999999", "\"\"", "[]", "{}", "\"baseModel\"", "\"endpoint\"", "\"model\"",
        "\"resolved\"", "\"notFound\"", "\"unavailable\"", "\"stale\"", "\"aaaabbbb-0000-cccc-1111-dddd2222eeee\"",
    };

    public static AnalyzerHarness.AdditionalFile Snapshot(FuzzRandom random, int index)
    {
        var text = StandardSnapshot.Value;
        switch (random.Next(6))
        {
            case 0:
                // Every date of the file becomes one extreme or invalid value.
                var date = random.Pick(DateValues);
                text = System.Text.RegularExpressions.Regex.Replace(text, "\"\\d{4}-\\d{2}-\\d{2}T[^\"]*\"", date);
                break;
            case 1:
                text = text.Replace("\"formatVersion\": 1", "\"formatVersion\": " + random.Pick(new[] { "0", "2", "-1", "1.5", "\"1\"", "2147483648", "null" }));
                break;
            case 2:
                text = ReplaceValues(random, text, random.Between(1, 10));
                break;
            case 3:
                text = Nest(random, text);
                break;
            case 4:
                // An ID the standard data does not hold (its file is read first and would win), with only a creation
                // date: the quarter-rule estimate runs on it.
                text = "{ \"formatVersion\": 1, \"entries\": [ { \"kind\": \"" + random.Pick(new[] { "baseModel", "customModel", "endpoint" }) + "\", \"id\": \"" + SpeechData.UnknownModel
                    + "\", \"locale\": \"" + new string('x', random.Chance(20) ? random.Between(0, 200_000) : 5) + "\", \"createdDateTime\": " + random.Pick(DateValues) + " } ] }";
                break;
        }

        if (random.Chance(40))
        {
            text = random.Mutate(text, random.Between(1, 8));
        }

        return new AnalyzerHarness.AdditionalFile($"/0/obj/snapshot{index}.json", text, random.Chance(90) ? "Snapshot" : random.Pick(new[] { "snapshot ", "Config", "other" }));
    }

    public static AnalyzerHarness.AdditionalFile Config(FuzzRandom random, int index)
    {
        var builder = new StringBuilder("{\n  \"Speech\": {\n");
        var values = random.Between(1, 12);
        for (var i = 0; i < values; i++)
        {
            var key = random.Pick(new[] { "EndpointId", "ModelId", "CustomModelId", "BaseModelId", "baseModel", "Uri", "Models", "model" });
            var value = random.Next(4) switch
            {
                0 => Quote(random.Pick(new[] { SpeechData.ExpiredCustom, SpeechData.ExpiredBase, SpeechData.ExpiredEndpoint, SpeechData.HealthyBase }) ),
                1 => Quote($"https://eastus.api.cognitive.microsoft.com/speechtotext/{random.Pick(new[] { "v3.1/", "v3.0/", string.Empty })}models/{random.Pick(new[] { "base/", string.Empty })}{SpeechData.ExpiredBase}?api-version=2025-10-15"),
                2 => "[" + string.Join(", ", Enumerable.Range(0, random.Between(0, 50)).Select(_ => Quote(random.Guid().ToString()))) + "]",
                _ => "{ \"self\": " + Quote("https://eastus.api.cognitive.microsoft.com/speechtotext/models/" + SpeechData.ExpiringBase) + " }",
            };
            builder.Append("    \"").Append(key).Append(i).Append("\": ").Append(value).Append(i + 1 < values ? ",\n" : "\n");
        }

        var text = builder.Append("  }\n}\n").ToString();
        if (random.Chance(15))
        {
            text = Nest(random, text);
        }

        if (random.Chance(50))
        {
            text = random.Mutate(text, random.Between(1, 8));
        }

        return new AnalyzerHarness.AdditionalFile($"/0/appsettings.{index}.json", text, "Config");
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string ReplaceValues(FuzzRandom random, string text, int count)
    {
        for (var i = 0; i < count; i++)
        {
            // The value after a random colon (JSON is written one property per line by the snapshot writer).
            var colon = text.IndexOf("\": ", random.Next(text.Length), StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var start = colon + 3;
            var end = text.IndexOfAny(new[] { ',', '\n' }, start);
            if (end > start)
            {
                text = text.Substring(0, start) + random.Pick(Replacements) + text.Substring(end);
            }
        }

        return text;
    }

    /// <summary>Wraps the document (or a value in it) in arrays/objects, sometimes deeper than the parser's limit.</summary>
    private static string Nest(FuzzRandom random, string text)
    {
        var depth = random.Chance(30) ? random.Between(100, 5_000) : random.Between(1, 20);
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append(random.Chance(50) ? "[" : "{\"a\":");
        }

        var open = builder.ToString();
        var close = new StringBuilder();
        for (var i = open.Length - 1; i >= 0; i--)
        {
            if (open[i] == '[')
            {
                close.Append(']');
            }
            else if (open[i] == '{')
            {
                close.Append('}');
            }
        }

        return random.Chance(50) ? open + text + close : text.Replace("\"entries\": [", "\"entries\": [" + open + "1" + close + ",");
    }
}
