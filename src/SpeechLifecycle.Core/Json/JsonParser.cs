using System;

namespace SpeechLifecycle.Json;

/// <summary>
/// Parses JSON text into <see cref="JsonValue"/>s with positions. Accepts what appsettings files contain in practice
/// (<c>//</c> and <c>/* */</c> comments, trailing commas, a BOM); anything else malformed throws
/// <see cref="JsonParseException"/>. Nesting depth is bounded so hostile input cannot overflow the stack.
/// </summary>
public static class JsonParser
{
    public const int MaxDepth = 128;

    public static JsonValue Parse(string text) => throw new NotImplementedException();
}
