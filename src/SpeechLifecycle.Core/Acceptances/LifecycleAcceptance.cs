using System;
using System.Collections.Generic;
using System.Globalization;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Acceptances;

/// <summary>
/// A team's decision to live with a known expiry until a date (a <c>SpeechLifecycleAcceptance</c> item): before
/// <see cref="Until"/> the accepted diagnostics of the reference do not fail the build; from that day on they are back
/// and say the acceptance ended. The task validates the item; the analyzer reads it from the snapshot's
/// <c>acceptances</c> array (docs/snapshot-format.md).
/// </summary>
public sealed class LifecycleAcceptance
{
    /// <summary>The rules an acceptance may name, and the default when it names none.</summary>
    public static readonly IReadOnlyList<string> AcceptableRules = new[] { "SPL1001", "SPL1002", "SPL1003", "SPL1004", "SPL1005", "SPL1006", "SPL1007" };

    public LifecycleAcceptance(string reference, ReferenceKind kind, Guid id, DateTime until, string reason, IReadOnlyList<string> rules)
    {
        Reference = reference;
        Kind = kind;
        Id = id;
        Until = DateTime.SpecifyKind(until.Date, DateTimeKind.Utc);
        Reason = reason;
        Rules = rules;
    }

    /// <summary>The item's Include as written (a management URI or a GUID).</summary>
    public string Reference { get; }

    /// <summary>What the reference names; <see cref="ReferenceKind.Model"/> (a GUID without Kind) matches base and custom models.</summary>
    public ReferenceKind Kind { get; }

    public Guid Id { get; }

    /// <summary>The first day (UTC) on which the acceptance no longer applies.</summary>
    public DateTime Until { get; }

    public string Reason { get; }

    /// <summary>The rule IDs accepted (a subset of <see cref="AcceptableRules"/>), in the order of that list.</summary>
    public IReadOnlyList<string> Rules { get; }

    public string UntilText => Until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>True while <paramref name="asOf"/> is before <see cref="Until"/>.</summary>
    public bool IsActiveOn(DateTime asOf) => asOf.Date < Until;

    /// <summary>True when this acceptance covers <paramref name="ruleId"/> reported for a reference of that kind and ID.</summary>
    public bool Covers(ReferenceKind kind, Guid id, string ruleId) =>
        id == Id && LifecycleSnapshot.KindMatches(Kind, kind) && Contains(Rules, ruleId);

    /// <summary>
    /// What a covered diagnostic's message gets appended: " (accepted until 2027-01-31: reason)" while active,
    /// " (accepted until 2027-01-31: reason; that acceptance has ended)" from <see cref="Until"/> on.
    /// </summary>
    public string MessageNote(DateTime asOf) =>
        IsActiveOn(asOf) ? $" (accepted until {UntilText}: {Reason})" : $" (accepted until {UntilText}: {Reason}; that acceptance has ended)";

    /// <summary>
    /// The acceptance that decides a diagnostic: among those that cover it, an active one with the latest end, else
    /// the one that ended last (so the message can say it ended). Null when none covers it.
    /// </summary>
    public static LifecycleAcceptance? Find(IReadOnlyList<LifecycleAcceptance> acceptances, ReferenceKind kind, Guid id, string ruleId, DateTime asOf)
    {
        LifecycleAcceptance? best = null;
        foreach (var acceptance in acceptances)
        {
            if (!acceptance.Covers(kind, id, ruleId))
            {
                continue;
            }

            if (best is null
                || (acceptance.IsActiveOn(asOf) && !best.IsActiveOn(asOf))
                || (acceptance.IsActiveOn(asOf) == best.IsActiveOn(asOf) && acceptance.Until > best.Until))
            {
                best = acceptance;
            }
        }

        return best;
    }

    private static bool Contains(IReadOnlyList<string> rules, string ruleId)
    {
        foreach (var rule in rules)
        {
            if (string.Equals(rule, ruleId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
