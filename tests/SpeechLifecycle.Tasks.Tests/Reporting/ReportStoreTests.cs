using SpeechLifecycle.Tasks.Reporting;
using static SpeechLifecycle.Tasks.Tests.Reporting.ReportTestData;

namespace SpeechLifecycle.Tasks.Tests.Reporting;

public sealed class ReportStoreTests
{
    private static ProjectReport ProjectAt(TempDirectory temp, string name)
    {
        var projectFile = temp.File(Path.Combine(name, name + ".csproj"), "<Project />");
        var project = Project(temp.Path, name);
        project.FullPath = projectFile;
        return project;
    }

    private static string[] ReportFiles(string directory) =>
        new[] { ReportStore.MarkdownFile, ReportStore.JsonFile, ReportStore.HtmlFile }.Select(file => File.ReadAllText(Path.Combine(directory, file))).ToArray();

    [Fact]
    public void ProjectsPublishingInAnyOrder_EndInOneReport_ByteIdentical()
    {
        using var temp = new TempDirectory();
        var first = temp.Combine("first");
        var second = temp.Combine("second");

        new ReportStore(first).Publish(ProjectAt(temp, "Zeta"));
        var one = new ReportStore(first).Publish(ProjectAt(temp, "Alpha"));
        new ReportStore(second).Publish(ProjectAt(temp, "Alpha"));
        new ReportStore(second).Publish(ProjectAt(temp, "Zeta"));

        Assert.Equal(new[] { "Alpha", "Zeta" }, one.Projects.Select(project => project.Name));
        Assert.Equal(ReportFiles(first), ReportFiles(second));
        Assert.Contains("| Zeta |", ReportFiles(first)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void PublishingAgain_ReplacesTheProjectsFragment_AndChangesNoByte()
    {
        using var temp = new TempDirectory();
        var directory = temp.Combine("report");
        new ReportStore(directory).Publish(ProjectAt(temp, "Alpha"));
        var before = ReportFiles(directory);
        var written = File.GetLastWriteTimeUtc(Path.Combine(directory, ReportStore.HtmlFile));

        var report = new ReportStore(directory).Publish(ProjectAt(temp, "Alpha"));

        Assert.Single(report.Projects);
        Assert.Equal(before, ReportFiles(directory));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(directory, ReportStore.HtmlFile)));
    }

    [Fact]
    public void ParallelPublishers_LoseNoProject()
    {
        using var temp = new TempDirectory();
        var directory = temp.Combine("report");
        var projects = Enumerable.Range(0, 8).Select(i => ProjectAt(temp, "P" + i)).ToList();

        Parallel.ForEach(projects, new ParallelOptions { MaxDegreeOfParallelism = 8 }, project => new ReportStore(directory).Publish(project));

        var combined = new ReportStore(directory).Combine();
        Assert.Equal(projects.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal), combined.Projects.Select(p => p.Name));
        Assert.Contains("for 8 projects.", File.ReadAllText(Path.Combine(directory, ReportStore.MarkdownFile)), StringComparison.Ordinal);
    }

    [Fact]
    public void FragmentOfADeletedProject_LeavesTheReport_AndAnUnreadableOneIsSkipped()
    {
        using var temp = new TempDirectory();
        var directory = temp.Combine("report");
        var gone = ProjectAt(temp, "Gone");
        var store = new ReportStore(directory);
        store.Publish(gone);
        File.Delete(gone.FullPath);
        File.WriteAllText(Path.Combine(directory, "fragments", "broken.json"), "{ not json");

        var report = store.Publish(ProjectAt(temp, "Kept"));

        Assert.Equal(new[] { "Kept" }, report.Projects.Select(p => p.Name));
        Assert.False(File.Exists(store.FragmentPath(gone.FullPath, gone.Name)));
        Assert.Contains(store.SkippedFragments, skipped => skipped.Contains("broken.json", StringComparison.Ordinal));
    }

    [Fact]
    public void HeldLock_TimesOutWithAnIOException()
    {
        using var temp = new TempDirectory();
        var directory = temp.Combine("report");
        Directory.CreateDirectory(directory);
        using var held = new FileStream(Path.Combine(directory, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        Assert.Throws<IOException>(() => new ReportStore(directory, TimeSpan.FromMilliseconds(200)).Publish(ProjectAt(temp, "Alpha")));
    }
}
