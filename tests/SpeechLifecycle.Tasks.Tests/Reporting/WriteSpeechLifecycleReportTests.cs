using Microsoft.Build.Framework;
using SpeechLifecycle.Snapshots;
using SpeechLifecycle.Tasks.Reporting;
using static SpeechLifecycle.Tasks.Tests.Reporting.ReportTestData;
using TaskItem = Microsoft.Build.Utilities.TaskItem;

namespace SpeechLifecycle.Tasks.Tests.Reporting;

public sealed class WriteSpeechLifecycleReportTests
{
    private static WriteSpeechLifecycleReport NewTask(FakeBuildEngine engine, TempDirectory temp, string generatedSnapshot)
    {
        var (code, config) = Sources(temp.Path);
        foreach (var file in code.Concat(config))
        {
            temp.File(Path.GetRelativePath(temp.Path, file.Path), file.Text);
        }

        return new WriteSpeechLifecycleReport
        {
            BuildEngine = engine,
            ProjectFile = temp.File("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />"),
            ProjectName = "App",
            GeneratedSnapshot = temp.File("App/obj/speech-lifecycle.g.json", generatedSnapshot),
            EvaluationDate = "2026-11-21",
            WarningDays = "90",
            KeyVariable = "SPEECH_KEY",
            ReportDirectory = temp.Combine("artifacts", "speech-lifecycle"),
            ReportRoot = temp.Path,
            Compile = code.Select(file => (ITaskItem)new TaskItem(file.Path)).ToArray(),
            ConfigFiles = config.Select(file => (ITaskItem)new TaskItem(file.Path)).ToArray(),
        };
    }

    /// <summary>The resolve task's snapshot with the <c>acceptances</c> array it writes from SpeechLifecycleAcceptance items.</summary>
    private static string GeneratedSnapshotWithAcceptances()
    {
        var text = LifecycleSnapshotWriter.Write(Snapshot()).TrimEnd();
        return text[..^1].TrimEnd() + $$"""
            ,
              "acceptances": [
                {
                  "reference": "{{CustomUri(ExpiringCustom)}}",
                  "kind": "customModel",
                  "id": "{{ExpiringCustom:D}}",
                  "until": "2027-01-01",
                  "reason": "Retraining in December",
                  "rules": ["SPL1002"]
                }
              ]
            }
            """;
    }

    [Fact]
    public void WritesTheThreeFiles_WithTheAcceptancesOfTheGeneratedSnapshot()
    {
        using var temp = new TempDirectory();
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, temp, GeneratedSnapshotWithAcceptances());

        Assert.True(task.Execute());

        Assert.Empty(engine.Warnings);
        Assert.Contains(engine.Messages, message => message.Code == "SPLT035");
        var markdown = File.ReadAllText(task.MarkdownReport);
        Assert.Contains("## Accepted (1)", markdown, StringComparison.Ordinal);
        Assert.Contains("| SPL1002 | 2027-01-01 | 41 | active | Retraining in December |", markdown, StringComparison.Ordinal);
        Assert.Contains("App/Client.cs:4", markdown, StringComparison.Ordinal);
        Assert.Empty(JsonSchemaCheck.Validate(File.ReadAllText(task.JsonReport)));
        Assert.Contains("<svg", File.ReadAllText(task.HtmlReport), StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedSnapshotWithoutAcceptances_GivesAReportWithoutThem()
    {
        using var temp = new TempDirectory();
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, temp, LifecycleSnapshotWriter.Write(Snapshot()));

        Assert.True(task.Execute());

        var markdown = File.ReadAllText(task.MarkdownReport);
        Assert.DoesNotContain("## Accepted", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Acceptances", markdown, StringComparison.Ordinal);
        Assert.Contains("## Expiring soon (1)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void UnwritableReportDirectory_IsAWarning_NotAFailedBuild()
    {
        using var temp = new TempDirectory();
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, temp, LifecycleSnapshotWriter.Write(Snapshot()));
        task.ReportDirectory = temp.File("a-file-not-a-folder", "x");

        Assert.True(task.Execute());

        Assert.Equal("SPLT036", Assert.Single(engine.Warnings).Code);
    }
}
