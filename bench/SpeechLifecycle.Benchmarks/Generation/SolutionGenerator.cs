using System.Globalization;
using System.Text;

namespace SpeechLifecycle.Benchmarks.Generation;

/// <summary>Size and shape of a generated solution: many small projects, few of which reference Speech models.</summary>
public sealed record SolutionOptions
{
    public int Projects { get; init; } = 30;

    /// <summary>Files per project vary from <see cref="MinFiles"/> to <see cref="MaxFiles"/> (deterministic per seed).</summary>
    public int MinFiles { get; init; } = 10;

    public int MaxFiles { get; init; } = 20;

    /// <summary>How many of the projects reference Speech models (the first ones); the others have no Speech reference.</summary>
    public int SpeechProjects { get; init; } = 2;

    /// <summary>References in each Speech project.</summary>
    public int ReferencesPerSpeechProject { get; init; } = 3;

    public int Seed { get; init; } = 20261206;
}

public sealed record GeneratedSolution(string Directory, string SolutionFile, IReadOnlyList<GeneratedWorkload> Projects, IReadOnlyList<bool> HasSpeech);

/// <summary>
/// Writes a solution (<c>Bench.Solution.slnx</c>) of independent projects, each one a <see cref="WorkloadGenerator"/>
/// project with its own name: what a real solution looks like to the analyzers (most projects have nothing to do with
/// Speech; the first <see cref="SolutionOptions.SpeechProjects"/> reference a few models).
/// </summary>
public static class SolutionGenerator
{
    public static GeneratedSolution Generate(string directory, SolutionOptions options, ModelCatalog catalog, WorkloadOptions template, string? packageVersion, string? feed)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(options.Seed);
        var projects = new List<GeneratedWorkload>();
        var hasSpeech = new List<bool>();
        var slnx = new StringBuilder("<Solution>\n");
        for (var i = 0; i < options.Projects; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Bench.P{i:D2}");
            var speech = i < options.SpeechProjects;
            var project = template with
            {
                ProjectName = name,
                Files = random.Next(options.MinFiles, options.MaxFiles + 1),
                References = speech ? options.ReferencesPerSpeechProject : 0,
                Distinct = catalog.Models.Count,
                SpeechNoise = false,
                Seed = template.Seed + i,
            };
            projects.Add(WorkloadGenerator.Generate(Path.Combine(directory, name), project, catalog, packageVersion, feed));
            hasSpeech.Add(speech);
            slnx.Append(CultureInfo.InvariantCulture, $"  <Project Path=\"{name}/{name}.csproj\" />\n");
        }

        slnx.Append("</Solution>\n");
        var solutionFile = Path.Combine(directory, "Bench.Solution.slnx");
        File.WriteAllText(solutionFile, slnx.ToString());
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        if (feed is not null)
        {
            // A solution restore reads the settings of the solution's folder, not each project's.
            File.WriteAllText(Path.Combine(directory, "nuget.config"), WorkloadGenerator.NuGetConfig(feed));
        }

        return new GeneratedSolution(directory, solutionFile, projects, hasSpeech);
    }
}
