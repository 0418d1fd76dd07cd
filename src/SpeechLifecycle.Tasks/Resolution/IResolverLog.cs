namespace SpeechLifecycle.Tasks;

/// <summary>Where the resolver reports; the task maps it onto MSBuild's logger, tests onto a list.</summary>
public interface IResolverLog
{
    void Warning(string code, string message);

    void Message(string code, string message, bool important);
}
