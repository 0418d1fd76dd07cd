using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpeechLifecycle.Emulator;

/// <summary>Fields every model and endpoint shares (the spec's SharedModel plus the ID hidden in <c>self</c>).</summary>
public abstract record SpeechEntity
{
    public required Guid Id { get; init; }

    public required string Locale { get; init; }

    public required string DisplayName { get; init; }

    public string? Description { get; init; }

    public required DateTimeOffset CreatedDateTime { get; init; }

    /// <summary>null = same as <see cref="CreatedDateTime"/>.</summary>
    public DateTimeOffset? LastActionDateTime { get; init; }

    /// <summary>NotStarted, Running, Succeeded or Failed.</summary>
    public string Status { get; init; } = "Succeeded";
}

/// <summary>The <c>features</c> object; the emulator renders it per API version (renamed fields from 2024-11-15 on).</summary>
public sealed record ModelFeatures
{
    public bool SupportsTranscriptions { get; init; } = true;

    /// <summary>Fast transcription (2024-11-15 and later); null = same as <see cref="SupportsTranscriptions"/>.</summary>
    public bool? SupportsTranscriptionsTranscribe { get; init; }

    public bool SupportsEndpoints { get; init; } = true;

    public bool SupportsTranscriptionsOnSpeechContainers { get; init; }

    public IReadOnlyList<string> SupportedOutputFormats { get; init; } = new[] { "Display", "Lexical" };

    /// <summary>Dataset kinds a base model can be adapted with (Language, Acoustic, Pronunciation, AudioFiles, …).</summary>
    public IReadOnlyList<string> SupportsAdaptationsWith { get; init; } = Array.Empty<string>();
}

public sealed record BaseModelEntity : SpeechEntity
{
    public DateTimeOffset? AdaptationDateTime { get; init; }

    public DateTimeOffset? TranscriptionDateTime { get; init; }

    public ModelFeatures Features { get; init; } = new();

    /// <summary>null = the documented rule: charged for base models created on or after 2023-10-01.</summary>
    public bool? ChargeForAdaptation { get; init; }
}

public sealed record CustomModelEntity : SpeechEntity
{
    public Guid? ProjectId { get; init; }

    public Guid? BaseModelId { get; init; }

    /// <summary>The spec gives custom models none; v3.0/v3.1 docs still show one, so it is rendered there only.</summary>
    public DateTimeOffset? AdaptationDateTime { get; init; }

    public DateTimeOffset? TranscriptionDateTime { get; init; }

    public ModelFeatures Features { get; init; } = new();
}

public sealed record EndpointEntity : SpeechEntity
{
    public required Guid ModelId { get; init; }

    /// <summary>"base" or "custom"; null = decided by looking the model up (custom if a custom model has that ID).</summary>
    public string? ModelKind { get; init; }

    public Guid? ProjectId { get; init; }
}

/// <summary>The entities the emulator serves. Thread-safe: tests may add, replace and remove entities while it runs.</summary>
public sealed class EmulatorData
{
    internal static readonly JsonSerializerOptions SeedJsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    private readonly object gate = new();
    private readonly List<BaseModelEntity> baseModels = new();
    private readonly List<CustomModelEntity> customModels = new();
    private readonly List<EndpointEntity> endpoints = new();

    /// <summary>The sample data shipped beside the emulator assembly (data/sample-data.json).</summary>
    public static string SampleDataFile => Path.Combine(AppContext.BaseDirectory, "data", "sample-data.json");

    public IReadOnlyList<BaseModelEntity> BaseModels
    {
        get { lock (gate) { return baseModels.ToArray(); } }
    }

    public IReadOnlyList<CustomModelEntity> CustomModels
    {
        get { lock (gate) { return customModels.ToArray(); } }
    }

    public IReadOnlyList<EndpointEntity> Endpoints
    {
        get { lock (gate) { return endpoints.ToArray(); } }
    }

    public static EmulatorData Parse(string json)
    {
        SeedDocument document = JsonSerializer.Deserialize<SeedDocument>(json, SeedJsonOptions)
            ?? throw new InvalidDataException("The seed data is empty.");
        var data = new EmulatorData();
        foreach (BaseModelEntity model in document.BaseModels ?? new())
        {
            data.AddOrReplace(model);
        }

        foreach (CustomModelEntity model in document.CustomModels ?? new())
        {
            data.AddOrReplace(model);
        }

        foreach (EndpointEntity endpoint in document.Endpoints ?? new())
        {
            data.AddOrReplace(endpoint);
        }

        return data;
    }

    public static EmulatorData Load(string path) => Parse(File.ReadAllText(path));

    public string ToJson()
    {
        lock (gate)
        {
            return JsonSerializer.Serialize(new SeedDocument(baseModels.ToList(), customModels.ToList(), endpoints.ToList()), SeedJsonOptions);
        }
    }

    /// <summary>Adds the model, or replaces the entity of any kind that has its ID.</summary>
    public void AddOrReplace(BaseModelEntity model) => Put(baseModels, model);

    public void AddOrReplace(CustomModelEntity model) => Put(customModels, model);

    public void AddOrReplace(EndpointEntity endpoint) => Put(endpoints, endpoint);

    /// <summary>Removes the entity of any kind with this ID; false when there was none.</summary>
    public bool Remove(Guid id)
    {
        lock (gate)
        {
            return baseModels.RemoveAll(e => e.Id == id) + customModels.RemoveAll(e => e.Id == id) + endpoints.RemoveAll(e => e.Id == id) > 0;
        }
    }

    public BaseModelEntity? FindBaseModel(Guid id)
    {
        lock (gate) { return baseModels.Find(e => e.Id == id); }
    }

    public CustomModelEntity? FindCustomModel(Guid id)
    {
        lock (gate) { return customModels.Find(e => e.Id == id); }
    }

    public EndpointEntity? FindEndpoint(Guid id)
    {
        lock (gate) { return endpoints.Find(e => e.Id == id); }
    }

    private void Put<T>(List<T> list, T entity)
        where T : SpeechEntity
    {
        ArgumentNullException.ThrowIfNull(entity);
        lock (gate)
        {
            baseModels.RemoveAll(e => e.Id == entity.Id);
            customModels.RemoveAll(e => e.Id == entity.Id);
            endpoints.RemoveAll(e => e.Id == entity.Id);
            list.Add(entity);
        }
    }

    private sealed record SeedDocument(List<BaseModelEntity>? BaseModels, List<CustomModelEntity>? CustomModels, List<EndpointEntity>? Endpoints);
}
