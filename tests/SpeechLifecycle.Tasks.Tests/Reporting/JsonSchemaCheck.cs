using System.Text.Json;
using System.Text.RegularExpressions;

namespace SpeechLifecycle.Tasks.Tests.Reporting;

/// <summary>
/// A small JSON Schema (2020-12) checker for the keywords docs/schemas/speech-lifecycle-report.schema.json uses:
/// type, required, properties, additionalProperties: false, items, enum, const, pattern, minimum, $ref to #/$defs,
/// allOf, oneOf. An unknown keyword fails, so the schema cannot grow past what this checks.
/// </summary>
internal sealed class JsonSchemaCheck
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "title", "description", "type", "required", "properties", "additionalProperties", "items",
        "enum", "const", "pattern", "minimum", "$ref", "$defs", "allOf", "oneOf",
    };

    private readonly JsonElement _root;

    public JsonSchemaCheck(JsonElement root) => _root = root;

    public static string SchemaPath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs", "schemas", "speech-lifecycle-report.schema.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/schemas/speech-lifecycle-report.schema.json not found above " + AppContext.BaseDirectory);
    }

    public static List<string> Validate(string json)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath()));
        using var document = JsonDocument.Parse(json);
        var errors = new List<string>();
        new JsonSchemaCheck(schema.RootElement).Check(schema.RootElement, document.RootElement, "$", errors);
        return errors;
    }

    public void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                errors.Add($"{path}: the checker does not know the schema keyword '{keyword.Name}'");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            Assert.StartsWith("#/$defs/", name, StringComparison.Ordinal);
            Check(_root.GetProperty("$defs").GetProperty(name["#/$defs/".Length..]), value, path, errors);
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(part, value, path, errors);
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matching = oneOf.EnumerateArray().Count(part =>
            {
                var partErrors = new List<string>();
                Check(part, value, path, partErrors);
                return partErrors.Count == 0;
            });
            if (matching != 1)
            {
                errors.Add($"{path}: matches {matching} of oneOf");
            }
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : new List<string> { type.GetString()! };
            if (!types.Any(t => IsType(value, t)))
            {
                errors.Add($"{path}: {value.ValueKind} is not {string.Join("|", types)}");
                return;
            }
        }

        if (schema.TryGetProperty("const", out var constant) && constant.GetRawText() != value.GetRawText())
        {
            errors.Add($"{path}: {value.GetRawText()} is not {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.GetRawText() == value.GetRawText()))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            errors.Add($"{path}: '{value.GetString()}' does not match {pattern.GetString()}");
        }

        if (value.ValueKind == JsonValueKind.Number && schema.TryGetProperty("minimum", out var minimum) && value.GetDouble() < minimum.GetDouble())
        {
            errors.Add($"{path}: {value.GetDouble()} < {minimum.GetDouble()}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.TryGetProperty(name, out _))
                    {
                        errors.Add($"{path}: missing required '{name}'");
                    }
                }
            }

            var properties = schema.TryGetProperty("properties", out var declared) ? declared : default;
            foreach (var member in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var memberSchema))
                {
                    Check(memberSchema, member.Value, path + "." + member.Name, errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{path}: unexpected member '{member.Name}'");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{index++}]", errors);
            }
        }
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException("unknown type " + type),
    };
}
