using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Json;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// References in a JSON config file (CONTRACT §3): URIs anywhere in string values, and bare GUIDs under keys ending in
/// <c>EndpointId</c>, <c>CustomModelId</c>, <c>BaseModelId</c> or <c>ModelId</c>; a value under a <c>baseModel</c> key is a
/// training base. Spans cover the text inside the quotes, so diagnostics point at the config line.
/// </summary>
internal static class ConfigFileScanner
{
    public sealed class Found
    {
        public Found(ReferenceKind kind, Guid id, string? host, LifecycleRoute route, TextSpan span)
        {
            Kind = kind;
            Id = id;
            Host = host;
            Route = route;
            Span = span;
        }

        public Found(string parseError, TextSpan span)
        {
            ParseError = parseError;
            Span = span;
        }

        public ReferenceKind Kind { get; }

        public Guid Id { get; }

        public string? Host { get; }

        public LifecycleRoute Route { get; }

        public TextSpan Span { get; }

        /// <summary>Set when the file is not valid JSON; then this is the only result.</summary>
        public string? ParseError { get; }
    }

    public static IReadOnlyList<Found> Scan(SourceText text)
    {
        var content = text.ToString();
        if (!ReferenceRecognizer.MightContainReference(content) && content.IndexOf("Id", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return Array.Empty<Found>();
        }

        JsonValue root;
        try
        {
            root = JsonParser.Parse(content);
        }
        catch (JsonParseException error)
        {
            var line = Math.Max(0, Math.Min(error.Line - 1, text.Lines.Count - 1));
            var position = Math.Min(text.Lines[line].Start + Math.Max(0, error.Column - 1), text.Lines[line].End);
            return new[] { new Found(error.Message, new TextSpan(position, 0)) };
        }

        var found = new List<Found>();
        Walk(root, key: null, underBaseModel: false, content, found);
        return found;
    }

    private static void Walk(JsonValue value, string? key, bool underBaseModel, string content, List<Found> found)
    {
        switch (value.Kind)
        {
            case JsonKind.Object:
                foreach (var property in value.Properties)
                {
                    var nested = underBaseModel || ReferenceContext.IsBaseModel(property.Name);
                    Walk(property.Value, property.Name, nested, content, found);
                }

                break;
            case JsonKind.Array:
                foreach (var item in value.Items)
                {
                    Walk(item, key, underBaseModel, content, found);
                }

                break;
            case JsonKind.String when value.Text is not null:
                ScanString(value, key, underBaseModel, content, found);
                break;
        }
    }

    private static void ScanString(JsonValue value, string? key, bool underBaseModel, string content, List<Found> found)
    {
        var inner = new TextSpan(value.Start + 1, Math.Max(0, value.Length - 2));

        // Without escapes the value maps one-to-one onto the text inside the quotes; with them, point at the whole value.
        var verbatim = inner.Length == value.Text!.Length && inner.End <= content.Length && string.CompareOrdinal(content, inner.Start, value.Text, 0, inner.Length) == 0;
        foreach (var reference in ReferenceRecognizer.FindReferences(value.Text!))
        {
            var route = reference.Kind == ReferenceKind.Endpoint ? LifecycleRoute.Endpoint
                : underBaseModel ? LifecycleRoute.Training
                : LifecycleRoute.Transcription;
            var span = verbatim ? new TextSpan(inner.Start + reference.Start, reference.Length) : inner;
            found.Add(new Found(reference.Kind, reference.Id, reference.Host, route, span));
        }

        if (key is not null && BareIdKind(key) is ReferenceKind kind && ReferenceRecognizer.TryParseId(value.Text!, out var id))
        {
            var route = kind == ReferenceKind.Endpoint ? LifecycleRoute.Endpoint : underBaseModel ? LifecycleRoute.Training : LifecycleRoute.Transcription;
            found.Add(new Found(kind, id, null, route, inner));
        }
    }

    private static ReferenceKind? BareIdKind(string key)
    {
        if (key.EndsWith("EndpointId", StringComparison.OrdinalIgnoreCase))
        {
            return ReferenceKind.Endpoint;
        }

        if (key.EndsWith("CustomModelId", StringComparison.OrdinalIgnoreCase))
        {
            return ReferenceKind.CustomModel;
        }

        if (key.EndsWith("BaseModelId", StringComparison.OrdinalIgnoreCase))
        {
            return ReferenceKind.BaseModel;
        }

        return key.EndsWith("ModelId", StringComparison.OrdinalIgnoreCase) ? ReferenceKind.Model : null;
    }
}
