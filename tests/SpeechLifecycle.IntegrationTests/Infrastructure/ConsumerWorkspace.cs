namespace SpeechLifecycle.IntegrationTests.Infrastructure;

/// <summary>
/// A folder that looks like a user's repository: a nuget.config listing the local feed (the machine's own source stays
/// in effect), and projects that reference SpeechLifecycle.Analyzers as a package.
/// </summary>
public sealed class ConsumerWorkspace
{
    /// <summary>The evaluation date every consumer pins, so the sample data gives the same diagnostics any day.</summary>
    public const string AsOf = "2026-11-21";

    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly PackedPackage package;

    public ConsumerWorkspace(PackedPackage package, string name)
    {
        this.package = package;
        Directory = System.IO.Directory.CreateDirectory(Path.Combine(package.Root, "consumers", name)).FullName;
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="speechlifecycle-local" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public string Directory { get; }

    public PackedPackage Package => package;

    /// <summary>Writes a project folder with a project file and the given files (relative path → content).</summary>
    public string AddProject(
        string name,
        IReadOnlyDictionary<string, string> files,
        string targetFrameworks = "net10.0",
        bool referencePackage = true,
        string extraProjectContent = "")
    {
        var folder = System.IO.Directory.CreateDirectory(Path.Combine(Directory, name)).FullName;
        var frameworkProperty = targetFrameworks.Contains(';', StringComparison.Ordinal) ? "TargetFrameworks" : "TargetFramework";
        var reference = referencePackage
            ? $"""<PackageReference Include="{PackedPackage.PackageId}" Version="{package.Version}" PrivateAssets="all" />"""
            : "";
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <{frameworkProperty}>{targetFrameworks}</{frameworkProperty}>
                <Nullable>enable</Nullable>
                <SpeechLifecycleAsOf>{AsOf}</SpeechLifecycleAsOf>
              </PropertyGroup>
              <ItemGroup>
                {reference}
              </ItemGroup>
              {extraProjectContent}
            </Project>
            """);
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(folder, path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        return folder;
    }

    /// <summary>`dotnet &lt;arguments&gt;` in this workspace, with the shared packages folder.</summary>
    public Task<ProcessResult> DotnetAsync(params string[] arguments) =>
        DotnetAsync(new Dictionary<string, string?>(), arguments);

    public Task<ProcessResult> DotnetAsync(IReadOnlyDictionary<string, string?> extraEnvironment, params string[] arguments)
    {
        var environment = package.ConsumerEnvironment();
        foreach (var (name, value) in extraEnvironment)
        {
            environment[name] = value;
        }

        return CommandLine.RunAsync(Directory, environment, BuildTimeout, arguments);
    }

    /// <summary>`dotnet build` of a project or solution in this workspace; the compiler always runs.</summary>
    public Task<ProcessResult> BuildAsync(string projectOrSolution, params string[] extraArguments) =>
        DotnetAsync(new[] { "build", projectOrSolution, "--no-incremental", "-nologo" }.Concat(extraArguments).ToArray());

    /// <summary>The 1-based line of <paramref name="source"/> that holds <paramref name="marker"/>, the only such line.</summary>
    public static int LineOf(string source, string marker)
    {
        var lines = source.Split('\n');
        var matches = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"The marker '{marker}' must be on exactly one line of the test source, found {matches.Count}.");
        return matches[0] + 1;
    }
}
