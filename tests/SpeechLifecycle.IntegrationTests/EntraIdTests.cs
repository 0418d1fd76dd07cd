using System.IO.Compression;
using System.Text;
using SpeechLifecycle.Emulator;
using SpeechLifecycle.IntegrationTests.Infrastructure;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>
/// Keyless access: a live build and a snapshot update against the emulator with no key variable at all, through each
/// Microsoft Entra ID token source (the token variable, the Azure CLI, the Azure Developer CLI, the last two as fake
/// executables on PATH); then every file the runs produced, the binlogs and the console output are searched for the token.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class EntraIdTests
{
    private readonly PackedPackage package;

    public EntraIdTests(PackedPackage package) => this.package = package;

    [Theory]
    [InlineData("variable", "environment variable SPEECH_TOKEN")]
    [InlineData("az", "the Azure CLI (az)")]
    [InlineData("azd", "the Azure Developer CLI (azd)")]
    public async Task Build_and_snapshot_update_succeed_with_a_token_only_and_the_token_is_in_no_output(string source, string describedAs)
    {
        // Distinct per run and per source, and shaped like a JWT, so a hit can only be this token.
        var token = $"eyJ0eXAiOiJKV1QifQ.entra-{source}-{Guid.NewGuid():N}.c2lnbmF0dXJl";
        var refused = $"eyJ0eXAiOiJKV1QifQ.not-accepted-{Guid.NewGuid():N}.c2lnbmF0dXJl";
        var options = new EmulatorOptions
        {
            DataFile = Path.Combine(package.RepositoryRoot, "src", "SpeechLifecycle.Emulator", "data", "sample-data.json"),
        };
        options.BearerTokens.Add(token);
        await using var emulator = await SpeechEmulator.StartAsync(options);

        // The source under test gives the accepted token; a source tried after it gives one the emulator refuses (a
        // 401 would fail the test), so the order is checked too.
        var clis = new FakeAzureClis(package, "entra-" + source);
        var environment = source switch
        {
            "variable" => clis.AzureCliPrints(refused).AzureDeveloperCliPrints(refused).Environment(package),
            "az" => clis.AzureCliPrints(token).AzureDeveloperCliPrints(refused).Environment(package),
            _ => clis.Fails("az").AzureDeveloperCliPrints(token).Environment(package),
        };
        if (source == "variable")
        {
            environment["SPEECH_TOKEN"] = token;
        }

        Assert.False(environment.ContainsKey("SPEECH_KEY"));
        var workspace = new ConsumerWorkspace(package, "entra-" + source);
        var modelsSource = SampleData.ModelsClass(
            "Keyless",
            SampleData.CustomModelUri(SampleData.ExpiringCustomModel),
            SampleData.BaseModelUri(SampleData.HealthyBaseModel));
        workspace.AddProject("Keyless", new Dictionary<string, string> { ["Models.cs"] = modelsSource });
        var cache = Path.Combine(workspace.Directory, "cache");
        string[] knobs = [$"-p:SpeechLifecycleEndpoint={emulator.BaseAddress}", $"-p:SpeechLifecycleCacheDirectory={cache}"];

        var build = await workspace.DotnetAsync(environment,
            ["build", "Keyless", "--no-incremental", "-nologo", "-v:n", $"-bl:{Path.Combine(workspace.Directory, "build.binlog")}", .. knobs]);
        var update = await workspace.DotnetAsync(environment,
            ["msbuild", "Keyless", "-t:SpeechLifecycleUpdateSnapshot", "-nologo", "-v:n", $"-bl:{Path.Combine(workspace.Directory, "update.binlog")}", .. knobs]);

        // The build: lifecycle data from the service (SPL1002 needs the custom model's dates; nothing else has them), authenticated by the expected source, no key, no refusal.
        var spl = BuildDiagnostic.Parse(build.Output);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains(spl, d => d is { Id: "SPL1002", Severity: "warning" } && d.Line == ConsumerWorkspace.LineOf(modelsSource, SampleData.ExpiringCustomModel));
        Assert.DoesNotContain(spl, d => d.Id is "SPL9001" or "SPLT004" or "SPLT005" or "SPLT020");
        Assert.Contains($"SPLT021: Speech lifecycle look-ups on 127.0.0.1 authenticate with the Microsoft Entra ID token from {describedAs}.", build.Output, StringComparison.Ordinal);
        Assert.True(emulator.CountRequests() > 0, build.ToString());
        Assert.All(emulator.Requests, request => Assert.True(request.HadBearerToken && !request.HadKeyHeader && request.StatusCode == 200, request.ToString()));

        // The snapshot update: written from the service with the same credential.
        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Contains("SPLT011", update.Output, StringComparison.Ordinal);
        Assert.Contains($"authenticate with the Microsoft Entra ID token from {describedAs}", update.Output, StringComparison.Ordinal);
        var snapshot = File.ReadAllText(Path.Combine(workspace.Directory, "Keyless", "speech-lifecycle.json"));
        Assert.Contains(SampleData.ExpiringCustomModel, snapshot, StringComparison.Ordinal);

        // Nowhere: not in the console output, not in any file under the workspace (obj/, bin/, the cache, the snapshot,
        // the binlogs decompressed), and the CLIs' own output never reached the log.
        Assert.DoesNotContain(token, build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(token, update.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("fake-cli-", build.Output + update.Output, StringComparison.Ordinal);
        var searched = Directory.EnumerateFiles(workspace.Directory, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(searched, file => file.EndsWith(".binlog", StringComparison.Ordinal));
        Assert.Contains(searched, file => file.StartsWith(cache, StringComparison.Ordinal));
        Assert.Contains(searched, file => file.EndsWith("speech-lifecycle.g.json", StringComparison.Ordinal));
        // Positive controls: the search does see into the binlog (it holds the endpoint) and the cache (the model ID).
        Assert.True(Contains(Path.Combine(workspace.Directory, "build.binlog"), emulator.BaseAddress.ToString()), "the binlog search sees nothing");
        Assert.Contains(searched, file => file.StartsWith(cache, StringComparison.Ordinal) && Contains(file, SampleData.ExpiringCustomModel));
        var hits = searched.Where(file => Contains(file, token)).ToList();
        Assert.True(hits.Count == 0, "The token was found in: " + string.Join(", ", hits));
    }

    [Fact]
    public async Task Garbage_from_az_and_a_hanging_azd_cost_at_most_the_budget_and_SPLT004_says_what_was_tried()
    {
        await using var emulator = await SpeechEmulator.StartAsync(new EmulatorOptions
        {
            DataFile = Path.Combine(package.RepositoryRoot, "src", "SpeechLifecycle.Emulator", "data", "sample-data.json"),
        });
        // az first (answers at once), then the hanging azd, which gets what is left of the budget.
        var clis = new FakeAzureClis(package, "entra-hang").PrintsGarbage("az").Hangs("azd");
        var workspace = new ConsumerWorkspace(package, "entra-hang");
        var modelsSource = SampleData.ModelsClass("Hang", SampleData.CustomModelUri(SampleData.ExpiringCustomModel));
        workspace.AddProject("Hang", new Dictionary<string, string> { ["Models.cs"] = modelsSource });

        var build = await workspace.DotnetAsync(clis.Environment(package),
            "build", "Hang", "--no-incremental", "-nologo",
            $"-p:SpeechLifecycleEndpoint={emulator.BaseAddress}", $"-p:SpeechLifecycleCacheDirectory={Path.Combine(workspace.Directory, "cache")}",
            "-p:_SpeechLifecycleTimeBudgetSeconds=3");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(0, emulator.CountRequests());
        // Task warnings are located at the project file without a line: "Hang.csproj : warning SPLT004: …".
        var missing = Assert.Single(build.Output.Split('\n').Distinct(), line => line.Contains("warning SPLT004:", StringComparison.Ordinal));
        Assert.True(
            missing.Contains("Tried, in order: environment variable SPEECH_KEY (not set), environment variable SPEECH_TOKEN (not set), the Azure CLI (az) (az's output was not a token), the Azure Developer CLI (azd) (azd gave no answer within ", StringComparison.Ordinal)
            && missing.Contains(" s and was stopped).", StringComparison.Ordinal),
            missing);
        Assert.Contains(BuildDiagnostic.Parse(build.Output), d => d.Id == "SPL9001" && d.Line == ConsumerWorkspace.LineOf(modelsSource, SampleData.ExpiringCustomModel));
        Assert.DoesNotContain("fake-cli-", build.Output, StringComparison.Ordinal);

        // The hanging azd (a `sleep` under the script's pid) was killed, not left behind.
        var pid = int.Parse(File.ReadAllText(clis.PidFile("azd")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(ProcessEnded(pid), $"the hanging azd (pid {pid}) is still running");
    }

    private static bool ProcessEnded(int pid)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                if (process.HasExited)
                {
                    return true;
                }
            }
            catch (ArgumentException)
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return false;
    }

    /// <summary>Raw bytes as UTF-8 and UTF-16, and a binlog's gzip content too, so neither encoding nor compression hides a hit.</summary>
    private static bool Contains(string file, string token)
    {
        var bytes = File.ReadAllBytes(file);
        if (file.EndsWith(".binlog", StringComparison.Ordinal))
        {
            using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            bytes = output.ToArray();
            Assert.True(bytes.Length > 0, file);
        }

        return bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(token)) >= 0
            || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(token)) >= 0;
    }
}
