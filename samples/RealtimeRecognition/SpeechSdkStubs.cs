// Stand-ins for the Speech SDK (Microsoft.CognitiveServices.Speech), which this project's package source does not
// have. Same namespaces, type names and member signatures as the SDK, so the analyzer sees what it sees in user code.
using System;
using System.Threading.Tasks;

namespace Microsoft.CognitiveServices.Speech;

public class SpeechConfig
{
    public string? EndpointId { get; set; }

    public string? SpeechRecognitionLanguage { get; set; }

    public string? SpeechSynthesisVoiceName { get; set; }

    public static SpeechConfig FromSubscription(string subscriptionKey, string region) => new();

    public static SpeechConfig FromEndpoint(Uri endpoint) => new();

    public static SpeechConfig FromEndpoint(Uri endpoint, string subscriptionKey) => new();
}

public sealed class SourceLanguageConfig
{
    public static SourceLanguageConfig FromLanguage(string language) => new();

    public static SourceLanguageConfig FromLanguage(string language, string endpointId) => new();
}

public sealed class AutoDetectSourceLanguageConfig
{
    public static AutoDetectSourceLanguageConfig FromSourceLanguageConfigs(SourceLanguageConfig[] sourceLanguageConfigs) => new();
}

public sealed class SpeechRecognitionResult
{
    public string Text { get; } = "";
}

public sealed class SpeechRecognizer : IDisposable
{
    public SpeechRecognizer(SpeechConfig speechConfig)
    {
    }

    public SpeechRecognizer(SpeechConfig speechConfig, AutoDetectSourceLanguageConfig autoDetectSourceLanguageConfig)
    {
    }

    public Task<SpeechRecognitionResult> RecognizeOnceAsync() => Task.FromResult(new SpeechRecognitionResult());

    public void Dispose()
    {
    }
}

public sealed class SpeechSynthesisResult
{
}

public sealed class SpeechSynthesizer : IDisposable
{
    public SpeechSynthesizer(SpeechConfig speechConfig)
    {
    }

    public Task<SpeechSynthesisResult> SpeakTextAsync(string text) => Task.FromResult(new SpeechSynthesisResult());

    public void Dispose()
    {
    }
}
