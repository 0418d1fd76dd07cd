using System.Text.RegularExpressions;
using SpeechLifecycle.Benchmarks.Generation;

namespace SpeechLifecycle.Benchmarks.Tests;

public sealed class WorkloadGeneratorTests : IDisposable
{
    private static readonly WorkloadOptions Small = new() { Files = 40, References = 25, Distinct = 12 };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "slbench-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void AssignReferences_PlacesEveryReference_AndUsesEveryModel()
    {
        var catalog = ModelCatalog.Create(Small.Distinct, Small.Seed, Small.AsOf);

        var perFile = WorkloadGenerator.AssignReferences(Small, catalog);

        Assert.Equal(Small.Files, perFile.Length);
        Assert.Equal(Small.References, perFile.Sum(f => f.Count));
        Assert.Equal(catalog.Models.Select(m => m.Id).OrderBy(id => id), perFile.SelectMany(f => f).Select(m => m.Id).Distinct().OrderBy(id => id));
    }

    [Fact]
    public void Generate_WritesEachReferencedIdIntoTheSources()
    {
        var catalog = ModelCatalog.Create(Small.Distinct, Small.Seed, Small.AsOf);

        var workload = WorkloadGenerator.Generate(_directory, Small, catalog, "1.2.3", "/feed");

        var text = string.Concat(Directory.GetFiles(Path.Combine(_directory, "src"), "Component*.cs").Select(File.ReadAllText));
        var occurrences = catalog.Models.Sum(m => Regex.Matches(text, m.Id.ToString("D")).Count);
        Assert.Equal(Small.References, occurrences);
        Assert.Equal(Small.Files, workload.Files);
        Assert.Contains("Include=\"SpeechLifecycle.Analyzers\" Version=\"1.2.3\"", File.ReadAllText(Path.Combine(_directory, "Bench.Workload.csproj")), StringComparison.Ordinal);
        Assert.Equal(10, File.ReadAllLines(Path.Combine(_directory, "BannedSymbols.txt")).Count(l => l.Length > 0));
    }

    [Fact]
    public void Generate_WithoutAPackageVersion_LeavesThePackageOut()
    {
        var catalog = ModelCatalog.Create(Small.Distinct, Small.Seed, Small.AsOf);

        WorkloadGenerator.Generate(_directory, Small, catalog, packageVersion: null, feed: null);

        Assert.DoesNotContain("SpeechLifecycle.Analyzers", File.ReadAllText(Path.Combine(_directory, "Bench.Workload.csproj")), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "nuget.config")));
    }

    [Fact]
    public void Generate_IsDeterministic_AndLeavesUnchangedFilesUntouched()
    {
        var catalog = ModelCatalog.Create(Small.Distinct, Small.Seed, Small.AsOf);
        WorkloadGenerator.Generate(_directory, Small, catalog, null, null);
        var file = Path.Combine(_directory, "src", "Component7.cs");
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(file, old);
        var before = File.ReadAllText(file);

        WorkloadGenerator.Generate(_directory, Small, ModelCatalog.Create(Small.Distinct, Small.Seed, Small.AsOf), null, null);

        Assert.Equal(before, File.ReadAllText(file));
        Assert.Equal(old, File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public void Generate_RemovesFilesBeyondTheRequestedCount()
    {
        var catalog = ModelCatalog.Create(Small.Distinct, Small.Seed, Small.AsOf);
        WorkloadGenerator.Generate(_directory, Small, catalog, null, null);

        WorkloadGenerator.Generate(_directory, Small with { Files = 30 }, catalog, null, null);

        Assert.Equal(30, Directory.GetFiles(Path.Combine(_directory, "src"), "Component*.cs").Length);
    }

    [Fact]
    public void Catalog_HasEveryKind_AndEndpointsPointAtItsCustomModels()
    {
        var catalog = ModelCatalog.Create(60, 1, Small.AsOf);

        var customs = catalog.Models.Where(m => m.Kind == CatalogKind.CustomModel).Select(m => m.Id).ToHashSet();
        Assert.Equal(60, catalog.Models.Select(m => m.Id).Distinct().Count());
        Assert.Contains(catalog.Models, m => m.Kind == CatalogKind.BaseModel);
        Assert.All(catalog.Models.Where(m => m.Kind == CatalogKind.Endpoint), e => Assert.Contains(e.DeployedModelId!.Value, customs));
    }

    [Fact]
    public void Solution_HasSpeechOnlyInItsSpeechProjects()
    {
        var catalog = ModelCatalog.Create(12, Small.Seed, Small.AsOf);
        var options = new SolutionOptions { Projects = 4, MinFiles = 3, MaxFiles = 5, SpeechProjects = 1, ReferencesPerSpeechProject = 3 };

        var solution = SolutionGenerator.Generate(_directory, options, catalog, new WorkloadOptions(), packageVersion: "0.1.0", feed: "/feed");

        Assert.Equal([true, false, false, false], solution.HasSpeech);
        var slnx = File.ReadAllText(solution.SolutionFile);
        Assert.All(solution.Projects, p => Assert.Contains(Path.GetFileName(p.Directory) + ".csproj", slnx, StringComparison.Ordinal));
        Assert.All(solution.Projects, p => Assert.InRange(p.Files, 3, 5));
        for (var i = 0; i < solution.Projects.Count; i++)
        {
            var text = string.Concat(Directory.GetFiles(solution.Projects[i].Directory, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).Select(File.ReadAllText));
            Assert.Equal(solution.HasSpeech[i], text.Contains("speechtotext", StringComparison.OrdinalIgnoreCase) || text.Contains("cid=", StringComparison.Ordinal) || text.Contains("CognitiveServices.Speech", StringComparison.Ordinal));
        }
    }
}
