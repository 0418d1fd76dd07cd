namespace SpeechLifecycle.Tasks.Tests; public sealed class Placeholder { [Fact] public void Builds() { } }
