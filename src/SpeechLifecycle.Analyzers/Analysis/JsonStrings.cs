using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using SpeechLifecycle.Json;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>The string values of a parsed JSON config file, with their key and where a match inside one sits in the file.</summary>
internal static class JsonStrings
{
    public readonly struct Item
    {
        public Item(JsonValue value, string? key, bool underBaseModel)
        {
            Value = value;
            Key = key;
            UnderBaseModel = underBaseModel;
        }

        public JsonValue Value { get; }

        /// <summary>The nearest property name (an array item takes its array's).</summary>
        public string? Key { get; }

        /// <summary>True below a <c>baseModel</c> key: a training base.</summary>
        public bool UnderBaseModel { get; }
    }

    public static IEnumerable<Item> All(JsonValue root)
    {
        var pending = new Stack<Item>();
        pending.Push(new Item(root, null, false));
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            var value = item.Value;
            switch (value.Kind)
            {
                case JsonKind.Object:
                    for (var i = value.Properties.Count - 1; i >= 0; i--)
                    {
                        var property = value.Properties[i];
                        pending.Push(new Item(property.Value, property.Name, item.UnderBaseModel || ReferenceContext.IsBaseModel(property.Name)));
                    }

                    break;
                case JsonKind.Array:
                    for (var i = value.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push(new Item(value.Items[i], item.Key, item.UnderBaseModel));
                    }

                    break;
                case JsonKind.String when value.Text is not null:
                    yield return item;
                    break;
            }
        }
    }

    /// <summary>The text inside the quotes of <paramref name="value"/>.</summary>
    public static TextSpan Inner(JsonValue value) => new(value.Start + 1, Math.Max(0, value.Length - 2));

    /// <summary>
    /// Where <c>value.Text[start..start+length]</c> stands in <paramref name="content"/>. Without escapes the value maps
    /// one-to-one onto the text inside the quotes; with them, the whole value is the location.
    /// </summary>
    public static TextSpan Map(JsonValue value, string content, int start, int length)
    {
        var inner = Inner(value);
        var verbatim = value.Text is not null
            && inner.Length == value.Text.Length
            && inner.End <= content.Length
            && string.CompareOrdinal(content, inner.Start, value.Text, 0, inner.Length) == 0;
        return verbatim ? new TextSpan(inner.Start + start, length) : inner;
    }
}
