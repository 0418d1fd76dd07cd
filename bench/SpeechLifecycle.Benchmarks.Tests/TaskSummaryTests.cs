using SpeechLifecycle.Benchmarks.Measurement;

namespace SpeechLifecycle.Benchmarks.Tests;

public sealed class TaskSummaryTests
{
    [Fact]
    public void Parse_ReadsMillisecondsPerTask_FromThePerformanceSummary()
    {
        const string log = """
            Target Performance Summary:
                 3647 ms  CoreCompile                                1 calls
            Task Performance Summary:
                    0 ms  Message                                    4 calls
                  112 ms  SpeechLifecycleResolve                     1 calls
                 3644 ms  Csc                                        1 calls

            Build succeeded.
                0 Warning(s)
            """;

        var tasks = TaskSummary.Parse(log);

        Assert.Equal(3644, tasks["Csc"]);
        Assert.Equal(112, tasks["SpeechLifecycleResolve"]);
        Assert.False(tasks.ContainsKey("CoreCompile"));
    }

    [Fact]
    public void Parse_ReturnsNothing_WithoutASummary()
    {
        Assert.Empty(TaskSummary.Parse("Build succeeded."));
    }
}
