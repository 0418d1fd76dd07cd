using System;
using System.Collections.Generic;
using System.Globalization;
using SpeechLifecycle.Json;

namespace SpeechLifecycle.Tasks.Reporting;

/// <summary>
/// Reads the top-level <c>acceptances</c> array that the resolve task writes into <c>speech-lifecycle.g.json</c> from
/// the project's <c>SpeechLifecycleAcceptance</c> items (<c>{ reference, kind, id, until, reason, rules }</c>). A
/// snapshot without the array has no acceptances; the task validated the items already (SPLT001), so an element that
/// does not have an ID and a date is skipped rather than reported twice.
/// </summary>
public static class AcceptanceReader
{
    public static IReadOnlyList<ReportAcceptance> Read(JsonValue root)
    {
        var found = new List<ReportAcceptance>();
        if (root.Kind != JsonKind.Object || root["acceptances"] is not { Kind: JsonKind.Array } array)
        {
            return found;
        }

        foreach (var item in array.Items)
        {
            if (item.Kind != JsonKind.Object)
            {
                continue;
            }

            var reference = Text(item, "reference");
            var idText = Text(item, "id") ?? reference;
            if (idText is null || !TryParseGuid(idText, out var id)
                || Text(item, "until") is not { } untilText
                || !DateTime.TryParseExact(untilText.Length >= 10 ? untilText.Substring(0, 10) : untilText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var until))
            {
                continue;
            }

            found.Add(new ReportAcceptance(reference ?? id.ToString("D"), Text(item, "kind"), id, DateTime.SpecifyKind(until.Date, DateTimeKind.Utc), Text(item, "reason") ?? string.Empty, Rules(item["rules"])));
        }

        return found;
    }

    private static IReadOnlyList<string> Rules(JsonValue? value)
    {
        var rules = new List<string>();
        void Add(string? text)
        {
            foreach (var part in (text ?? string.Empty).Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var rule = part.Trim().ToUpperInvariant();
                if (!rules.Contains(rule))
                {
                    rules.Add(rule);
                }
            }
        }

        if (value is { Kind: JsonKind.Array })
        {
            foreach (var item in value.Items)
            {
                if (item.Kind == JsonKind.String)
                {
                    Add(item.Text);
                }
            }
        }
        else if (value is { Kind: JsonKind.String })
        {
            Add(value.Text);
        }

        rules.Sort(StringComparer.Ordinal);
        return rules;
    }

    // The ID may come as a GUID or inside the reference URI (".../models/{id}?...").
    private static bool TryParseGuid(string text, out Guid id)
    {
        if (Guid.TryParse(text.Trim(), out id))
        {
            return true;
        }

        for (var i = 0; i + 36 <= text.Length; i++)
        {
            if (text[i] != '/' && text[i] != '=' && i != 0)
            {
                continue;
            }

            var start = i == 0 && text[0] != '/' && text[0] != '=' ? 0 : i + 1;
            if (start + 36 <= text.Length && Guid.TryParseExact(text.Substring(start, 36), "D", out id))
            {
                return true;
            }
        }

        id = Guid.Empty;
        return false;
    }

    private static string? Text(JsonValue item, string name) =>
        item[name] is { Kind: JsonKind.String, Text: { } text } && text.Trim().Length > 0 ? text.Trim() : null;
}
