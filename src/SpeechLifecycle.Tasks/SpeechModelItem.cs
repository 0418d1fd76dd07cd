using System;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Tasks;

/// <summary>A <c>&lt;SpeechModel Include="URI or GUID" Kind="base|custom|endpoint" /&gt;</c> item, parsed.</summary>
public sealed class SpeechModelItem
{
    public const string AcceptedKinds = "base, custom, endpoint";

    public SpeechModelItem(string itemSpec, ScannedReference reference)
    {
        ItemSpec = itemSpec;
        Reference = reference;
    }

    public string ItemSpec { get; }

    public ScannedReference Reference { get; }

    /// <summary>
    /// A URI decides the kind itself (Kind, when given, must agree); a GUID takes it from <c>Kind</c>, and without one
    /// it is a model of either kind (custom first, then base). False with <paramref name="problem"/> when invalid.
    /// </summary>
    public static bool TryParse(string include, string? kindMetadata, out SpeechModelItem? item, out string? problem)
    {
        item = null;
        problem = null;
        ReferenceKind? declared = null;
        if (!string.IsNullOrWhiteSpace(kindMetadata))
        {
            declared = kindMetadata!.Trim().ToLowerInvariant() switch
            {
                "base" => ReferenceKind.BaseModel,
                "custom" => ReferenceKind.CustomModel,
                "endpoint" => ReferenceKind.Endpoint,
                _ => null,
            };
            if (declared is null)
            {
                problem = $"SpeechModel item '{include}' has Kind='{kindMetadata}'. Accepted values: {AcceptedKinds}.";
                return false;
            }
        }

        if (ReferenceRecognizer.TryParseId(include, out var id))
        {
            item = new SpeechModelItem(include, new ScannedReference(declared ?? ReferenceKind.Model, id, null));
            return true;
        }

        var references = ReferenceRecognizer.MightContainReference(include) ? ReferenceRecognizer.FindReferences(include) : Array.Empty<ModelReference>();
        if (references.Count == 1)
        {
            var reference = references[0];
            item = new SpeechModelItem(include, new ScannedReference(reference.Kind, reference.Id, reference.Host));
            return true;
        }

        problem = $"SpeechModel item '{include}' is neither a model or endpoint GUID nor a Speech-to-text model or endpoint URI.";
        return false;
    }
}
