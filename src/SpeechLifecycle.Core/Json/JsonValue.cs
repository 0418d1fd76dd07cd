using System;
using System.Collections.Generic;

namespace SpeechLifecycle.Json;

/// <summary>
/// A parsed JSON value that remembers where it stood in the text, so diagnostics can point at a config line.
/// Hand-written rather than System.Text.Json because the analyzer must not load System.Text.Json
/// (analyzer-engineering-notes.md D3/D8).
/// </summary>
public sealed class JsonValue
{
    public JsonValue(JsonKind kind, string? text, IReadOnlyList<JsonProperty>? properties, IReadOnlyList<JsonValue>? items, int start, int length, int line, int column)
    {
        Kind = kind;
        Text = text;
        Properties = properties ?? Array.Empty<JsonProperty>();
        Items = items ?? Array.Empty<JsonValue>();
        Start = start;
        Length = length;
        Line = line;
        Column = column;
    }

    public JsonKind Kind { get; }

    /// <summary>The unescaped value of a string, or the literal text of a number; null otherwise.</summary>
    public string? Text { get; }

    public IReadOnlyList<JsonProperty> Properties { get; }

    public IReadOnlyList<JsonValue> Items { get; }

    /// <summary>Offset of the value's first character (the opening quote of a string) in the parsed text.</summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>1-based line of <see cref="Start"/>.</summary>
    public int Line { get; }

    /// <summary>1-based column of <see cref="Start"/>.</summary>
    public int Column { get; }

    /// <summary>The value of the first property named <paramref name="name"/> (ordinal), or null.</summary>
    public JsonValue? this[string name]
    {
        get
        {
            // By index: a foreach over the interface would allocate an enumerator per lookup.
            for (var i = 0; i < Properties.Count; i++)
            {
                if (string.Equals(Properties[i].Name, name, StringComparison.Ordinal))
                {
                    return Properties[i].Value;
                }
            }

            return null;
        }
    }
}
