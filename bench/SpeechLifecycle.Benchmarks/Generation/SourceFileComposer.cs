using System.Globalization;
using System.Text;

namespace SpeechLifecycle.Benchmarks.Generation;

/// <summary>
/// Writes one generated C# file: ordinary application code (records, LINQ, async, switch expressions) full of noise
/// the recognisers must reject cheaply (unrelated URIs, GUIDs in strings and comments, SQL, log templates, other
/// Cognitive Services paths, documentation placeholders), plus the given model references in the forms the contract
/// lists (management URIs of every version, custom-subdomain hosts, batch and training request bodies, SDK endpoint
/// IDs, real-time <c>?cid=</c> URIs). About 100 lines a file.
/// </summary>
public sealed class SourceFileComposer
{
    private static readonly string[] Regions = ["eastus", "westus", "westeurope", "northeurope", "japaneast", "centralindia"];

    private readonly Random _random;

    public SourceFileComposer(Random random) => _random = random;

    public string Compose(int fileIndex, IReadOnlyList<CatalogModel> references, bool useBannedApis, bool speechNoise = true)
    {
        var area = fileIndex / 100;
        var text = new StringBuilder(6 * 1024);
        text.Append("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;

            """);
        if (speechNoise || references.Count > 0)
        {
            text.Append("using Microsoft.CognitiveServices.Speech;\n\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"namespace Bench.Generated.Area{area};\n\n");
        text.Append(CultureInfo.InvariantCulture, $"public sealed record OrderLine{fileIndex}(Guid Id, string Sku, int Quantity, decimal Price);\n\n");
        text.Append(CultureInfo.InvariantCulture, $"/// <summary>Component {fileIndex}. Sample tenant {Guid()} appears in this comment only.</summary>\n");
        text.Append(CultureInfo.InvariantCulture, $"public sealed class Component{fileIndex}\n{{\n");
        text.Append(CultureInfo.InvariantCulture, $"    private const string TableName = \"orders_{fileIndex}\";\n");
        text.Append(CultureInfo.InvariantCulture, $"    private const string CorrelationKey = \"{Guid()}\";\n");
        text.Append(CultureInfo.InvariantCulture, $"    private static readonly Guid TenantId = new Guid(\"{Guid()}\");\n");
        text.Append("    // Docs placeholder, not a reference: aaaabbbb-0000-cccc-1111-dddd2222eeee\n");
        text.Append("    private static readonly string Host = Environment.MachineName.Length > 0 ? \"https://eastus.api.cognitive.microsoft.com\" : \"\";\n");
        text.Append("    private readonly Dictionary<string, int> _counts = new Dictionary<string, int>(StringComparer.Ordinal);\n\n");

        text.Append(CultureInfo.InvariantCulture, $$"""
                public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
                {
                    ["Storage:Container"] = "https://contoso{{fileIndex}}.blob.core.windows.net/audio/{{Guid()}}.wav",
                    ["Language:Endpoint"] = "https://{{Region()}}.api.cognitive.microsoft.com/text/analytics/v3.1/languages",
                    ["Translator:Route"] = "https://api.cognitive.microsofttranslator.com/translate?api-version=3.0&to=de",
                    ["Tenant"] = "{{Guid()}}",
                    ["Docs"] = "https://learn.microsoft.com/azure/ai-services/speech-service/how-to-custom-speech-model-and-endpoint-lifecycle",
                    ["Placeholder"] = "00000000-0000-0000-0000-000000000000",
                };

                public string Describe(int value) => value switch
                {
                    0 => "zero",
                    1 => "one",
                    < 0 => $"negative ({value}) in {TableName}",
                    _ => $"many ({value}) in {TableName} for tenant {TenantId:D}",
                };

                public string OrderUrl(string id) => $"https://api.contoso.example/v2/orders/{id}?tenant={TenantId}&correlation={CorrelationKey}";

                public string Query => "SELECT Id, Sku, Quantity, Price FROM dbo." + TableName + " WHERE TenantId = @tenant AND Status = 'open'";

                public decimal Total(IEnumerable<OrderLine{{fileIndex}}> lines) =>
                    lines.Where(l => l.Quantity > 0).GroupBy(l => l.Sku).Select(g => g.Sum(l => l.Price * l.Quantity)).DefaultIfEmpty().Sum();

                public async Task<int> ProcessAsync(IReadOnlyList<string> items)
                {
                    var processed = 0;
                    foreach (var item in items)
                    {
                        await Task.Yield();
                        _counts[item] = _counts.TryGetValue(item, out var count) ? count + 1 : 1;
                        processed += item.Length % 7 == 0 ? 2 : 1;
                    }

                    return processed;
                }

                public string LogLine(int count, string name, double elapsed) =>
                    $"Processed {count} items for {name} in {elapsed:F1} ms (request {{Guid()}}, {{Region()}})";

                public static int Checksum(string text)
                {
                    unchecked
                    {
                        var hash = 17;
                        for (var i = 0; i < text.Length; i++)
                        {
                            hash = (hash * 31) + text[i];
                        }

                        return hash;
                    }
                }

                public IEnumerable<string> Validate(OrderLine{{fileIndex}} line)
                {
                    if (line.Id == Guid.Empty)
                    {
                        yield return "Order line has no id (expected e.g. {{Guid()}})";
                    }

                    if (string.IsNullOrWhiteSpace(line.Sku) || line.Sku.Length > 32)
                    {
                        yield return $"SKU '{line.Sku}' must be 1-32 characters; see https://wiki.contoso.example/sku-rules#length";
                    }

                    if (line.Quantity is < 0 or > 10_000)
                    {
                        yield return $"Quantity {line.Quantity} out of range for table {TableName}";
                    }

                    if (line.Price < 0m)
                    {
                        yield return "Negative price; refunds go through /api/v2/refunds/{{Guid()}} instead";
                    }
                }

                public static string Summarize(IReadOnlyCollection<string> messages) =>
                    messages.Count == 0 ? "ok" : string.Join("; ", messages.OrderBy(m => m, StringComparer.Ordinal).Take(5));

            """);

        if (speechNoise && fileIndex % 4 == 1)
        {
            // A Speech base path that is not a model reference: every fourth file talks to the batch API.
            text.Append("    public static string Transcriptions(string host) => host + \"/speechtotext/transcriptions:submit?api-version=2025-10-15\";\n");
        }

        for (var i = 0; i < references.Count; i++)
        {
            AppendReference(text, references[i], i);
        }

        if (useBannedApis)
        {
            text.Append("""

                    public static string Stamp()
                    {
                        Console.WriteLine("stamping");
                        var id = Guid.NewGuid();
                        return DateTime.Now.ToString("O") + id + Environment.GetEnvironmentVariable("BUILD_ID");
                    }

                """);
        }

        text.Append("}\n");
        return text.ToString();
    }

    private void AppendReference(StringBuilder text, CatalogModel model, int index)
    {
        var id = model.Id.ToString("D");
        var region = Region();
        var form = _random.Next(4);
        text.Append('\n');
        switch (model.Kind)
        {
            case CatalogKind.BaseModel when form < 2:
                text.Append(CultureInfo.InvariantCulture, $"    public static readonly Uri BaseModel{index} = new Uri(\"https://{region}.api.cognitive.microsoft.com/speechtotext/models/base/{id}?api-version=2025-10-15\");\n");
                break;
            case CatalogKind.BaseModel when form == 2:
                text.Append(CultureInfo.InvariantCulture, $"    public object TrainingRequest{index}() => new {{ displayName = \"retrain {index}\", locale = \"{model.Locale}\", baseModel = new {{ self = $\"{{Host}}/speechtotext/models/base/{id}?api-version=2025-10-15\" }} }};\n");
                break;
            case CatalogKind.BaseModel:
                text.Append(CultureInfo.InvariantCulture, $"    private const string LegacyBaseModel{index} = \"https://{region}.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/{id}\";\n");
                break;
            case CatalogKind.CustomModel when form < 2:
                text.Append(CultureInfo.InvariantCulture, $"    private const string CustomModel{index} = \"https://{region}.api.cognitive.microsoft.com/speechtotext/v3.2/models/{id}\";\n");
                break;
            case CatalogKind.CustomModel:
                text.Append(CultureInfo.InvariantCulture, $"    public object TranscriptionRequest{index}() => new {{ displayName = \"nightly batch\", locale = \"{model.Locale}\", model = new {{ self = \"https://contoso-speech.cognitiveservices.azure.com/speechtotext/models/{id}?api-version=2025-10-15\" }} }};\n");
                break;
            case CatalogKind.Endpoint when form == 0:
                text.Append(CultureInfo.InvariantCulture, $$"""
                        public static SpeechRecognizer Recognizer{{index}}(string key)
                        {
                            var config = SpeechConfig.FromSubscription(key, "{{region}}");
                            config.SpeechRecognitionLanguage = "{{model.Locale}}";
                            config.EndpointId = "{{id}}";
                            return new SpeechRecognizer(config);
                        }

                    """);
                break;
            case CatalogKind.Endpoint when form == 1:
                text.Append(CultureInfo.InvariantCulture, $"    public static SourceLanguageConfig Language{index}() => SourceLanguageConfig.FromLanguage(\"{model.Locale}\", \"{id}\");\n");
                break;
            case CatalogKind.Endpoint when form == 2:
                text.Append(CultureInfo.InvariantCulture, $"    public static readonly Uri RealTime{index} = new Uri(\"wss://{region}.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?cid={id}\");\n");
                break;
            default:
                text.Append(CultureInfo.InvariantCulture, $"    public const string EndpointManagement{index} = \"https://{region}.api.cognitive.microsoft.com/speechtotext/endpoints/{id}?api-version=2025-10-15\";\n");
                break;
        }
    }

    private string Guid() => ModelCatalog.NewGuid(_random).ToString("D");

    private string Region() => Regions[_random.Next(Regions.Length)];
}
