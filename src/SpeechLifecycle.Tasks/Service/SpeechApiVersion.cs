using System;
using System.Globalization;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// The REST API versions the task can query (speech-rest-api.md §1). Date versions go in <c>?api-version=</c>;
/// v3.x versions go in the path. Older and preview versions are not accepted: they are retired or unstable.
/// </summary>
public sealed class SpeechApiVersion
{
    public static readonly string[] Supported = { "2025-10-15", "2024-11-15", "v3.2", "v3.1" };

    private SpeechApiVersion(string name) => Name = name;

    public string Name { get; }

    public bool IsPathStyle => Name.StartsWith("v", StringComparison.Ordinal);

    public static bool TryParse(string? text, out SpeechApiVersion version)
    {
        foreach (var supported in Supported)
        {
            if (string.Equals(supported, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                version = new SpeechApiVersion(supported);
                return true;
            }
        }

        version = new SpeechApiVersion(Supported[0]);
        return false;
    }

    public Uri BaseModel(Uri resource, Guid id) => Build(resource, "models/base/" + id.ToString("D"), null);

    public Uri CustomModel(Uri resource, Guid id) => Build(resource, "models/" + id.ToString("D"), null);

    public Uri Endpoint(Uri resource, Guid id) => Build(resource, "endpoints/" + id.ToString("D"), null);

    public Uri BaseModelsForLocale(Uri resource, string locale) =>
        Build(resource, "models/base", "filter=" + Uri.EscapeDataString(string.Format(CultureInfo.InvariantCulture, "locale eq '{0}'", locale)));

    private Uri Build(Uri resource, string relative, string? query)
    {
        var root = resource.GetLeftPart(UriPartial.Authority);
        var path = IsPathStyle ? $"{root}/speechtotext/{Name}/{relative}" : $"{root}/speechtotext/{relative}";
        var fullQuery = IsPathStyle ? query : (query is null ? "api-version=" + Name : query + "&api-version=" + Name);
        return new Uri(fullQuery is null ? path : path + "?" + fullQuery);
    }
}
