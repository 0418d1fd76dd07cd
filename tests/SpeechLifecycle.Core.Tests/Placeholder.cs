namespace SpeechLifecycle.Core.Tests; public sealed class Placeholder { [Fact] public void Builds() { } }
