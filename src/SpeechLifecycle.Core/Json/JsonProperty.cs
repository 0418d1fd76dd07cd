namespace SpeechLifecycle.Json;

public sealed class JsonProperty
{
    public JsonProperty(string name, int nameStart, JsonValue value)
    {
        Name = name;
        NameStart = nameStart;
        Value = value;
    }

    public string Name { get; }

    /// <summary>Offset of the property name's opening quote.</summary>
    public int NameStart { get; }

    public JsonValue Value { get; }
}
