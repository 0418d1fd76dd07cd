namespace SpeechLifecycle.IntegrationTests; public sealed class Placeholder { [Fact] public void Builds() { } }
