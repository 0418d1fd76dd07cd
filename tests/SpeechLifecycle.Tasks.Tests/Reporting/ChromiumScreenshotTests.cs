using System.Diagnostics;
using SpeechLifecycle.Tasks.Reporting;
using static SpeechLifecycle.Tasks.Tests.Reporting.ReportTestData;

namespace SpeechLifecycle.Tasks.Tests.Reporting;

/// <summary>A fact that runs only where headless Chromium is installed (developer machines; CI does not have it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"Headless Chromium is not installed at {Chromium} (CI does not have it); the HTML report's content is checked by ReportRendererTests.";
        }
    }
}

public sealed class ChromiumScreenshotTests
{
    [ChromiumFact]
    public async Task HtmlReport_RendersInHeadlessChromium()
    {
        using var temp = new TempDirectory();
        var page = temp.File("report.html", HtmlReportRenderer.Render(Report(Project("/repo", "App"), Project("/repo", "Worker"))));
        var png = temp.Combine("report.png");

        var info = new ProcessStartInfo(ChromiumFactAttribute.Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--user-data-dir=" + temp.Combine("profile"), "--screenshot=" + png,
            "--window-size=1200,800", new Uri(page).AbsoluteUri,
        })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(File.Exists(png), $"no screenshot; exit {process.ExitCode}\n{await output}\n{await error}");
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        // A blank 1200x800 page compresses to a few KB; the timeline and tables make it far bigger.
        Assert.True(bytes.Length > 20_000, $"the screenshot is only {bytes.Length} bytes");
    }
}
