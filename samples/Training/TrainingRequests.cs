using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Training;

/// <summary>Creates custom models (<c>POST speechtotext/models</c>) on top of base models.</summary>
public sealed class TrainingRequests
{
    private const string ModelsPath = "speechtotext/models?api-version=2025-10-15";

    private readonly HttpClient _http;

    public TrainingRequests(HttpClient http) => _http = http;

    /// <summary>Trains on a base model whose training window closed on 2023-01-15 (SPL1003).</summary>
    public Task<HttpResponseMessage> TrainOnLegacyBaseModelAsync(Uri dataset) =>
        _http.PostAsJsonAsync(ModelsPath, new
        {
            displayName = "call center (legacy base)",
            locale = "en-US",
            baseModel = new { self = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/1aae1070-7972-47e9-a977-87e3b05c457d?api-version=2025-10-15" },
            datasets = new[] { new { self = dataset } },
        });

    /// <summary>Trains on a base model whose training window closes on 2027-01-15 (SPL1004).</summary>
    public Task<HttpResponseMessage> TrainOnOctoberBaseModelAsync(Uri dataset) =>
        _http.PostAsJsonAsync(ModelsPath, new
        {
            displayName = "call center (October base)",
            locale = "en-US",
            baseModel = new { self = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/92b166ca-588d-42e1-8024-e130441dc067?api-version=2025-10-15" },
            datasets = new[] { new { self = dataset } },
        });

    /// <summary>Trains on a base model that accepts training until 2027-10-15: no diagnostic.</summary>
    public Task<HttpResponseMessage> TrainOnCurrentBaseModelAsync(Uri dataset) =>
        _http.PostAsJsonAsync(ModelsPath, new
        {
            displayName = "call center",
            locale = "en-US",
            baseModel = new { self = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/54b84fc7-2d66-4e15-aa79-01955cb64f29?api-version=2025-10-15" },
            datasets = new[] { new { self = dataset } },
        });
}
