using SpeechLifecycle.IntegrationTests.Infrastructure;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>`dotnet add package` and build, nothing configured: no endpoint, no snapshot (CONTRACT §1).</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class ZeroConfigurationTests
{
    private readonly PackedPackage package;

    public ZeroConfigurationTests(PackedPackage package) => this.package = package;

    [Fact]
    public async Task Add_package_then_build_with_nothing_configured_succeeds_offline_and_says_so()
    {
        var workspace = new ConsumerWorkspace(package, "zero-config");
        var source = SampleData.ModelsClass("ZeroConfig", SampleData.BaseModelUri(SampleData.ExpiredBaseModel));
        var folder = workspace.AddProject("ZeroConfig", new Dictionary<string, string> { ["Models.cs"] = source }, referencePackage: false);

        var added = await workspace.DotnetAsync("add", folder, "package", PackedPackage.PackageId, "--source", package.Feed);
        var built = await workspace.BuildAsync("ZeroConfig", "-v:n");

        Assert.True(added.ExitCode == 0, added.ToString());
        var projectFile = File.ReadAllText(Path.Combine(folder, "ZeroConfig.csproj"));
        Assert.Contains($"Include=\"{PackedPackage.PackageId}\" Version=\"{package.Version}\"", projectFile);
        Assert.Contains("<PrivateAssets>all</PrivateAssets>", projectFile);
        Assert.True(built.ExitCode == 0, built.ToString());
        Assert.DoesNotContain(BuildDiagnostic.Parse(built.Output), d => d.Severity == "error");
        // SPLT003: the task's message that it runs offline, and why.
        Assert.Contains("SPLT003", built.Output, StringComparison.Ordinal);
        Assert.Contains(BuildDiagnostic.Parse(built.Output), d => d is { Id: "SPL9001", Severity: "warning" }
            && d.Line == ConsumerWorkspace.LineOf(source, SampleData.ExpiredBaseModel));
    }
}
