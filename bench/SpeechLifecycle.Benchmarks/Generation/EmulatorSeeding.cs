using SpeechLifecycle.Emulator;

namespace SpeechLifecycle.Benchmarks.Generation;

/// <summary>Puts a <see cref="ModelCatalog"/> into a running emulator, so every generated reference resolves.</summary>
public static class EmulatorSeeding
{
    public static void Seed(EmulatorData data, ModelCatalog catalog)
    {
        foreach (var model in catalog.Models)
        {
            var created = new DateTimeOffset(model.CreatedDateTime, TimeSpan.Zero);
            var transcription = new DateTimeOffset(model.TranscriptionDateTime, TimeSpan.Zero);
            switch (model.Kind)
            {
                case CatalogKind.BaseModel:
                    data.AddOrReplace(new BaseModelEntity
                    {
                        Id = model.Id,
                        Locale = model.Locale,
                        DisplayName = model.DisplayName,
                        CreatedDateTime = created,
                        AdaptationDateTime = model.AdaptationDateTime is { } adaptation ? new DateTimeOffset(adaptation, TimeSpan.Zero) : null,
                        TranscriptionDateTime = transcription,
                    });
                    break;
                case CatalogKind.CustomModel:
                    data.AddOrReplace(new CustomModelEntity
                    {
                        Id = model.Id,
                        Locale = model.Locale,
                        DisplayName = model.DisplayName,
                        CreatedDateTime = created,
                        TranscriptionDateTime = transcription,
                    });
                    break;
                default:
                    data.AddOrReplace(new EndpointEntity
                    {
                        Id = model.Id,
                        Locale = model.Locale,
                        DisplayName = model.DisplayName,
                        CreatedDateTime = created,
                        ModelId = model.DeployedModelId ?? throw new InvalidOperationException("an endpoint needs its model"),
                        ModelKind = "custom",
                    });
                    break;
            }
        }
    }
}
