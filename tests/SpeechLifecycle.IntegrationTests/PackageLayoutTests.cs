using System.IO.Compression;
using System.Xml.Linq;
using SpeechLifecycle.IntegrationTests.Infrastructure;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>The nupkg holds exactly the layout of CONTRACT §1.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackedPackage package;

    public PackageLayoutTests(PackedPackage package) => this.package = package;

    [Theory]
    [InlineData("analyzers/dotnet/cs/SpeechLifecycle.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/SpeechLifecycle.CodeFixes.dll")]
    [InlineData("build/SpeechLifecycle.Analyzers.props")]
    [InlineData("build/SpeechLifecycle.Analyzers.targets")]
    [InlineData("buildTransitive/SpeechLifecycle.Analyzers.props")]
    [InlineData("buildTransitive/SpeechLifecycle.Analyzers.targets")]
    [InlineData("tasks/net8.0/SpeechLifecycle.Tasks.dll")]
    [InlineData("tasks/netstandard2.0/SpeechLifecycle.Tasks.dll")]
    [InlineData("README.md")]
    public void Package_contains(string path)
    {
        Assert.Contains(path, Entries());
    }

    [Fact]
    public void Package_has_no_lib_folder_and_no_Microsoft_Build_assemblies()
    {
        var entries = Entries();

        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, entry => Path.GetFileName(entry).StartsWith("Microsoft.Build", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, entry => Path.GetFileName(entry).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyzer_folder_holds_only_the_two_product_assemblies()
    {
        var analyzers = Entries().Where(entry => entry.StartsWith("analyzers/", StringComparison.Ordinal)).Order().ToList();

        Assert.Equal(
            new[] { "analyzers/dotnet/cs/SpeechLifecycle.Analyzers.dll", "analyzers/dotnet/cs/SpeechLifecycle.CodeFixes.dll" },
            analyzers);
    }

    [Fact]
    public void Nuspec_is_a_development_dependency_without_dependencies()
    {
        var nuspec = Nuspec();
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal(PackedPackage.PackageId, metadata.Element(ns + "id")?.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.Empty(metadata.Descendants(ns + "dependency"));
    }

    /// <summary>
    /// The fixture packed with `dotnet pack -o feed` at the repository root, the .NET convention: that must yield the
    /// product's package and nothing else (the emulator, tests and benchmarks are not packable) and print no warning.
    /// </summary>
    [Fact]
    public void Packing_the_repository_root_yields_exactly_the_product_package_without_warnings()
    {
        var versionPrefix = XDocument.Load(Path.Combine(package.RepositoryRoot, "Directory.Build.props"))
            .Descendants("VersionPrefix").Single().Value;

        var produced = Directory.GetFiles(package.Feed).Select(Path.GetFileName).ToList();

        Assert.Equal(new[] { $"{PackedPackage.PackageId}.{versionPrefix}.nupkg" }, produced);
        // MSBuild prints a warning as "origin: warning CODE: text" (the emulator's was "...targets(204,6): warning : ...").
        Assert.DoesNotMatch(@"(?i):\s*warning\b", package.PackOutput);
    }

    private List<string> Entries()
    {
        using var zip = ZipFile.OpenRead(package.NupkgPath);
        return zip.Entries.Select(entry => entry.FullName).ToList();
    }

    private XDocument Nuspec()
    {
        using var zip = ZipFile.OpenRead(package.NupkgPath);
        var entry = zip.Entries.Single(e => e.FullName == PackedPackage.PackageId + ".nuspec");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
