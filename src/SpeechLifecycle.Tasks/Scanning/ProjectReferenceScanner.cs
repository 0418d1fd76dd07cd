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

    private static readonly Regex QuotedGuid = new(
        "\"\\s*(?<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\s*\"",
        RegexOptions.CultureInvariant);

    // Identifiers passed where the SDK takes an endpoint ID; the last segment is matched against NamedGuid below.
    private static readonly Regex EndpointUse = new(
        @"(?:\bEndpointId\s*=\s*|\bFromLanguage\s*\(\s*[^,()]+,\s*|\bSpeechServiceConnection_EndpointId\s*,\s*)(?<name>[A-Za-z_][\w.]*)\s*[;,)}]",
        RegexOptions.CultureInvariant);

    // Identifiers that complete a management path: $"…/models/{Models.X}", "…/models/base/" + Models.X, "…/endpoints/{X}".
    private static readonly Regex PathUse = new(
        @"(?<what>models/base|models|endpoints)/(?:\{(?<name>[A-Za-z_][\w.]*)\}|""\s*\+\s*(?<name>[A-Za-z_][\w.]*))",
        RegexOptions.CultureInvariant);

    private static readonly Regex NamedGuid = new(
        "\\b(?<name>[A-Za-z_]\\w*)\\s*=\\s*[@$]?\"\\s*(?<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\s*\"",
        RegexOptions.CultureInvariant);

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

        if (text.IndexOf("models/", StringComparison.Ordinal) >= 0 || text.IndexOf("endpoints/", StringComparison.Ordinal) >= 0)
        {
            foreach (Match match in PathUse.Matches(text))
            {
                var kind = match.Groups["what"].Value switch
                {
                    "models/base" => ReferenceKind.BaseModel,
                    "models" => ReferenceKind.CustomModel,
                    _ => ReferenceKind.Endpoint,
                };
                Use(match.Groups["name"].Value, kind);
            }
        }

        if (MentionsEndpointMember(text))
        {
            foreach (Match match in QuotedGuid.Matches(text))
            {
                if (ReferenceRecognizer.TryParseId(match.Groups["id"].Value, out var id))
                {
                    found.Add(new ScannedReference(ReferenceKind.Endpoint, id, null));
                }
            }

            foreach (Match match in EndpointUse.Matches(text))
            {
                Use(match.Groups["name"].Value, ReferenceKind.Endpoint);
            }
        }

        var namedIds = new List<KeyValuePair<string, Guid>>();
        if (text.IndexOf('-') >= 0)
        {
            foreach (Match match in NamedGuid.Matches(text))
            {
                if (ReferenceRecognizer.TryParseId(match.Groups["id"].Value, out var id))
                {
                    namedIds.Add(new KeyValuePair<string, Guid>(match.Groups["name"].Value, id));
                }
            }
        }

        return new FileScan(Distinct(found), nameUses, namedIds);
    }

    /// <summary>Scans a JSON config file; throws <see cref="JsonParseException"/> when it is not JSON.</summary>
    public static IReadOnlyList<ScannedReference> ScanConfig(string text)
    {
        var found = new List<ScannedReference>();
        Walk(JsonParser.Parse(text), null, found);
        return Distinct(found);
    }

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
