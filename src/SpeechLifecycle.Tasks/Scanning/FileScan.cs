using System;
using System.Collections.Generic;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// What one file contributes: its references, plus (C# only) the identifiers it uses as model or endpoint IDs and the
/// GUID literals it assigns to identifiers, so an ID held in a constant of another file can still be found.
/// </summary>
public sealed class FileScan
{
    public static readonly FileScan Empty = new(Array.Empty<ScannedReference>());

    public FileScan(
        IReadOnlyList<ScannedReference> references,
        IReadOnlyList<KeyValuePair<string, ReferenceKind>>? nameUses = null,
        IReadOnlyList<KeyValuePair<string, Guid>>? namedIds = null,
        IReadOnlyList<ApiVersionUse>? apiVersions = null)
    {
        References = references;
        NameUses = nameUses ?? Array.Empty<KeyValuePair<string, ReferenceKind>>();
        NamedIds = namedIds ?? Array.Empty<KeyValuePair<string, Guid>>();
        ApiVersions = apiVersions ?? Array.Empty<ApiVersionUse>();
    }

    public IReadOnlyList<ScannedReference> References { get; }

    /// <summary>
    /// Last name segment of identifiers used as IDs, with the kind the use implies: <c>config.EndpointId = Settings.Claims</c>
    /// gives (<c>Claims</c>, endpoint); <c>$"{host}/speechtotext/models/base/{Models.Whisper}"</c> gives (<c>Whisper</c>, base model).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, ReferenceKind>> NameUses { get; }

    /// <summary>GUID literals assigned to an identifier (<c>const string Claims = "…"</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, Guid>> NamedIds { get; }

    /// <summary>The path versions the file uses (<c>speechtotext/v3.2</c>), for the API-version checks.</summary>
    public IReadOnlyList<ApiVersionUse> ApiVersions { get; }
}
