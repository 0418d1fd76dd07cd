using SpeechLifecycle.Benchmarks.Measurement;

namespace SpeechLifecycle.Benchmarks.Tests;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    [InlineData(new[] { 7.0 }, 7.0)]
    public void Median_IsTheMiddleValue(double[] values, double expected)
    {
        Assert.Equal(expected, Statistics.Median(values));
    }

    [Fact]
    public void Median_OfNothing_IsNaN()
    {
        Assert.True(double.IsNaN(Statistics.Median([])));
    }
}
