using System;
using System.Collections.Generic;

namespace SpeechLifecycle.Recognition;

/// <summary>Finds retired path versions (<c>speechtotext/v3.0</c> ... <c>v3.2-preview.2</c>) in text, for SPL2001.</summary>
public static class RetiredApiPathFinder
{
    public static IReadOnlyList<RetiredApiPath> Find(string text) => throw new NotImplementedException();
}
