using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpeechLifecycle.Analyzers.Tests.Verifiers;

namespace SpeechLifecycle.Analyzers.Tests.Infrastructure;

/// <summary>
/// The Speech SDK's public surface that the analyzers look at, with the SDK's namespaces and member names
/// (Microsoft.CognitiveServices.Speech is not on this project's package source). Compiled once into an in-memory
/// assembly that test compilations reference, as a real project references the SDK.
/// </summary>
public static class SpeechSdkStub
{
    public const string Source = """
        using System;
        using System.Threading.Tasks;

        namespace Microsoft.CognitiveServices.Speech
        {
            public enum PropertyId
            {
                SpeechServiceConnection_Key = 1000,
                SpeechServiceConnection_Endpoint = 1001,
                SpeechServiceConnection_Region = 1002,
                SpeechServiceConnection_EndpointId = 1005,
                SpeechServiceConnection_Host = 1006,
                SpeechServiceConnection_RecoLanguage = 3001,
                SpeechServiceConnection_SynthVoice = 3101,
            }

            public enum ResultReason { NoMatch = 0, RecognizedSpeech = 3, SynthesizingAudioCompleted = 10 }

            public class SpeechConfig
            {
                protected internal SpeechConfig() { }

                public static SpeechConfig FromSubscription(string subscriptionKey, string region) => new SpeechConfig();
                public static SpeechConfig FromEndpoint(Uri endpoint, string subscriptionKey) => new SpeechConfig();
                public static SpeechConfig FromEndpoint(Uri endpoint) => new SpeechConfig();
                public static SpeechConfig FromHost(Uri host, string subscriptionKey) => new SpeechConfig();
                public static SpeechConfig FromHost(Uri host) => new SpeechConfig();
                public static SpeechConfig FromAuthorizationToken(string authorizationToken, string region) => new SpeechConfig();

                public string EndpointId { get; set; } = "";
                public string SpeechRecognitionLanguage { get; set; } = "";
                public string SpeechSynthesisVoiceName { get; set; } = "";
                public string SpeechSynthesisLanguage { get; set; } = "";
                public string Region { get; } = "";

                public void SetProperty(PropertyId id, string value) { }
                public void SetProperty(string name, string value) { }
                public string GetProperty(PropertyId id) => "";
            }

            public sealed class SourceLanguageConfig
            {
                private SourceLanguageConfig() { }
                public static SourceLanguageConfig FromLanguage(string language) => new SourceLanguageConfig();
                public static SourceLanguageConfig FromLanguage(string language, string endpointId) => new SourceLanguageConfig();
            }

            public sealed class AutoDetectSourceLanguageConfig
            {
                private AutoDetectSourceLanguageConfig() { }
                public static AutoDetectSourceLanguageConfig FromOpenRange() => new AutoDetectSourceLanguageConfig();
                public static AutoDetectSourceLanguageConfig FromLanguages(string[] languages) => new AutoDetectSourceLanguageConfig();
                public static AutoDetectSourceLanguageConfig FromSourceLanguageConfigs(SourceLanguageConfig[] sourceLanguageConfigs) => new AutoDetectSourceLanguageConfig();
            }

            public class RecognitionResult
            {
                public string ResultId { get; } = "";
                public string Text { get; } = "";
                public ResultReason Reason { get; }
            }

            public class SpeechRecognitionResult : RecognitionResult { }

            public sealed class SpeechRecognizer : IDisposable
            {
                public SpeechRecognizer(SpeechConfig speechConfig) { }
                public SpeechRecognizer(SpeechConfig speechConfig, Audio.AudioConfig audioConfig) { }
                public SpeechRecognizer(SpeechConfig speechConfig, string language) { }
                public SpeechRecognizer(SpeechConfig speechConfig, SourceLanguageConfig sourceLanguageConfig) { }
                public SpeechRecognizer(SpeechConfig speechConfig, SourceLanguageConfig sourceLanguageConfig, Audio.AudioConfig audioConfig) { }
                public SpeechRecognizer(SpeechConfig speechConfig, AutoDetectSourceLanguageConfig autoDetectSourceLanguageConfig) { }
                public SpeechRecognizer(SpeechConfig speechConfig, AutoDetectSourceLanguageConfig autoDetectSourceLanguageConfig, Audio.AudioConfig audioConfig) { }

                public string EndpointId => "";
                public Task<SpeechRecognitionResult> RecognizeOnceAsync() => Task.FromResult(new SpeechRecognitionResult());
                public Task StartContinuousRecognitionAsync() => Task.CompletedTask;
                public Task StopContinuousRecognitionAsync() => Task.CompletedTask;
                public void Dispose() { }
            }

            public sealed class SpeechSynthesisResult
            {
                public ResultReason Reason { get; }
                public byte[] AudioData { get; } = Array.Empty<byte>();
            }

            public sealed class SpeechSynthesizer : IDisposable
            {
                public SpeechSynthesizer(SpeechConfig speechConfig) { }
                public SpeechSynthesizer(SpeechConfig speechConfig, Audio.AudioConfig? audioConfig) { }
                public Task<SpeechSynthesisResult> SpeakTextAsync(string text) => Task.FromResult(new SpeechSynthesisResult());
                public Task<SpeechSynthesisResult> SpeakSsmlAsync(string ssml) => Task.FromResult(new SpeechSynthesisResult());
                public void Dispose() { }
            }
        }

        namespace Microsoft.CognitiveServices.Speech.Audio
        {
            public sealed class AudioConfig : IDisposable
            {
                private AudioConfig() { }
                public static AudioConfig FromDefaultMicrophoneInput() => new AudioConfig();
                public static AudioConfig FromWavFileInput(string fileName) => new AudioConfig();
                public static AudioConfig FromDefaultSpeakerOutput() => new AudioConfig();
                public void Dispose() { }
            }
        }

        namespace Microsoft.CognitiveServices.Speech.Translation
        {
            public sealed class SpeechTranslationConfig : SpeechConfig
            {
                private SpeechTranslationConfig() { }

                public static new SpeechTranslationConfig FromSubscription(string subscriptionKey, string region) => new SpeechTranslationConfig();
                public static new SpeechTranslationConfig FromEndpoint(Uri endpoint, string subscriptionKey) => new SpeechTranslationConfig();
                public static new SpeechTranslationConfig FromEndpoint(Uri endpoint) => new SpeechTranslationConfig();
                public static new SpeechTranslationConfig FromHost(Uri host, string subscriptionKey) => new SpeechTranslationConfig();

                public void AddTargetLanguage(string language) { }
                public string VoiceName { get; set; } = "";
            }

            public sealed class TranslationRecognitionResult : RecognitionResult { }

            public sealed class TranslationRecognizer : IDisposable
            {
                public TranslationRecognizer(SpeechTranslationConfig config) { }
                public TranslationRecognizer(SpeechTranslationConfig config, Audio.AudioConfig audioConfig) { }
                public TranslationRecognizer(SpeechTranslationConfig config, AutoDetectSourceLanguageConfig autoDetectSourceLangConfig, Audio.AudioConfig audioConfig) { }
                public Task<TranslationRecognitionResult> RecognizeOnceAsync() => Task.FromResult(new TranslationRecognitionResult());
                public void Dispose() { }
            }
        }

        namespace Microsoft.CognitiveServices.Speech.Transcription
        {
            public sealed class ConversationTranscriber : IDisposable
            {
                public ConversationTranscriber(SpeechConfig speechConfig) { }
                public ConversationTranscriber(SpeechConfig speechConfig, Audio.AudioConfig audioConfig) { }
                public ConversationTranscriber(SpeechConfig speechConfig, SourceLanguageConfig sourceLanguageConfig, Audio.AudioConfig audioConfig) { }
                public Task StartTranscribingAsync() => Task.CompletedTask;
                public Task StopTranscribingAsync() => Task.CompletedTask;
                public void Dispose() { }
            }
        }
        """;

    private static readonly Lazy<MetadataReference> LazyReference = new(Compile);

    public static MetadataReference Reference => LazyReference.Value;

    private static MetadataReference Compile()
    {
        var compilation = CSharpCompilation.Create(
            "Microsoft.CognitiveServices.Speech.csharp",
            new[] { CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest)) },
            TestReferences.Net80Metadata,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The Speech SDK stub does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(ImmutableArray.Create(image.ToArray()));
    }
}
