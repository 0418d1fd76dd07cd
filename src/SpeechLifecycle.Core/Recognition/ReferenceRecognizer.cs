using System;
using System.Collections.Generic;

namespace SpeechLifecycle.Recognition;

/// <summary>
/// Finds Speech-to-text model and endpoint references in text: management URIs of every API version and host form,
/// real-time URIs with <c>?cid=</c>, and bare GUIDs. Roslyn-free so the task and the analyzer share it.
/// </summary>
/// <remarks>
/// Scanning is driven by two anchors, <c>speechtotext</c> (every management path of every version, including the
/// legacy <c>/api/speechtotext/v2.0/</c>) and <c>cid=</c> (real-time URIs); everything else is read around an anchor.
/// A management path without the <c>speechtotext</c> segment is not recognised on purpose: <c>/models/{id}</c> and
/// <c>/endpoints/{id}</c> alone are also other services' URIs.
/// </remarks>
public static class ReferenceRecognizer
{
    private const string CidAnchor = "cid=";

    /// <summary>
    /// The texts every reference is read around, compared ignoring case: a text without any of them holds no
    /// reference. Callers that search large texts (a whole source file) look for these first.
    /// </summary>
    public static IReadOnlyList<string> Anchors { get; } = new[] { ManagementUriMatch.Anchor, CidAnchor };

