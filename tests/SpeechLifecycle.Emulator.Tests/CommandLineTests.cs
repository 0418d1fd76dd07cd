using System.Diagnostics;
using System.Net;

namespace SpeechLifecycle.Emulator.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Arguments_MapToOptions()
    {
        EmulatorOptions options = Program.ParseArguments(new[]
        {
            "--urls", "http://127.0.0.1:5080", "--data", "seed.json", "--key", "k1", "--key", "k2", "--rate-limit", "100/10", "--retired", "v3.0,v3.1",
        });

        Assert.Equal((IPAddress.Loopback, 5080), (options.ListenAddress, options.Port));
        Assert.Equal("seed.json", options.DataFile);
        Assert.Equal(new[] { "k1", "k2" }, options.ApiKeys);
        Assert.Equal(new RateLimit(100, TimeSpan.FromSeconds(10)), options.RateLimit);
        Assert.Equal(new[] { "v3.0", "v3.1" }, options.RetiredPathVersions);
    }

    [Fact]
    public void Defaults_KeepTheDefaultKeyAndRetireV3_0AndThePreviews()
    {
        EmulatorOptions options = Program.ParseArguments(Array.Empty<string>());

        Assert.Equal(new[] { "emulator-key" }, options.ApiKeys);
        Assert.Null(options.RateLimit);
        Assert.Equal(new[] { "v3.0", "v3.1-preview.1", "v3.2-preview.1", "v3.2-preview.2" }, options.RetiredPathVersions);
        Assert.Empty(Program.ParseArguments(new[] { "--retired", "none" }).RetiredPathVersions);
    }

    [Fact]
    public void RetiredVersions_IsTheSameOptionAsRetired()
    {
        Assert.Equal(new[] { "v3.0", "v3.2" }, Program.ParseArguments(new[] { "--retired-versions", "v3.0, v3.2" }).RetiredPathVersions);
    }

    [Theory]
    [InlineData("http://localhost:5080", "127.0.0.1")]
    [InlineData("http://[::1]:5080", "::1")]
    [InlineData("http://127.0.0.2:5080", "127.0.0.2")]
    public void LoopbackUrls_AreAccepted(string url, string address)
    {
        Assert.Equal(IPAddress.Parse(address), Program.ParseLoopbackUrl(url).Address);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://example.com:5080")]
    [InlineData("https://127.0.0.1:5080")]
    public void NonLoopbackUrls_AreRefused(string url)
    {
        Assert.Throws<ArgumentException>(() => Program.ParseLoopbackUrl(url));
    }

    [Theory]
    [InlineData("100")]
    [InlineData("0/10")]
    [InlineData("5/0")]
    public void InvalidRateLimits_AreRefused(string text)
    {
        Assert.Throws<ArgumentException>(() => Program.ParseRateLimit(text));
    }

    [Fact]
    public async Task StartAsync_RefusesANonLoopbackAddress()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => SpeechEmulator.StartAsync(new EmulatorOptions { ListenAddress = IPAddress.Any }));
    }

    [Fact]
    public async Task Process_PrintsItsUrlAndServes()
    {
        using Process process = StartEmulatorProcess("--urls", "http://127.0.0.1:0", "--data", EmulatorData.SampleDataFile, "--key", "cli-key");
        try
        {
            string? line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.NotNull(line);
            var baseAddress = new Uri(line.Split(' ').Single(w => w.StartsWith("http://", StringComparison.Ordinal)));
            using var client = new HttpClient { BaseAddress = baseAddress };
            client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "cli-key");

            (int status, _) = await client.GetJsonAsync($"speechtotext/models/base/{SampleIds.ExpiredBaseModel}?api-version=2025-10-15");

            Assert.Equal("127.0.0.1", baseAddress.Host);
            Assert.Equal(200, status);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Process_RefusesANonLoopbackUrl()
    {
        using Process process = StartEmulatorProcess("--urls", "http://0.0.0.0:5080");

        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("loopback", error, StringComparison.Ordinal);
    }

    private static Process StartEmulatorProcess(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SpeechLifecycle.Emulator.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The emulator process did not start.");
    }
}
