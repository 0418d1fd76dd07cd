using System;
using System.Collections.Generic;
using System.Globalization;
using SpeechLifecycle.Json;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// Maps the Speech-to-text REST schemas of every supported version (speech-rest-api.md §2) onto
/// <see cref="LifecycleEntry"/>: v3.0's single Model, v3.1/v3.2's BaseModel/CustomModel, 2024-11-15+'s renamed
/// features; both error envelopes (§3). Order-independent and tolerant of missing fields; throws
/// <see cref="FormatException"/> (or <see cref="JsonParseException"/>) when the body is not such an object.
/// </summary>
public static class ResponseParser
{
    public static LifecycleEntry ParseModel(string body, ReferenceKind expectedKind, string host) =>
        ParseModel(ParseObject(body), expectedKind, host);

    public static LifecycleEntry ParseModel(JsonValue model, ReferenceKind expectedKind, string host)
    {
        var self = ServiceUri.TryParse(StringAt(model, "self"));
        if (self is null)
        {
            throw new FormatException("The model has no 'self' URL with a model ID.");
        }

        var entry = new LifecycleEntry
        {
            Kind = self.Kind == ReferenceKind.Endpoint ? expectedKind : self.Kind,
            Id = self.Id,
            Host = host,
            Locale = StringAt(model, "locale"),
            DisplayName = StringAt(model, "displayName"),
            Status = StringAt(model, "status"),
            CreatedDateTime = DateAt(model, "createdDateTime"),
        };

        var properties = model["properties"];
        var dates = properties?["deprecationDates"];
        entry.AdaptationDateTime = DateAt(dates, "adaptationDateTime");
        entry.TranscriptionDateTime = DateAt(dates, "transcriptionDateTime");

        var features = properties?["features"];
        if (features is not null)
        {
            // v3.x: supportsTranscriptions; 2024-11-15+: supportsTranscriptionsSubmit (batch) and ...Transcribe (fast).
            var transcriptions = BoolAt(features, "supportsTranscriptions") ?? BoolAt(features, "supportsTranscriptionsSubmit");
            entry.SupportsTranscriptions = transcriptions ?? true;
            entry.SupportsEndpoints = BoolAt(features, "supportsEndpoints") ?? true;
            var adaptations = features["supportsAdaptationsWith"];
            entry.SupportsAdaptation = entry.Kind != ReferenceKind.CustomModel
                && (adaptations is null || adaptations.Kind != JsonKind.Array || adaptations.Items.Count > 0);
        }
        else if (entry.Kind == ReferenceKind.CustomModel)
        {
            entry.SupportsAdaptation = false;
        }

        var project = ServiceUri.LastSegment(StringAt(model["project"], "self"));
        entry.Project = project;

        var baseModel = ServiceUri.TryParse(StringAt(model["baseModel"], "self"));
        if (baseModel is not null)
        {
            entry.BaseModel = new EntityLink(ReferenceKind.BaseModel, baseModel.Id, host);
        }

        return entry;
    }

    public static LifecycleEntry ParseEndpoint(string body, string host)
    {
        var endpoint = ParseObject(body);
        var self = ServiceUri.TryParse(StringAt(endpoint, "self"));
        if (self is null || self.Kind != ReferenceKind.Endpoint)
        {
            throw new FormatException("The endpoint has no 'self' URL with an endpoint ID.");
        }

        var entry = new LifecycleEntry
        {
            Kind = ReferenceKind.Endpoint,
            Id = self.Id,
            Host = host,
            Locale = StringAt(endpoint, "locale"),
            DisplayName = StringAt(endpoint, "displayName"),
            Status = StringAt(endpoint, "status"),
            CreatedDateTime = DateAt(endpoint, "createdDateTime"),
        };

        var project = ServiceUri.LastSegment(StringAt(endpoint["project"], "self"));
        entry.Project = project;
        var model = ServiceUri.TryParse(StringAt(endpoint["model"], "self"));
        if (model is not null && model.Kind != ReferenceKind.Endpoint)
        {
            entry.Model = new EntityLink(model.Kind, model.Id, host);
        }

        return entry;
    }

    /// <summary>One page of a list: its models and the <c>@nextLink</c> (null on the last page).</summary>
    public static IReadOnlyList<LifecycleEntry> ParseModelPage(string body, ReferenceKind expectedKind, string host, out string? nextLink)
    {
        var page = ParseObject(body);
        var values = page["values"];
        if (values is null || values.Kind != JsonKind.Array)
        {
            throw new FormatException("The list has no 'values' array.");
        }

        var entries = new List<LifecycleEntry>();
        foreach (var item in values.Items)
        {
            if (item.Kind == JsonKind.Object)
            {
                entries.Add(ParseModel(item, expectedKind, host));
            }
        }

        nextLink = StringAt(page, "@nextLink");
        return entries;
    }

    /// <summary>
    /// The message of an error body: the gateway's wrapped <c>{"error":{"code","message"}}</c> or the service's
    /// top-level <c>{"code","message","innerError"}</c>; null when the body is neither.
    /// </summary>
    public static string? ParseErrorMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        JsonValue root;
        try
        {
            root = JsonParser.Parse(body!);
        }
        catch (JsonParseException)
        {
            return null;
        }

        var error = root.Kind == JsonKind.Object && root["error"]?.Kind == JsonKind.Object ? root["error"]! : root;
        if (error.Kind != JsonKind.Object)
        {
            return null;
        }

        var code = error["code"]?.Text;
        var message = error["message"]?.Text;
        var inner = error["innerError"]?["code"]?.Text;
        if (code is null && message is null)
        {
            return null;
        }

        var text = code is null ? message! : (message is null ? code : code + ": " + message);
        return inner is null ? text : text + " (" + inner + ")";
    }

    private static JsonValue ParseObject(string body)
    {
        var root = JsonParser.Parse(body);
        if (root.Kind != JsonKind.Object)
        {
            throw new FormatException("The response is not a JSON object.");
        }

        return root;
    }

    private static string? StringAt(JsonValue? value, string name)
    {
        var property = value?[name];
        return property is not null && property.Kind == JsonKind.String ? property.Text : null;
    }

    private static bool? BoolAt(JsonValue value, string name) => value[name]?.Kind switch
    {
        JsonKind.True => true,
        JsonKind.False => false,
        _ => null,
    };

    private static DateTime? DateAt(JsonValue? value, string name)
    {
        var text = StringAt(value, name);
        if (text is null)
        {
            return null;
        }

        // DateTimeOffset, not DateTime: it refuses a date whose UTC value falls outside 0001..9999
        // (0001-01-01T00:00:00+05:00), where DateTime.TryParse would quietly clamp it (docs/snapshot-format.md, "Dates").
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return date.UtcDateTime;
        }

        throw new FormatException($"'{name}' is not a date: '{text}'.");
    }
}
