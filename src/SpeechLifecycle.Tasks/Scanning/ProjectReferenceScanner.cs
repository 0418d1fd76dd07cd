using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using SpeechLifecycle.Json;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// Finds what a project references, by text: URIs in C# files and in any JSON string value, GUIDs under config keys
/// that name their kind, and (a heuristic, because the task cannot resolve symbols like the analyzer does) GUID
/// literals in C# files that also mention <c>EndpointId</c>, <c>FromLanguage</c> or
/// <c>SpeechServiceConnection_EndpointId</c>, taken as endpoint candidates, and GUID constants of any file whose name
/// is used as an ID elsewhere (<see cref="ReferencesByName"/>). A 404 for an unrelated GUID is harmless: the analyzer
/// only reports what it recognises.
/// </summary>
public static class ProjectReferenceScanner
{
    private static readonly string[] EndpointMarkers = { "EndpointId", "FromLanguage" };

    // Identifiers passed where the SDK takes an endpoint ID; the last segment is matched against NamedGuid below.
    private static readonly Regex EndpointUse = new(
        @"(?:\bEndpointId\s*=\s*|\bFromLanguage\s*\(\s*[^,()]+,\s*|\bSpeechServiceConnection_EndpointId\s*,\s*)(?<name>[A-Za-z_][\w.]*)\s*[;,)}]",
        RegexOptions.CultureInvariant);

    // Non-ASCII neighbours of an identifier are rare; for them the regex engine itself decides what \w and \b mean,
    // so the hand-written scan keeps exactly the semantics of the regex it replaced.
    private static readonly Regex WordChar = new(@"\w", RegexOptions.CultureInvariant);
    private static readonly Regex BoundaryBeforeWord = new(@"\G\b", RegexOptions.CultureInvariant);

    private const int GuidLength = 36;

    public static IReadOnlyList<ScannedReference> ScanCode(string text) => ScanCodeFile(text).References;

    /// <summary>
    /// The references that are constants of another file: every GUID assigned to an identifier whose name some file
    /// uses as an ID, with the kind that use implies (matched by the last name segment, so <c>Settings.Claims</c> finds
    /// <c>const string Claims = "…"</c> anywhere in the project).
    /// </summary>
    public static IReadOnlyList<ScannedReference> ReferencesByName(IEnumerable<FileScan> files)
    {
        var scans = new List<FileScan>(files);
        var uses = new Dictionary<string, HashSet<ReferenceKind>>(StringComparer.Ordinal);
        foreach (var scan in scans)
        {
            foreach (var use in scan.NameUses)
            {
                if (!uses.TryGetValue(use.Key, out var kinds))
                {
                    uses[use.Key] = kinds = new HashSet<ReferenceKind>();
                }

                kinds.Add(use.Value);
            }
        }

        var found = new List<ScannedReference>();
        foreach (var scan in scans)
        {
            foreach (var named in scan.NamedIds)
            {
                if (uses.TryGetValue(named.Key, out var kinds))
                {
                    foreach (var kind in kinds)
                    {
                        found.Add(new ScannedReference(kind, named.Value, null));
                    }
                }
            }
        }

        return Distinct(found);
    }

