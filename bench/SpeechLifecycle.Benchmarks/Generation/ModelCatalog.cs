namespace SpeechLifecycle.Benchmarks.Generation;

/// <summary>
/// The distinct models and endpoints a generated workload refers to. Deterministic for a seed: the same run
/// configuration produces byte-identical projects, so with/without comparisons and repeated runs see the same input.
/// </summary>
public sealed class ModelCatalog
{
    private static readonly string[] Locales = ["en-US", "de-DE", "fr-FR", "es-ES", "ja-JP", "en-GB", "it-IT", "pt-BR"];

    private ModelCatalog(IReadOnlyList<CatalogModel> models) => Models = models;

    public IReadOnlyList<CatalogModel> Models { get; }

    public IEnumerable<string> LocalesInUse => Models.Select(m => m.Locale).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="distinct"/> referenceable entities: about half base models, a third custom models, the rest
    /// endpoints (each deployed on one of the custom models). Dates spread around <paramref name="asOf"/> so a
    /// realistic share is expired or expiring and the analyzers take their reporting paths too.
    /// </summary>
    public static ModelCatalog Create(int distinct, int seed, DateTime asOf)
    {
        if (distinct < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(distinct), distinct, "at least one model of each kind");
        }

        var random = new Random(seed);
        var endpoints = Math.Max(1, distinct / 6);
        var customs = Math.Max(1, distinct / 3);
        var bases = distinct - endpoints - customs;
        var models = new List<CatalogModel>(distinct);
        for (var i = 0; i < bases; i++)
        {
            models.Add(NewModel(random, CatalogKind.BaseModel, i, asOf, deployed: null));
        }

        for (var i = 0; i < customs; i++)
        {
            models.Add(NewModel(random, CatalogKind.CustomModel, i, asOf, deployed: null));
        }

        var customModels = models.Where(m => m.Kind == CatalogKind.CustomModel).ToArray();
        for (var i = 0; i < endpoints; i++)
        {
            var deployed = customModels[random.Next(customModels.Length)];
            models.Add(NewModel(random, CatalogKind.Endpoint, i, asOf, deployed.Id) with { Locale = deployed.Locale });
        }

        return new ModelCatalog(models);
    }

    private static CatalogModel NewModel(Random random, CatalogKind kind, int index, DateTime asOf, Guid? deployed)
    {
        var locale = Locales[random.Next(Locales.Length)];
        // -400..+900 days: roughly a quarter expired, a tenth inside the 90-day window, the rest fine.
        var transcription = asOf.Date.AddDays(random.Next(-400, 900));
        var adaptation = kind == CatalogKind.BaseModel ? transcription.AddDays(-365) : (DateTime?)null;
        return new CatalogModel(
            kind,
            NewGuid(random),
            locale,
            $"{locale} {kind} {index}",
            transcription.AddYears(-3),
            adaptation,
            transcription,
            deployed);
    }

    /// <summary>A version-4-shaped GUID from the seeded generator (Guid.NewGuid would make runs differ).</summary>
    public static Guid NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
