namespace SpeechLifecycle.Benchmarks.Generation;

public enum CatalogKind
{
    BaseModel,
    CustomModel,
    Endpoint,
}

/// <summary>One model or endpoint the generated project references and the emulator serves.</summary>
public sealed record CatalogModel(
    CatalogKind Kind,
    Guid Id,
    string Locale,
    string DisplayName,
    DateTime CreatedDateTime,
    DateTime? AdaptationDateTime,
    DateTime TranscriptionDateTime,
    Guid? DeployedModelId);
