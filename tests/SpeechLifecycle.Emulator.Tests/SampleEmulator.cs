using System.Text.Json;

namespace SpeechLifecycle.Emulator.Tests;

/// <summary>Starts an emulator on the shipped sample data and talks to it over loopback HTTP.</summary>
internal static class SampleEmulator
{
    public const string Key = "emulator-key";

    public static Task<SpeechEmulator> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { DataFile = EmulatorData.SampleDataFile };
        configure?.Invoke(options);
        return SpeechEmulator.StartAsync(options);
    }

    public static HttpClient CreateClient(this SpeechEmulator emulator, string? key = Key)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = emulator.BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
        }

        return client;
    }

    public static async Task<(int Status, JsonElement Body)> GetJsonAsync(this HttpClient client, string relativeUrl)
    {
        using HttpResponseMessage response = await client.GetAsync(relativeUrl);
        string text = await response.Content.ReadAsStringAsync();
        JsonElement body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return ((int)response.StatusCode, body);
    }

    /// <summary>The last path segment of a <c>self</c> URL, without the query: the entity's ID.</summary>
    public static string IdOf(JsonElement entity)
    {
        var self = new Uri(entity.GetProperty("self").GetString()!);
        return self.Segments[^1];
    }
}
