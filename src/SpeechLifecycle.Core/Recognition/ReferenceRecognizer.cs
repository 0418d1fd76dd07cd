using System;
using System.Collections.Generic;

namespace SpeechLifecycle.Recognition;

/// <summary>
/// Finds Speech-to-text model and endpoint references in text: management URIs of every API version and host form,
/// real-time URIs with <c>?cid=</c>, and bare GUIDs. Roslyn-free so the task and the analyzer share it.
/// </summary>
public static class ReferenceRecognizer
{
    /// <summary>Cheap pre-filter: false means <see cref="FindReferences"/> is certain to find nothing.</summary>
    public static bool MightContainReference(string text) => throw new NotImplementedException();

    /// <summary>All URI references in <paramref name="text"/>, in text order. Placeholder and malformed GUIDs are skipped.</summary>
    public static IReadOnlyList<ModelReference> FindReferences(string text) => throw new NotImplementedException();

    /// <summary>
    /// Parses a value that should be a bare ID (SDK endpoint ID, config value, <c>SpeechModel</c> item). Accepts the
    /// GUID with surrounding whitespace only; rejects placeholders (<see cref="IsPlaceholder"/>) and malformed text.
    /// </summary>
    public static bool TryParseId(string text, out Guid id) => throw new NotImplementedException();

    /// <summary>Documentation placeholders such as <c>aaaabbbb-0000-cccc-1111-dddd2222eeee</c> and the empty GUID.</summary>
    public static bool IsPlaceholder(Guid id) => throw new NotImplementedException();
}
