using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpeechLifecycle.Acceptances;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// A <c>&lt;SpeechLifecycleAcceptance Include="URI or GUID" Until="yyyy-MM-dd" Reason="..." Rules="SPL1001;SPL1005" /&gt;</c>
/// item, validated: the reference is read like a <c>SpeechModel</c> item (a URI decides its kind, a GUID takes
/// <c>Kind</c>), <c>Until</c> and a non-empty <c>Reason</c> are required, <c>Rules</c> defaults to SPL1001–SPL1007.
/// </summary>
public static class AcceptanceItem
{
    public const string ItemName = "SpeechLifecycleAcceptance";

    /// <summary>Every problem of the item (SPLT001 messages naming the item and the accepted values); empty when valid.</summary>
    public static LifecycleAcceptance? TryParse(string include, string? kind, string? until, string? reason, string? rules, out List<string> problems)
    {
        problems = new List<string>();
        var name = $"{ItemName} item '{include}'";

        ScannedReference? reference = null;
        if (SpeechModelItem.TryParse(include, kind, out var parsed, out var problem))
        {
            reference = parsed!.Reference;
        }
        else
        {
            problems.Add(problem!.Replace($"SpeechModel item '{include}'", name)
                + (problem.Contains("Kind=") ? string.Empty : " Accepted values: a model or endpoint GUID (with Kind=base|custom|endpoint) or a Speech-to-text model or endpoint URI."));
        }

        DateTime untilDate = default;
        if (string.IsNullOrWhiteSpace(until))
        {
            problems.Add($"{name} has no Until. Accepted values: a date written yyyy-MM-dd, e.g. 2027-01-31: the first day on which the acceptance no longer applies.");
        }
        else if (!DateTime.TryParseExact(until!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out untilDate))
        {
            problems.Add($"{name} has Until='{until}'. Accepted values: a date written yyyy-MM-dd, e.g. 2027-01-31: the first day on which the acceptance no longer applies.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add($"{name} has no Reason. Accepted values: any non-empty text saying why the expiry is accepted (it appears in the diagnostic, SARIF and the report).");
        }

        var acceptedRules = new List<string>(LifecycleAcceptance.AcceptableRules);
        if (!string.IsNullOrWhiteSpace(rules))
        {
            var named = rules!.Split(new[] { ';', ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(r => r.Trim().ToUpperInvariant())
                .ToList();
            var unknown = named.Where(r => !LifecycleAcceptance.AcceptableRules.Contains(r)).ToList();
            if (unknown.Count > 0 || named.Count == 0)
            {
                problems.Add($"{name} has Rules='{rules}'. Accepted values: empty (all of them) or a ';'-separated list of {string.Join(", ", LifecycleAcceptance.AcceptableRules)}.");
            }
            else
            {
                acceptedRules = LifecycleAcceptance.AcceptableRules.Where(named.Contains).ToList();
            }
        }

        if (problems.Count > 0 || reference is null)
        {
            return null;
        }

        return new LifecycleAcceptance(include.Trim(), reference.Kind, reference.Id, untilDate, reason!.Trim(), acceptedRules);
    }
}
