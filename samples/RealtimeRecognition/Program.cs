using System;
using System.Threading.Tasks;
using Microsoft.CognitiveServices.Speech;

namespace RealtimeRecognition;

public static class Program
{
    private static readonly string Key = Environment.GetEnvironmentVariable("SPEECH_KEY") ?? "";

    public static async Task Main()
    {
        // The endpoint's deployed custom model expired on 2026-07-15: recognition silently falls back (SPL1005).
        var dictation = SpeechConfig.FromSubscription(Key, "eastus");
        dictation.EndpointId = "8403fae2-354d-4000-afc9-10112fc90c3c";
        using (var recognizer = new SpeechRecognizer(dictation))
        {
            Console.WriteLine((await recognizer.RecognizeOnceAsync()).Text);
        }

        // ?cid= names the endpoint; its model expires on 2027-01-15 (SPL1006).
        var conversation = SpeechConfig.FromEndpoint(new Uri("wss://eastus.stt.speech.microsoft.com/stt/speech/universal/v2?cid=a72d8aee-7ccb-41e5-aceb-66a4d152f2b3"), Key);
        using (var recognizer = new SpeechRecognizer(conversation))
        {
            Console.WriteLine((await recognizer.RecognizeOnceAsync()).Text);
        }

        // A per-language endpoint whose model is good until 2028-10-15: no diagnostic.
        var languages = AutoDetectSourceLanguageConfig.FromSourceLanguageConfigs(new[]
        {
            SourceLanguageConfig.FromLanguage("en-US", "9d0d1fcd-3922-4410-9212-838a5b3821b3"),
            SourceLanguageConfig.FromLanguage("de-DE"),
        });
        using (var recognizer = new SpeechRecognizer(SpeechConfig.FromSubscription(Key, "eastus"), languages))
        {
            Console.WriteLine((await recognizer.RecognizeOnceAsync()).Text);
        }

        // Speech synthesis: this EndpointId is a custom-voice deployment, not a speech-to-text endpoint. No diagnostic.
        var voice = SpeechConfig.FromSubscription(Key, "eastus");
        voice.SpeechSynthesisVoiceName = "ContosoNeural";
        voice.EndpointId = "29171cfb-095d-4a40-8ab5-279aacb4181a";
        using (var synthesizer = new SpeechSynthesizer(voice))
        {
            await synthesizer.SpeakTextAsync("Your call is important to us.");
        }
    }
}
