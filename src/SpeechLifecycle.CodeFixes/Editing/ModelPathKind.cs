namespace SpeechLifecycle.CodeFixes.Editing;

/// <summary>The management path a model ID is written under, if any.</summary>
internal enum ModelPathKind
{
    /// <summary>A bare ID (no <c>models/</c> segment before it).</summary>
    None,

    /// <summary><c>…/models/{id}</c>: a custom model.</summary>
    Custom,

    /// <summary><c>…/models/base/{id}</c>: a base model.</summary>
    Base,
}
