namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>
/// An AdditionalFiles item of the test project. <paramref name="Kind"/> becomes the item's
/// <c>SpeechLifecycleKind</c> metadata (<c>Snapshot</c>, <c>Config</c> or none), the way the package's targets
/// expose it (<c>build_metadata.AdditionalFiles.SpeechLifecycleKind</c>). Markup works inside <paramref name="Content"/>.
/// </summary>
public sealed record TestAdditionalFile(string Path, string Content, string? Kind = null)
{
    public static TestAdditionalFile Snapshot(string content, string path = "obj/speech-lifecycle.g.json") => new(path, content, "Snapshot");

    public static TestAdditionalFile Config(string content, string path = "appsettings.json") => new(path, content, "Config");
}
