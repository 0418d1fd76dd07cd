namespace SpeechLifecycle.Analyzers;

/// <summary>
/// Keys of <c>Diagnostic.Properties</c> that the analyzers fill and the code fixes read, so a fix never re-reads the
/// snapshot: the analyzer already chose the replacement.
/// </summary>
public static class DiagnosticProperties
{
    /// <summary>GUID (D format) of the model the fix switches to.</summary>
    public const string ReplacementId = "ReplacementId";

    /// <summary><c>BaseModel</c> or <c>CustomModel</c>: what the replacement is (a base model replacing a custom model loses customisation).</summary>
    public const string ReplacementKind = "ReplacementKind";

    /// <summary>Display name of the replacement, for the fix title.</summary>
    public const string ReplacementName = "ReplacementName";

    /// <summary><c>BaseModel</c>, <c>CustomModel</c>, <c>Endpoint</c>: the kind of the flagged reference.</summary>
    public const string ReferenceKind = "ReferenceKind";

    /// <summary><c>true</c> when the flagged literal is the value of a batch request's <c>model</c> member, which the fix may remove.</summary>
    public const string IsRequestModelMember = "IsRequestModelMember";

    /// <summary>For SPL2001: the rewritten complete URI; absent when the literal is a base path with no safe rewrite.</summary>
    public const string RewrittenUri = "RewrittenUri";

    /// <summary><c>yyyy-MM-dd</c>: an active <c>SpeechLifecycleAcceptance</c> covers this diagnostic until that day; AcceptanceSuppressor suppresses it.</summary>
    public const string AcceptedUntil = "SpeechLifecycleAcceptedUntil";

    /// <summary>The acceptance's reason, beside <see cref="AcceptedUntil"/>.</summary>
    public const string AcceptanceReason = "SpeechLifecycleAcceptanceReason";
}
