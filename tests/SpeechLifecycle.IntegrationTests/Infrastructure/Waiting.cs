namespace SpeechLifecycle.IntegrationTests.Infrastructure;

/// <summary>Skip reasons for tests written against the contract whose product piece has not landed yet.</summary>
public static class Waiting
{
    public const string ForAnalyzers = "waiting for the SPL1xxx analyzers (src/SpeechLifecycle.Analyzers/Rules is empty)";

    public const string ForCodeFixes = "waiting for the code fixes (src/SpeechLifecycle.CodeFixes)";

    public const string ForTask = "waiting for the SpeechLifecycleResolve task and its UsingTask in build/*.targets";
}
