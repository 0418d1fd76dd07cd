namespace SpeechLifecycle.Tasks.Tests;

public sealed class ListLog : IResolverLog
{
    public List<(string Code, string Message)> Warnings { get; } = new();

    public List<(string Code, string Message)> Messages { get; } = new();

    public void Warning(string code, string message)
    {
        lock (Warnings)
        {
            Warnings.Add((code, message));
        }
    }

    public void Message(string code, string message, bool important)
    {
        lock (Messages)
        {
            Messages.Add((code, message));
        }
    }
}
