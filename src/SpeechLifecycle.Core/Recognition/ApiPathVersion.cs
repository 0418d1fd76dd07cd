namespace SpeechLifecycle.Recognition;

/// <summary>
/// A <c>speechtotext/vX.Y</c> path segment found in text (SPL2001/SPL2002, and the versions the task asks the service
/// about). <see cref="Start"/>/<see cref="Length"/> cover the <c>speechtotext/vX.Y</c> text itself;
/// <see cref="CompleteUriStart"/>/<see cref="CompleteUriLength"/> cover a complete model or endpoint URI around it when
/// there is one (the only shape a code fix rewrites).
/// </summary>
public sealed class ApiPathVersion
{
    public ApiPathVersion(string version, int start, int length, int completeUriStart, int completeUriLength, string? host = null)
    {
        Version = version;
        Start = start;
        Length = length;
        CompleteUriStart = completeUriStart;
        CompleteUriLength = completeUriLength;
        Host = host;
    }

    /// <summary>Lower case: <c>v3.2</c>, <c>v3.2-preview.2</c>.</summary>
    public string Version { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>-1 when the path is only a base path that other code extends.</summary>
    public int CompleteUriStart { get; }

    public int CompleteUriLength { get; }

    public bool IsCompleteUri => CompleteUriStart >= 0;

    /// <summary>The lower-case host written before the path (<c>https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2</c>), or null.</summary>
    public string? Host { get; }

    /// <summary>What Microsoft's docs say about <see cref="Version"/>.</summary>
    public ApiVersionInfo Info => ApiVersionCatalog.Lookup(Version);
}
