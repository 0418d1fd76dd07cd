using System.Text.Json;
using SpeechLifecycle.IntegrationTests.Infrastructure;
using SpeechLifecycle.Tasks.Tests.Reporting;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>
/// The SpeechLifecycleReport target over the three samples (a solution of three projects, built in parallel) and over
/// one of them alone: one report per run, with every project, byte-identical when run again.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class ReportTargetTests
{
    private static readonly string[] Samples = { "BatchTranscription", "RealtimeRecognition", "Training" };
    private static readonly string[] ReportFiles = { "speech-lifecycle-report.md", "speech-lifecycle-report.json", "speech-lifecycle-report.html" };

    private readonly PackedPackage package;

    public ReportTargetTests(PackedPackage package) => this.package = package;

    [Fact]
    public async Task Report_over_the_samples_solution_and_over_one_sample_writes_the_three_files()
    {
        var workspace = CopySamples("report");
        var version = "-p:SpeechLifecyclePackageVersion=" + package.Version;

        var solution = await workspace.DotnetAsync("build", "Samples.slnx", "-t:SpeechLifecycleReport", "-m", "-nologo", version);

        Assert.True(solution.ExitCode == 0, solution.ToString());
        var directory = Path.Combine(workspace.Directory, "artifacts", "speech-lifecycle");
        var first = ReportFiles.Select(file => File.ReadAllBytes(Path.Combine(directory, file))).ToArray();
        var markdown = File.ReadAllText(Path.Combine(directory, "speech-lifecycle-report.md"));
        Assert.Contains("Evaluated as of **2026-11-21** (warning window 90 days) for 3 projects.", markdown, StringComparison.Ordinal);
        Assert.Contains("| 4 | 3 | 0 | 0 | 0 | 3 |", markdown, StringComparison.Ordinal);
        AssertRow(markdown, "BatchTranscription", "SPL1001", Location(workspace, "BatchTranscription/TranscriptionClient.cs", "1aae1070-7972-47e9-a977-87e3b05c457d"));
        AssertRow(markdown, "BatchTranscription", "SPL1001", Location(workspace, "BatchTranscription/appsettings.json", "9c9cf17e-a36a-4d78-b716-dd252c0a3477"));
        AssertRow(markdown, "RealtimeRecognition", "SPL1005", Location(workspace, "RealtimeRecognition/Program.cs", "8403fae2-354d-4000-afc9-10112fc90c3c"));
        AssertRow(markdown, "RealtimeRecognition", "SPL1006", Location(workspace, "RealtimeRecognition/Program.cs", "a72d8aee-7ccb-41e5-aceb-66a4d152f2b3"));
        AssertRow(markdown, "Training", "SPL1003", Location(workspace, "Training/TrainingRequests.cs", "1aae1070-7972-47e9-a977-87e3b05c457d"));
        AssertRow(markdown, "Training", "SPL1004", Location(workspace, "Training/TrainingRequests.cs", "92b166ca-588d-42e1-8024-e130441dc067"));
        Assert.DoesNotContain("29171cfb", markdown, StringComparison.Ordinal); // the synthesis config's custom-voice ID

        var json = File.ReadAllText(Path.Combine(directory, "speech-lifecycle-report.json"));
        Assert.Empty(JsonSchemaCheck.Validate(json));
        using (var document = JsonDocument.Parse(json))
        {
            Assert.Equal(Samples.Select(sample => sample + "/" + sample + ".csproj"),
                document.RootElement.GetProperty("projects").EnumerateArray().Select(project => project.GetProperty("path").GetString()));
        }

        var html = File.ReadAllText(Path.Combine(directory, "speech-lifecycle-report.html"));
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(Samples, sample => Assert.Contains($">{sample}<title>", html, StringComparison.Ordinal));

        // Again, through `dotnet msbuild` and in parallel: not one byte changes.
        var again = await workspace.DotnetAsync("msbuild", "Samples.slnx", "-restore", "-t:SpeechLifecycleReport", "-m", "-nologo", version);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(first, ReportFiles.Select(file => File.ReadAllBytes(Path.Combine(directory, file))).ToArray());

        // One project on its own: its report goes beside it, with paths relative to it.
        var single = await workspace.DotnetAsync("build", "BatchTranscription/BatchTranscription.csproj", "-t:SpeechLifecycleReport", "-nologo", version);
        Assert.True(single.ExitCode == 0, single.ToString());
        var own = Path.Combine(workspace.Directory, "BatchTranscription", "artifacts", "speech-lifecycle");
        Assert.All(ReportFiles, file => Assert.True(File.Exists(Path.Combine(own, file)), file));
        var singleMarkdown = File.ReadAllText(Path.Combine(own, "speech-lifecycle-report.md"));
        Assert.Contains("for 1 project.", singleMarkdown, StringComparison.Ordinal);
        AssertRow(singleMarkdown, "BatchTranscription", "SPL1002", Location(workspace, "BatchTranscription/TranscriptionClient.cs", "d669666d-2c1c-43be-90e1-d9f030a2021d").Replace("BatchTranscription/", "", StringComparison.Ordinal));
    }

    private static void AssertRow(string markdown, string project, string rule, string location) =>
        Assert.True(
            markdown.Split('\n').Any(row => row.StartsWith($"| {project} |", StringComparison.Ordinal) && row.Contains($"| {location} |", StringComparison.Ordinal) && row.Contains($"**{rule}**", StringComparison.Ordinal)),
            $"no row for {project} {rule} at {location} in\n{markdown}");

    private static string Location(ConsumerWorkspace workspace, string file, string marker) =>
        file + ":" + ConsumerWorkspace.LineOf(File.ReadAllText(Path.Combine(workspace.Directory, file)), marker);

    /// <summary>The samples as a user's repository: their folders, Directory.Build.props and Samples.slnx, fed from the packed package.</summary>
    private ConsumerWorkspace CopySamples(string name)
    {
        var workspace = new ConsumerWorkspace(package, name);
        var samples = Path.Combine(package.RepositoryRoot, "samples");
        File.Copy(Path.Combine(samples, "Directory.Build.props"), Path.Combine(workspace.Directory, "Directory.Build.props"));
        File.Copy(Path.Combine(samples, "Samples.slnx"), Path.Combine(workspace.Directory, "Samples.slnx"));
        foreach (var sample in Samples)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(samples, sample), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(samples, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "artifacts"))
                {
                    continue;
                }

                var target = Path.Combine(workspace.Directory, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return workspace;
    }
}
