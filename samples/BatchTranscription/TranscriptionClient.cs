using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace BatchTranscription;

/// <summary>Submits batch transcriptions the way many real clients do: anonymous request bodies and model URIs.</summary>
public sealed class TranscriptionClient
{
    // Retired on 2026-03-31: every request under this path fails (SPL2001).
    private const string TranscriptionsPath = "speechtotext/v3.0/transcriptions";

    // A custom model trained in January 2025: transcription ends 2027-01-15 (SPL1002).
    private static readonly EntityReference CallCenterModel =
        new(new Uri("https://eastus.api.cognitive.microsoft.com/speechtotext/models/d669666d-2c1c-43be-90e1-d9f030a2021d?api-version=2025-10-15"));

    private readonly HttpClient _http;

    public TranscriptionClient(HttpClient http) => _http = http;

    /// <summary>Uses a base model that expired for transcription on 2024-01-15 (SPL1001).</summary>
    public Task<HttpResponseMessage> SubmitWithLegacyBaseModelAsync(Uri audio) =>
        _http.PostAsJsonAsync(TranscriptionsPath, new
        {
            contentUrls = new[] { audio },
            locale = "en-US",
            displayName = "legacy base model",
            model = new { self = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/1aae1070-7972-47e9-a977-87e3b05c457d?api-version=2025-10-15" },
        });

    /// <summary>Uses the custom call-center model.</summary>
    public Task<HttpResponseMessage> SubmitWithCallCenterModelAsync(Uri audio) =>
        _http.PostAsJsonAsync("speechtotext/transcriptions:submit?api-version=2025-10-15", new
        {
            contentUrls = new[] { audio },
            locale = "en-US",
            displayName = "call center",
            model = new { self = CallCenterModel.Self },
        });

    /// <summary>Uses a base model that is good until 2028-10-15: no diagnostic.</summary>
    public Task<HttpResponseMessage> SubmitWithCurrentBaseModelAsync(Uri audio) =>
        _http.PostAsJsonAsync("speechtotext/transcriptions:submit?api-version=2025-10-15", new
        {
            contentUrls = new[] { audio },
            locale = "en-US",
            displayName = "current base model",
            model = new { self = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/54b84fc7-2d66-4e15-aa79-01955cb64f29?api-version=2025-10-15" },
        });
}
