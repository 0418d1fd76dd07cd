namespace SpeechLifecycle.Recognition;

/// <summary>What a recognised ID names. The URI shape decides it; a bare GUID takes it from its context.</summary>
public enum ReferenceKind
{
    /// <summary>A Microsoft base model (<c>/models/base/{id}</c>).</summary>
    BaseModel,

    /// <summary>A customer's custom model (<c>/models/{id}</c>).</summary>
    CustomModel,

    /// <summary>A custom speech endpoint (<c>/endpoints/{id}</c>, <c>?cid={id}</c>, SDK endpoint IDs).</summary>
    Endpoint,

    /// <summary>A model GUID whose context does not say base or custom (e.g. a <c>ModelId</c> config key); the task tries custom, then base.</summary>
    Model,
}
