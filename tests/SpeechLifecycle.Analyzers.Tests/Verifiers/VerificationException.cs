namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>A verification failed: the message says what was expected and what happened.</summary>
public sealed class VerificationException : Exception
{
    public VerificationException(string message)
        : base(message)
    {
    }
}