    public static FileScan ScanCodeFile(string text)
    {
        var found = new List<ScannedReference>();
        if (ReferenceRecognizer.MightContainReference(text))
        {
            foreach (var reference in ReferenceRecognizer.FindReferences(text))
            {
                found.Add(new ScannedReference(reference.Kind, reference.Id, reference.Host));
            }
        }

        var nameUses = new List<KeyValuePair<string, ReferenceKind>>();
        void Use(string name, ReferenceKind kind)
        {
            var use = new KeyValuePair<string, ReferenceKind>(name.Substring(name.LastIndexOf('.') + 1), kind);
            if (use.Key.Length > 0 && !nameUses.Contains(use))
            {
                nameUses.Add(use);
            }
        }

        // Identifiers that complete a management path: $"…/models/{Models.X}", "…/models/base/" + Models.X,
        // "…/endpoints/{X}". IndexOf-driven like the GUID walk below (the former regex was tried at every 'm' and 'e').
        // Visited in text order, and an occurrence inside the previous match's name ("…/endpoints/" + Xmodels/…) is
        // skipped, as the regex's non-overlapping matches did.
        var models = text.IndexOf("models/", StringComparison.Ordinal);
        var endpoints = text.IndexOf("endpoints/", StringComparison.Ordinal);
        var consumed = 0;
        while (models >= 0 || endpoints >= 0)
        {
            if (models >= 0 && (endpoints < 0 || models < endpoints))
            {
                const int BaseLength = 12; // "models/base/"
                if (models >= consumed)
                {
                    if (string.CompareOrdinal(text, models, "models/base/", 0, BaseLength) == 0 && PathName(text, models + BaseLength, out consumed) is { } baseName)
                    {
                        Use(baseName, ReferenceKind.BaseModel);
                    }
                    else if (PathName(text, models + 7, out consumed) is { } customName)
                    {
                        Use(customName, ReferenceKind.CustomModel);
                    }
                }

                models = text.IndexOf("models/", models + 7, StringComparison.Ordinal);
            }
            else
            {
                if (endpoints >= consumed && PathName(text, endpoints + 10, out consumed) is { } endpointName)
                {
                    Use(endpointName, ReferenceKind.Endpoint);
                }

                endpoints = text.IndexOf("endpoints/", endpoints + 10, StringComparison.Ordinal);
            }
        }

        // Both GUID passes share one IndexOf-driven walk over quoted GUID literals (the former regexes,
        // "\s*GUID\s*" and name\s*=\s*[@$]?"\s*GUID\s*", ran at ~30 MB/s because the named form was tried at every
        // identifier). A named literal's opening quote can never be the closing quote of another GUID literal (it is
        // preceded by '=' or a prefix, not a hex digit), so one leftmost, non-overlapping walk yields both match sets.
        var endpointFile = MentionsEndpointMember(text);
        var namedIds = new List<KeyValuePair<string, Guid>>();
        for (var quote = text.IndexOf('"'); quote >= 0;)
        {
            if (!TryReadQuotedGuid(text, quote, out var idStart, out var closing))
            {
                quote = text.IndexOf('"', quote + 1);
                continue;
            }

            if (ReferenceRecognizer.TryParseId(text.Substring(idStart, GuidLength), out var id))
            {
                if (endpointFile)
                {
                    found.Add(new ScannedReference(ReferenceKind.Endpoint, id, null));
                }

                if (AssignedName(text, quote) is { } name)
                {
                    namedIds.Add(new KeyValuePair<string, Guid>(name, id));
                }
            }

            quote = closing + 1 < text.Length ? text.IndexOf('"', closing + 1) : -1;
        }

        if (endpointFile)
        {
            foreach (Match match in EndpointUse.Matches(text))
            {
                Use(match.Groups["name"].Value, ReferenceKind.Endpoint);
            }
        }

        return new FileScan(Distinct(found), nameUses, namedIds, ApiVersionUse.FindIn(text));
    }

    /// <summary>Like <see cref="ScanConfig"/>, with the path versions the file uses; throws <see cref="JsonParseException"/> when it is not JSON.</summary>
    public static FileScan ScanConfigFile(string text) => new(ScanConfig(text), apiVersions: ApiVersionUse.FindIn(text));

    /// <summary>Scans a JSON config file; throws <see cref="JsonParseException"/> when it is not JSON.</summary>
    public static IReadOnlyList<ScannedReference> ScanConfig(string text)
    {
        var found = new List<ScannedReference>();
        Walk(JsonParser.Parse(text), null, found);
        return Distinct(found);
    }

    /// <summary>
    /// Right after a path's slash: <c>{Name}</c> or <c>"\s*\+\s*Name</c> with <c>Name = [A-Za-z_][\w.]*</c>; the name, or null.
    /// </summary>
    private static string? PathName(string text, int i, out int end)
    {
        end = 0;
        if (i >= text.Length)
        {
            return null;
        }

        var braced = text[i] == '{';
        if (braced)
        {
            i++;
        }
        else if (text[i] == '"')
        {
            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length || text[i] != '+')
            {
                return null;
            }

            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }
        else
        {
            return null;
        }

