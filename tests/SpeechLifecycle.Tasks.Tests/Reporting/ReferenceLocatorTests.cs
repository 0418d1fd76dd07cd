using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Tasks.Reporting;
using static SpeechLifecycle.Tasks.Tests.Reporting.ReportTestData;

namespace SpeechLifecycle.Tasks.Tests.Reporting;

public sealed class ReferenceLocatorTests
{
    private const string Root = "/repo";

    [Fact]
    public void SpeechModelItem_IsLocatedAtItsLineInTheProjectFile()
    {
        Assert.True(SpeechModelItem.TryParse(ExpiredEndpoint.ToString("D"), "endpoint", out var item, out _));
        var project = new SourceText("/repo/App/App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <SpeechModel Include="{ExpiredEndpoint:D}" Kind="endpoint" />
              </ItemGroup>
            </Project>
            """);

        var located = Assert.Single(ReferenceLocator.Locate(Array.Empty<SourceText>(), Array.Empty<SourceText>(), new[] { item! }, project, Root));

        Assert.Equal(ReferenceKind.Endpoint, located.Reference.Kind);
        Assert.Equal(LifecycleRoute.Endpoint, located.Route);
        Assert.True(located.Confirmed);
        Assert.Equal("App/App.csproj:3", Assert.Single(located.Locations).ToString());
    }

    [Fact]
    public void BaseModelOfATrainingBodySpreadOverTwoLines_IsOnTheTrainingRoute_AndEachLineIsListedOnce()
    {
        var body = new SourceText("/repo/App/train.json", $$"""
            {
              "baseModel": {
                "self": "{{BaseUri(ExpiredBase)}}"
              },
              "displayName": "{{ExpiredBase:D}} {{ExpiredBase:D}}"
            }
            """);

        var located = ReferenceLocator.Locate(Array.Empty<SourceText>(), new[] { body }, Array.Empty<SpeechModelItem>(), null, Root);

        var training = Assert.Single(located, l => l.Route == LifecycleRoute.Training);
        Assert.Equal("App/train.json:3", Assert.Single(training.Locations).ToString());
        var plain = Assert.Single(located, l => l.Route == LifecycleRoute.Transcription);
        Assert.Equal("App/train.json:5", Assert.Single(plain.Locations).ToString());
    }

    [Fact]
    public void PathOutsideTheRoot_StaysAbsolute()
    {
        Assert.Equal("/elsewhere/A.cs", ReferenceLocator.RelativePath("/repo", "/elsewhere/A.cs"));
        Assert.Equal("src/A.cs", ReferenceLocator.RelativePath("/repo/", "/repo/src/A.cs"));
    }
}
