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
        foreach (var item in JsonStrings.All(root))
        {
            var value = item.Value;
            foreach (var reference in ReferenceRecognizer.FindReferences(value.Text!))
            {
                found.Add(new Found(reference.Kind, reference.Id, reference.Host, RouteOf(reference.Kind, item), JsonStrings.Map(value, content, reference.Start, reference.Length)));
            }

            if (item.Key is not null && ConfigKeyConvention.KindForKey(item.Key) is ReferenceKind kind && ReferenceRecognizer.TryParseId(value.Text!, out var id))
            {
                found.Add(new Found(kind, id, null, RouteOf(kind, item), JsonStrings.Inner(value)));
            }
        }

        return found;
    }

    private static LifecycleRoute RouteOf(ReferenceKind kind, JsonStrings.Item item) =>
        kind == ReferenceKind.Endpoint ? LifecycleRoute.Endpoint
        : item.UnderBaseModel ? LifecycleRoute.Training
        : LifecycleRoute.Transcription;
}
