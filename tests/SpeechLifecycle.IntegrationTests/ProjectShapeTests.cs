using SpeechLifecycle.IntegrationTests.Infrastructure;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>Multi-targeted consumers and transitive consumers (buildTransitive/) get the same build logic.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class ProjectShapeTests
{
    private readonly PackedPackage package;

    public ProjectShapeTests(PackedPackage package) => this.package = package;

    [Fact]
    public async Task Multi_targeted_consumer_gets_the_inputs_and_reports_the_expired_model_for_every_framework()
    {
        var workspace = new ConsumerWorkspace(package, "multi");
        var source = SampleData.ModelsClass("Multi", SampleData.BaseModelUri(SampleData.ExpiredBaseModel));
        var folder = workspace.AddProject(
            "Multi",
            new Dictionary<string, string>
            {
                ["Models.cs"] = source,
                ["speech-lifecycle.json"] = package.SampleSnapshot(SampleData.BatchSnapshotSample),
            },
            targetFrameworks: "net8.0;net10.0");

        var result = await workspace.BuildAsync("Multi");

        var expired = BuildDiagnostic.Parse(result.Output).Where(d => d.Id == "SPL1001").ToList();
        Assert.NotEqual(0, result.ExitCode);
        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            var config = GeneratedEditorConfig.ReadSingle(folder, framework);
            Assert.Contains($"build_property.SpeechLifecycleEvaluationDate = {ConsumerWorkspace.AsOf}", config);
            Assert.Contains("build_metadata.AdditionalFiles.SpeechLifecycleKind = Snapshot", config);
            Assert.Contains(expired, d => d.Project.EndsWith("TargetFramework=" + framework, StringComparison.Ordinal));
        }

        Assert.All(expired, d => Assert.Equal(ConsumerWorkspace.LineOf(source, SampleData.ExpiredBaseModel), d.Line));
    }

    [Fact]
    public async Task Referencing_project_gets_the_build_logic_transitively_and_reports_its_own_expired_model()
    {
        var (workspace, app) = CreateTransitiveSolution("transitive", SampleData.ExpiredBaseModel);

        var result = await workspace.BuildAsync("Transitive.slnx");

        var config = GeneratedEditorConfig.ReadSingle(app, "net10.0");
        Assert.Contains($"build_property.SpeechLifecycleEvaluationDate = {ConsumerWorkspace.AsOf}", config);
        Assert.Contains("build_metadata.AdditionalFiles.SpeechLifecycleKind = Snapshot", config);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(BuildDiagnostic.Parse(result.Output), d => d is { Id: "SPL1001", Severity: "error" }
            && d.File == Path.Combine(app, "Models.cs"));
    }

    /// <summary>
    /// Lib references the package with PrivateAssets="none" (a shared "common" project that hands its tooling on);
    /// App references only Lib, so App sees the package transitively: analyzers plus buildTransitive/, not build/.
    /// </summary>
    private (ConsumerWorkspace Workspace, string App) CreateTransitiveSolution(string name, string appModel)
    {
        var workspace = new ConsumerWorkspace(package, name);
        workspace.AddProject(
            "Lib",
            new Dictionary<string, string> { ["Lib.cs"] = "namespace Lib;\n\npublic static class Greeting\n{\n    public const string Text = \"hello\";\n}\n" },
            referencePackage: false,
            extraProjectContent: $"""
                <ItemGroup>
                  <PackageReference Include="{PackedPackage.PackageId}" Version="{package.Version}" PrivateAssets="none" />
                </ItemGroup>
                """);
        var app = workspace.AddProject(
            "App",
            new Dictionary<string, string>
            {
                ["Models.cs"] = SampleData.ModelsClass("App", SampleData.BaseModelUri(appModel)),
                ["speech-lifecycle.json"] = package.SampleSnapshot(SampleData.BatchSnapshotSample),
            },
            referencePackage: false,
            extraProjectContent: """
                <ItemGroup>
                  <ProjectReference Include="../Lib/Lib.csproj" />
                </ItemGroup>
                """);
        File.WriteAllText(Path.Combine(workspace.Directory, "Transitive.slnx"), """
            <Solution>
              <Project Path="Lib/Lib.csproj" />
              <Project Path="App/App.csproj" />
            </Solution>
            """);
        return (workspace, app);
    }
}
