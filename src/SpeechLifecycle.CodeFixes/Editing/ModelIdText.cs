using System;
using System.Collections.Generic;

namespace SpeechLifecycle.CodeFixes.Editing;

/// <summary>
/// Finds the model GUID inside the source text a diagnostic covers and formats its replacement. Works on source text,
/// not on literal values, so only the 36 characters of the ID change and every literal kind keeps its form.
/// </summary>
internal static class ModelIdText
{
    public const int Length = 36;

    /// <summary>The path segment between <c>models/</c> and a base model's ID.</summary>
    public const string BaseSegment = "base/";

    /// <summary>
    /// Offset of the one model ID in <paramref name="text"/>, or -1 when there is none or it is ambiguous. With several
    /// GUIDs, the one right after <c>models/</c> or <c>models/base/</c> wins (a URI may also carry a project ID).
    /// </summary>
    public static int FindModelId(string text)
    {
        var all = FindGuids(text);
        if (all.Count == 1)
        {
            return all[0];
        }

        var afterModels = all.FindAll(i => EndsWithModelsSegment(text, i));
        return afterModels.Count == 1 ? afterModels[0] : -1;
    }

    /// <summary>Offsets of every GUID (D format, any case) that stands alone, i.e. is not part of a longer hex run.</summary>
    public static List<int> FindGuids(string text)
    {
        var found = new List<int>();
        for (var i = 0; i + Length <= text.Length; i++)
        {
            if (IsGuidAt(text, i) && !IsHexOrDash(text, i - 1) && !IsHexOrDash(text, i + Length))
            {
                found.Add(i);
                i += Length - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// <paramref name="id"/> in D format, upper-case when the text it replaces was written upper-case, so a fix
    /// does not change the style of the code around it.
    /// </summary>
    public static string Format(Guid id, string replacedText)
    {
        var formatted = id.ToString("D");
        return HasUpperHexOnly(replacedText) ? formatted.ToUpperInvariant() : formatted;
    }

    private static bool HasUpperHexOnly(string text)
    {
        var sawUpper = false;
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'f')
            {
                return false;
            }

            sawUpper |= c is >= 'A' and <= 'F';
        }

        return sawUpper;
    }

    /// <summary>Which model path the ID at <paramref name="idStart"/> follows: <c>models/base/</c>, <c>models/</c> or none (a bare ID).</summary>
    public static ModelPathKind PathKindBefore(string text, int idStart)
    {
        var before = text.Substring(0, idStart);
        if (before.EndsWith("models/" + BaseSegment, StringComparison.OrdinalIgnoreCase))
        {
            return ModelPathKind.Base;
        }

        return before.EndsWith("models/", StringComparison.OrdinalIgnoreCase) ? ModelPathKind.Custom : ModelPathKind.None;
    }

    private static bool EndsWithModelsSegment(string text, int idStart) => PathKindBefore(text, idStart) != ModelPathKind.None;

    private static bool IsGuidAt(string text, int start)
    {
        for (var k = 0; k < Length; k++)
        {
            var c = text[start + k];
            var dash = k is 8 or 13 or 18 or 23;
            if (dash ? c != '-' : !IsHex(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHexOrDash(string text, int index) =>
        index >= 0 && index < text.Length && (IsHex(text[index]) || text[index] == '-');

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}
