using System;

namespace BatchTranscription;

/// <summary>The REST API's <c>{ "self": "…" }</c> reference, as in the Azure-Samples batch client.</summary>
public sealed class EntityReference
{
    public EntityReference(Uri self) => Self = self;

    public Uri Self { get; }
}
