using System.Reflection;

namespace SpeechLifecycle.IntegrationTests.Infrastructure;

/// <summary>
/// Packs SpeechLifecycle.Analyzers once per test run into a temporary folder feed. Consumers restore it into one shared
/// temporary NuGet packages folder, so a repacked package of the same version is never stale and nothing leaks into
/// the user's own NuGet cache.
/// </summary>
public sealed class PackedPackage : IAsyncLifetime
{
    public const string PackageId = "SpeechLifecycle.Analyzers";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(6);

    public PackedPackage()
    {
        RepositoryRoot = typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "RepositoryRoot").Value!;
        Root = Directory.CreateTempSubdirectory("spl-it-").FullName;
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
    }

    public string RepositoryRoot { get; }

    /// <summary>The temporary folder every artefact of this run lives in; removed at the end.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public string NupkgPath { get; private set; } = "";

    public string Version { get; private set; } = "";

    /// <summary>What `dotnet pack` at the repository root printed.</summary>
    public string PackOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        // Packed the conventional way, `dotnet pack` at the repository root (the solution), exactly as ./demo.sh does:
        // the solution's one packable project is src/SpeechLifecycle.Package. The product's own restore uses the user's
        // NuGet cache (its dependencies are not the consumers' business); its build goes to a private artifacts folder,
        // never the checkout's bin/obj.
        var result = await CommandLine.RunAsync(
            RepositoryRoot,
            CommandLine.CleanEnvironment(),
            PackTimeout,
            "pack", "-o", Feed, "--artifacts-path", Path.Combine(Root, "product"), "-nologo");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed: {result}");
        }

        PackOutput = result.Output;
        // PackageLayoutTests asserts the feed holds this one package and nothing else; here only find it.
        NupkgPath = Directory.GetFiles(Feed, PackageId + ".*.nupkg").First();
        Version = Path.GetFileNameWithoutExtension(NupkgPath)[(PackageId.Length + 1)..];
    }

    /// <summary>The environment consumer builds run in: clean, with the shared temporary packages folder.</summary>
    public Dictionary<string, string?> ConsumerEnvironment()
    {
        var environment = CommandLine.CleanEnvironment();
        environment["NUGET_PACKAGES"] = PackagesFolder;
        return environment;
    }

    /// <summary>A committed sample snapshot (samples/*/speech-lifecycle.json): the product's demo data, one format.</summary>
    public string SampleSnapshot(string sample) =>
        File.ReadAllText(Path.Combine(RepositoryRoot, "samples", sample, "speech-lifecycle.json"));

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is not worth failing the run for.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}
