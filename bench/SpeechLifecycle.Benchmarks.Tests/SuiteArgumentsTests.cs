namespace SpeechLifecycle.Benchmarks.Tests;

public sealed class SuiteArgumentsTests
{
    [Fact]
    public void ReadsOptions_AndRejectsOnesNobodyRead()
    {
        var arguments = new SuiteArguments(["resolve", "--n", "50,500", "--latency", "200"]);

        Assert.Equal("resolve", arguments.Command);
        Assert.Equal([50, 500], arguments.Numbers("n"));
        var error = Assert.Throws<ArgumentException>(arguments.RejectUnknown);
        Assert.Contains("--latency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FallsBack_WhenAnOptionIsAbsent()
    {
        var arguments = new SuiteArguments(["scan"]);

        Assert.Equal(5, arguments.Number("iterations", 5));
        Assert.Throws<ArgumentException>(() => arguments.Required("work"));
    }
}
