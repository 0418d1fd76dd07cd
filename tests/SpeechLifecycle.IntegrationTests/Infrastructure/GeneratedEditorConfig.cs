namespace SpeechLifecycle.IntegrationTests.Infrastructure;

/// <summary>
/// The .editorconfig the SDK generates for the compiler from CompilerVisibleProperty / CompilerVisibleItemMetadata:
/// exactly what the analyzer receives, so it proves the package's build logic ran for a project.
/// </summary>
public static class GeneratedEditorConfig
{
    public static IReadOnlyList<string> FindAll(string projectFolder) =>
        Directory.GetFiles(Path.Combine(projectFolder, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories);

    public static string ReadSingle(string projectFolder, string targetFramework) =>
        File.ReadAllText(FindAll(projectFolder).Single(path => path.Contains(Path.DirectorySeparatorChar + targetFramework + Path.DirectorySeparatorChar, StringComparison.Ordinal)));
}
