using System.Globalization;
using System.Text.Json;

namespace SpeechLifecycle.Emulator;

/// <summary>
/// Writes entities in the JSON shape of one API version (speech-rest-api.md §2), with <c>self</c> and reference links
/// built from the host the request named and in that version's URL style.
/// </summary>
internal sealed class EntityRenderer(string origin, ApiVersion version, EmulatorData data)
{
    /// <summary>The region the real-time recognition links name; the emulator has no region of its own.</summary>
    private const string RecognitionRegion = "eastus";

    public void WriteBaseModel(Utf8JsonWriter writer, BaseModelEntity model)
    {
        writer.WriteStartObject();
        writer.WriteString("self", Url($"models/base/{model.Id}"));
        WriteShared(writer, model);
        writer.WriteStartObject("links");
        writer.WriteString("manifest", Url($"models/base/{model.Id}/manifest"));
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        WriteDeprecationDates(writer, model.AdaptationDateTime, model.TranscriptionDateTime);
        if (version.Generation != SchemaGeneration.V30)
        {
            WriteFeatures(writer, model.Features, isBaseModel: true);
        }

        if (version.Generation is not (SchemaGeneration.V30 or SchemaGeneration.V31))
        {
            writer.WriteBoolean("chargeForAdaptation", model.ChargeForAdaptation ?? model.CreatedDateTime >= new DateTimeOffset(2023, 10, 1, 0, 0, 0, TimeSpan.Zero));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public void WriteCustomModel(Utf8JsonWriter writer, CustomModelEntity model)
    {
        writer.WriteStartObject();
        writer.WriteString("self", Url($"models/{model.Id}"));
        if (model.BaseModelId is Guid baseModelId)
        {
            WriteReference(writer, "baseModel", $"models/base/{baseModelId}");
        }

        if (model.ProjectId is Guid projectId && version.HasProjects)
        {
            WriteReference(writer, "project", $"projects/{projectId}");
        }

        WriteShared(writer, model);
        writer.WriteStartObject("links");
        switch (version.Generation)
        {
            case SchemaGeneration.V30:
                writer.WriteString("copyTo", Url($"models/{model.Id}/copyto"));
                break;
            case SchemaGeneration.V31:
                writer.WriteString("copyTo", Url($"models/{model.Id}:copyto"));
                break;
            case SchemaGeneration.V32:
                writer.WriteString("copyTo", Url($"models/{model.Id}:copyto"));
                writer.WriteString("copy", Url($"models/{model.Id}:copy"));
                break;
            default:
                writer.WriteString("copy", Url($"models/{model.Id}:copy"));
                break;
        }

        if (version.Generation != SchemaGeneration.V30)
        {
            writer.WriteString("files", Url($"models/{model.Id}/files"));
        }

        writer.WriteString("manifest", Url($"models/{model.Id}/manifest"));
        writer.WriteEndObject();

        writer.WriteStartObject("properties");
        // The spec gives custom models only transcriptionDateTime; v3.0 and v3.1 examples still show both dates.
        bool showAdaptation = version.Generation is SchemaGeneration.V30 or SchemaGeneration.V31;
        WriteDeprecationDates(writer, showAdaptation ? model.AdaptationDateTime : null, model.TranscriptionDateTime);
        if (version.Generation != SchemaGeneration.V30)
        {
            WriteFeatures(writer, model.Features, isBaseModel: false);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public void WriteEndpoint(Utf8JsonWriter writer, EndpointEntity endpoint)
    {
        writer.WriteStartObject();
        writer.WriteString("self", Url($"endpoints/{endpoint.Id}"));
        WriteReference(writer, "model", IsCustomModel(endpoint) ? $"models/{endpoint.ModelId}" : $"models/base/{endpoint.ModelId}");
        if (endpoint.ProjectId is Guid projectId && version.IsPathStyle)
        {
            WriteReference(writer, "project", $"projects/{projectId}");
        }

        writer.WriteStartObject("links");
        if (version.IsPathStyle)
        {
            writer.WriteString("logs", Url($"endpoints/{endpoint.Id}/files/logs"));
            foreach (string mode in new[] { "interactive", "conversation", "dictation" })
            {
                string suffix = $"{RecognitionRegion}.stt.speech.microsoft.com/speech/recognition/{mode}/cognitiveservices/v1?cid={endpoint.Id}";
                string name = char.ToUpperInvariant(mode[0]) + mode[1..];
                writer.WriteString("rest" + name, "https://" + suffix);
                writer.WriteString("webSocket" + name, "wss://" + suffix);
            }
        }
        else
        {
            writer.WriteString("webSocket", $"wss://{RecognitionRegion}.stt.speech.microsoft.com/stt/speech/universal/v2?cid={endpoint.Id}");
        }

        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteBoolean("loggingEnabled", false);
        writer.WriteEndObject();
        WriteShared(writer, endpoint);
        writer.WriteEndObject();
    }

    /// <summary>The entity URL in this version's style: <c>/speechtotext/v3.2/{path}</c> or <c>/speechtotext/{path}?api-version=…</c>.</summary>
    public string Url(string path) => version.IsPathStyle
        ? $"{origin}/speechtotext/{version.Name}/{path}"
        : $"{origin}/speechtotext/{path}?api-version={version.Name}";

    private bool IsCustomModel(EndpointEntity endpoint) => endpoint.ModelKind is { } kind
        ? kind.Equals("custom", StringComparison.OrdinalIgnoreCase)
        : data.FindCustomModel(endpoint.ModelId) is not null;

    private void WriteReference(Utf8JsonWriter writer, string name, string path)
    {
        writer.WriteStartObject(name);
        writer.WriteString("self", Url(path));
        writer.WriteEndObject();
    }

    private static void WriteShared(Utf8JsonWriter writer, SpeechEntity entity)
    {
        writer.WriteString("displayName", entity.DisplayName);
        if (entity.Description is not null)
        {
            writer.WriteString("description", entity.Description);
        }

        writer.WriteString("locale", entity.Locale);
        writer.WriteString("createdDateTime", FormatDate(entity.CreatedDateTime));
        writer.WriteString("lastActionDateTime", FormatDate(entity.LastActionDateTime ?? entity.CreatedDateTime));
        writer.WriteString("status", entity.Status);
    }

    private static void WriteDeprecationDates(Utf8JsonWriter writer, DateTimeOffset? adaptation, DateTimeOffset? transcription)
    {
        if (adaptation is null && transcription is null)
        {
            return;
        }

        writer.WriteStartObject("deprecationDates");
        if (adaptation is { } a)
        {
            writer.WriteString("adaptationDateTime", FormatDate(a));
        }

        if (transcription is { } t)
        {
            writer.WriteString("transcriptionDateTime", FormatDate(t));
        }

        writer.WriteEndObject();
    }

    private void WriteFeatures(Utf8JsonWriter writer, ModelFeatures features, bool isBaseModel)
    {
        writer.WriteStartObject("features");
        if (isBaseModel)
        {
            WriteStrings(writer, "supportsAdaptationsWith", features.SupportsAdaptationsWith);
        }

        if (version.IsPathStyle)
        {
            writer.WriteBoolean("supportsTranscriptions", features.SupportsTranscriptions);
        }
        else
        {
            writer.WriteBoolean("supportsTranscriptionsSubmit", features.SupportsTranscriptions);
            writer.WriteBoolean("supportsTranscriptionsTranscribe", features.SupportsTranscriptionsTranscribe ?? features.SupportsTranscriptions);
        }

        writer.WriteBoolean("supportsEndpoints", features.SupportsEndpoints);
        writer.WriteBoolean("supportsTranscriptionsOnSpeechContainers", features.SupportsTranscriptionsOnSpeechContainers);
        if (version.Generation != SchemaGeneration.V31)
        {
            WriteStrings(writer, "supportedOutputFormats", features.SupportedOutputFormats);
        }

        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
