using SpeechLifecycle.IntegrationTests.Infrastructure;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>`dotnet format analyzers --diagnostics …` applies the package's code fixes (Fix-All) from a PackageReference.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class CodeFixTests
{
    private readonly PackedPackage package;

    public CodeFixTests(PackedPackage package) => this.package = package;

    [Fact]
    public async Task Dotnet_format_applies_the_fixes_and_the_next_build_is_clean()
    {
        var workspace = new ConsumerWorkspace(package, "format");
        var retiredUri = $"https://eastus.api.cognitive.microsoft.com/speechtotext/v3.0/models/base/{SampleData.HealthyBaseModel}";
        var folder = workspace.AddProject("Format", new Dictionary<string, string>
        {
            ["Models.cs"] = SampleData.ModelsClass("Format", SampleData.BaseModelUri(SampleData.ExpiredBaseModel), retiredUri),
            ["speech-lifecycle.json"] = package.SampleSnapshot(SampleData.BatchSnapshotSample),
        });
        var before = await workspace.BuildAsync("Format");

        var formatted = await workspace.DotnetAsync(
            "format", "analyzers", Path.Combine(folder, "Format.csproj"), "--diagnostics", "SPL1001", "SPL2001", "--severity", "info");
        var after = await workspace.BuildAsync("Format");

        Assert.Contains(BuildDiagnostic.Parse(before.Output), d => d.Id == "SPL1001");
        Assert.Contains(BuildDiagnostic.Parse(before.Output), d => d.Id == "SPL2001");
        Assert.True(formatted.ExitCode == 0, formatted.ToString());
        var fixedSource = File.ReadAllText(Path.Combine(folder, "Models.cs"));
        Assert.DoesNotContain(SampleData.ExpiredBaseModel, fixedSource, StringComparison.Ordinal);
        Assert.DoesNotContain("speechtotext/v3.0/", fixedSource, StringComparison.Ordinal);
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.DoesNotContain(BuildDiagnostic.Parse(after.Output), d => d.Id is "SPL1001" or "SPL2001");
    }
}
