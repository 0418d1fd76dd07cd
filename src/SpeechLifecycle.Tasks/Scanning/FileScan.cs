using System;
using System.Collections.Generic;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// What one file contributes: its references, plus (C# only) the identifiers it passes as endpoint IDs and the GUID
/// literals it assigns to identifiers, so an endpoint ID held in a constant of another file can still be found.
/// </summary>
public sealed class FileScan
{
    public static readonly FileScan Empty = new(Array.Empty<ScannedReference>());

    public FileScan(IReadOnlyList<ScannedReference> references, IReadOnlyList<string>? endpointNames = null, IReadOnlyList<KeyValuePair<string, Guid>>? namedIds = null)
    {
        References = references;
        EndpointNames = endpointNames ?? Array.Empty<string>();
        NamedIds = namedIds ?? Array.Empty<KeyValuePair<string, Guid>>();
    }

    public IReadOnlyList<ScannedReference> References { get; }

    /// <summary>Last name segment of identifiers used as endpoint IDs (<c>config.EndpointId = Settings.Claims</c> gives <c>Claims</c>).</summary>
    public IReadOnlyList<string> EndpointNames { get; }

    /// <summary>GUID literals assigned to an identifier (<c>const string Claims = "…"</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, Guid>> NamedIds { get; }
}