    /// <summary>Cheap pre-filter: false means <see cref="FindReferences"/> is certain to find nothing.</summary>
    /// <remarks>Exactly the anchors <see cref="FindReferences"/> starts from, with the same comparison, so it cannot disagree.</remarks>
    public static bool MightContainReference(string text) =>
        !string.IsNullOrEmpty(text)
        && (text.IndexOf(ManagementUriMatch.Anchor, StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf(CidAnchor, StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>All URI references in <paramref name="text"/>, in text order. Placeholder and malformed GUIDs are skipped.</summary>
    public static IReadOnlyList<ModelReference> FindReferences(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Array.Empty<ModelReference>();
        }

        List<ModelReference>? found = null;
        var from = 0;
        int anchor;
        while (from < text.Length && (anchor = text.IndexOf(ManagementUriMatch.Anchor, from, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            if (ManagementUriMatch.TryRead(text, anchor, out var match))
            {
                (found ??= new List<ModelReference>()).Add(match.ToReference());
            }

            from = anchor + ManagementUriMatch.Anchor.Length;
        }

        var managementCount = found?.Count ?? 0;
        from = 0;
        while (from < text.Length && (anchor = text.IndexOf(CidAnchor, from, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var reference = TryReadRecognitionUri(text, anchor);
            if (reference is not null)
            {
                (found ??= new List<ModelReference>()).Add(reference);
            }

            from = anchor + CidAnchor.Length;
        }

        if (found is null)
        {
            return Array.Empty<ModelReference>();
        }

        if (managementCount > 0 && found.Count > managementCount)
        {
            // Both passes are in text order on their own; a stable merge keeps the result in text order overall.
            var merged = new List<ModelReference>(found.Count);
            int i = 0, j = managementCount;
            while (i < managementCount || j < found.Count)
            {
                merged.Add(j >= found.Count || (i < managementCount && found[i].Start <= found[j].Start) ? found[i++] : found[j++]);
            }

            return merged;
        }

        return found;
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds an 8-4-4-4-12 hex GUID (placeholders included, not glued to a following
    /// word character): the cheap test for "could a reference's ID come from this text".
    /// </summary>
    public static bool ContainsGuid(string text)
    {
        if (text is null || text.Length < UriScanner.GuidLength)
        {
            return false;
        }

        // A GUID's first dash is its ninth character, and 27 more follow it.
        for (var dash = text.IndexOf('-', 8); dash >= 0 && dash + 28 <= text.Length; dash = text.IndexOf('-', dash + 1))
        {
            if (UriScanner.TryParseGuidAt(text, dash - 8, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Parses a value that should be a bare ID (SDK endpoint ID, config value, <c>SpeechModel</c> item). Accepts the
    /// GUID with surrounding whitespace only; rejects placeholders (<see cref="IsPlaceholder"/>) and malformed text.
    /// </summary>
    public static bool TryParseId(string text, out Guid id)
    {
        id = Guid.Empty;
        if (text is null)
        {
            return false;
        }

        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start != UriScanner.GuidLength || !UriScanner.TryParseGuidAt(text, start, out var parsed) || IsPlaceholder(parsed))
        {
            return false;
        }

        id = parsed;
        return true;
    }

    /// <summary>Documentation placeholders such as <c>aaaabbbb-0000-cccc-1111-dddd2222eeee</c> and the empty GUID.</summary>
    /// <remarks>
    /// A GUID is a placeholder when any of these holds; a random (v4) GUID meets one with a probability below 1e-19:
    /// <list type="number">
    /// <item>every aligned group of four hex digits repeats one digit: the empty GUID, <c>11111111-1111-…</c>, and
    /// Microsoft's docs family <c>aaaabbbb-0000-cccc-1111-dddd2222eeee</c>, <c>bbbbcccc-1111-dddd-2222-eeee3333ffff</c>,
    /// <c>00001111-aaaa-2222-bbbb-3333cccc4444</c>;</item>
    /// <item>the 32 digits use at most three distinct values (<c>00000000-0000-0000-0000-000000000001</c>,
    /// <c>12121212-…</c>);</item>
    /// <item>every group counts up one digit at a time (<c>12345678-1234-1234-1234-123456789012</c>,
    /// <c>01234567-89ab-cdef-0123-456789abcdef</c>).</item>
    /// </list>
    /// Non-hex placeholders (<c>xxxxxxxx-…</c>, <c>&lt;your-model-id&gt;</c>) never parse as GUIDs in the first place.
    /// </remarks>
    public static bool IsPlaceholder(Guid id)
    {
        var digits = id.ToString("N");
        return IsRunsOfFour(digits) || HasAtMostThreeDistinctDigits(digits) || IsCountingUp(id.ToString("D"));
    }

    private static bool IsRunsOfFour(string digits)
    {
        for (var i = 0; i < digits.Length; i += 4)
        {
            if (digits[i + 1] != digits[i] || digits[i + 2] != digits[i] || digits[i + 3] != digits[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasAtMostThreeDistinctDigits(string digits)
    {
        var seen = 0;
        foreach (var c in digits)
        {
            seen |= 1 << (c <= '9' ? c - '0' : c - 'a' + 10);
        }

        var count = 0;
        for (; seen != 0; seen &= seen - 1)
        {
            count++;
        }

        return count <= 3;
    }

    private static bool IsCountingUp(string formatted)
    {
        for (var i = 1; i < formatted.Length; i++)
        {
            char previous = formatted[i - 1], current = formatted[i];
            if (current == '-' || previous == '-')
            {
                continue;
            }

            var follows = current == previous + 1 || (previous == '9' && (current == '0' || current == 'a')) || (previous == 'f' && current == '0');
            if (!follows)
            {
                return false;
            }
        }

        return true;
    }

    private static ModelReference? TryReadRecognitionUri(string text, int anchor)
    {
        if (anchor == 0 || (text[anchor - 1] != '?' && text[anchor - 1] != '&'))
        {
            return null;
        }

        var idStart = anchor + CidAnchor.Length;
        if (!UriScanner.TryParseGuidAt(text, idStart, out var id) || IsPlaceholder(id))
        {
            return null;
        }

        var uriStart = UriScanner.FindUriStart(text, anchor, anchorInQuery: true, out var schemeSeparator);
        var query = text.IndexOf('?', uriStart, anchor - uriStart);
        if (query < 0 || !IsRecognitionPath(text, uriStart, query))
        {
            return null;
        }

        var host = UriScanner.ReadHost(text, uriStart, schemeSeparator, query);
        var uriEnd = UriScanner.FindUriEnd(text, idStart + UriScanner.GuidLength, idStart + UriScanner.GuidLength);
        return new ModelReference(ReferenceKind.Endpoint, id, host, null, ReferenceForm.RecognitionUri, uriStart, uriEnd - uriStart, idStart);
    }

    /// <summary>
    /// <c>cid</c> is a common query parameter name, so only real-time STT shapes count: an <c>*.stt.speech.*</c> host,
    /// or the <c>/speech/recognition/</c> (v1) or <c>/stt/speech/</c> (universal v2) path on any host.
    /// </summary>
    private static bool IsRecognitionPath(string text, int start, int end) =>
        Contains(text, start, end, "stt.speech.") || Contains(text, start, end, "speech/recognition/") || Contains(text, start, end, "stt/speech/");

    private static bool Contains(string text, int start, int end, string value) =>
        end - start >= value.Length && text.IndexOf(value, start, end - start, StringComparison.OrdinalIgnoreCase) >= 0;
}
