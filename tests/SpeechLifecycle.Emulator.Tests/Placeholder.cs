namespace SpeechLifecycle.Emulator.Tests; public sealed class Placeholder { [Fact] public void Builds() { } }
