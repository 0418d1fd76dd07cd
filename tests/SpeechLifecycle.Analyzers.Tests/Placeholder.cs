namespace SpeechLifecycle.Analyzers.Tests; public sealed class Placeholder { [Fact] public void Builds() { } }