        var start = i;
        if (i >= text.Length || !(text[i] is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_'))
        {
            return null;
        }

        while (i < text.Length && (text[i] == '.' || IsWordChar(text[i])))
        {
            i++;
        }

        if (braced && (i >= text.Length || text[i] != '}'))
        {
            return null;
        }

        end = braced ? i + 1 : i;
        return text.Substring(start, i - start);
    }

    /// <summary>
    /// At an opening quote: <c>"\s*GUID\s*"</c> with a GUID of the 8-4-4-4-12 hex shape. Gives where the GUID starts
    /// and the index of the closing quote.
    /// </summary>
    private static bool TryReadQuotedGuid(string text, int quote, out int idStart, out int closing)
    {
        closing = -1;
        var i = quote + 1;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        idStart = i;
        if (i + GuidLength > text.Length)
        {
            return false;
        }

        for (var k = 0; k < GuidLength; k++)
        {
            var c = text[i + k];
            var ok = k is 8 or 13 or 18 or 23 ? c == '-' : IsHex(c);
            if (!ok)
            {
                return false;
            }
        }

        i += GuidLength;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length || text[i] != '"')
        {
            return false;
        }

        closing = i;
        return true;
    }

    /// <summary>
    /// Looks back from a GUID literal's opening quote for <c>\b(?&lt;name&gt;[A-Za-z_]\w*)\s*=\s*[@$]?</c>: the identifier
    /// the literal is assigned to, or null. <c>==</c>, <c>+=</c>, <c>=&gt;</c> and the like do not qualify, as before.
    /// </summary>
    private static string? AssignedName(string text, int quote)
    {
        var i = quote - 1;
        if (i >= 0 && text[i] is '@' or '$')
        {
            i--;
        }

        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        if (i < 0 || text[i] != '=')
        {
            return null;
        }

        i--;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && IsWordChar(text[i]))
        {
            i--;
        }

        var start = i + 1;
        if (start == end || !(text[start] is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_'))
        {
            return null;
        }

        // \b before the name: the preceding character is not a word character for the regex engine (which also
        // counts the zero-width joiners, hence the engine for anything outside ASCII).
        if (start > 0 && (text[start - 1] >= 0x80 ? !BoundaryBeforeWord.IsMatch(text.Substring(start - 1, 2), 1) : IsAsciiWordChar(text[start - 1])))
        {
            return null;
        }

        return text.Substring(start, end - start);
    }

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static bool IsAsciiWordChar(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsWordChar(char c) => c < 0x80 ? IsAsciiWordChar(c) : WordChar.IsMatch(c.ToString());

    private static bool MentionsEndpointMember(string text)
    {
        foreach (var marker in EndpointMarkers)
        {
            if (text.IndexOf(marker, StringComparison.Ordinal) >= 0)
            {
                return true; // "SpeechServiceConnection_EndpointId" contains "EndpointId"
            }
        }

        return false;
    }

    private static void Walk(JsonValue value, string? key, List<ScannedReference> found)
    {
        switch (value.Kind)
        {
            case JsonKind.Object:
                foreach (var property in value.Properties)
                {
                    Walk(property.Value, property.Name, found);
                }

                break;
            case JsonKind.Array:
                foreach (var item in value.Items)
                {
                    Walk(item, key, found);
                }

                break;
            case JsonKind.String when value.Text is { } text:
                if (key is not null && ConfigKeyConvention.KindForKey(key) is { } kind && ReferenceRecognizer.TryParseId(text, out var id))
                {
                    found.Add(new ScannedReference(kind, id, null));
                }
                else if (ReferenceRecognizer.MightContainReference(text))
                {
                    foreach (var reference in ReferenceRecognizer.FindReferences(text))
                    {
                        found.Add(new ScannedReference(reference.Kind, reference.Id, reference.Host));
                    }
                }

                break;
        }
    }

    private static IReadOnlyList<ScannedReference> Distinct(List<ScannedReference> found)
    {
        var seen = new HashSet<ScannedReference>();
        var result = new List<ScannedReference>(found.Count);
        foreach (var reference in found)
        {
            if (seen.Add(reference))
            {
                result.Add(reference);
            }
        }

        return result;
    }
}
