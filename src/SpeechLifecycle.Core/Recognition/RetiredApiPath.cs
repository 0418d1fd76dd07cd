namespace SpeechLifecycle.Recognition;

/// <summary>
/// A <c>speechtotext/v3.x</c> path segment found in text (SPL2001). <see cref="Start"/>/<see cref="Length"/> cover
/// the <c>speechtotext/v3.x</c> text itself; <see cref="CompleteUriStart"/>/<see cref="CompleteUriLength"/> cover a
/// complete model or endpoint URI around it when there is one (the only shape a code fix rewrites).
/// </summary>
public sealed class RetiredApiPath
{
    public RetiredApiPath(string version, int start, int length, int completeUriStart, int completeUriLength)
    {
        Version = version;
        Start = start;
        Length = length;
        CompleteUriStart = completeUriStart;
        CompleteUriLength = completeUriLength;
    }

    public string Version { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>-1 when the path is only a base path that other code extends.</summary>
    public int CompleteUriStart { get; }

    public int CompleteUriLength { get; }

    public bool IsCompleteUri => CompleteUriStart >= 0;
}
