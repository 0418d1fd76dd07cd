using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace BatchTranscription;

public static class Program
{
    public static async Task Main()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://eastus.api.cognitive.microsoft.com/") };
        http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", Environment.GetEnvironmentVariable("SPEECH_KEY"));
        var client = new TranscriptionClient(http);
        var audio = new Uri("https://example.com/audio/call-0001.wav");
        Console.WriteLine(await client.SubmitWithCurrentBaseModelAsync(audio));
    }
}
