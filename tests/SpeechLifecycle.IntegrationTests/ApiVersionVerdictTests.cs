using SpeechLifecycle.Emulator;
using SpeechLifecycle.IntegrationTests.Infrastructure;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>
/// SPL2001 only where a version is known retired (docs, or a resource that refused it), SPL2002 where its retirement is
/// only announced: real builds against an emulator that refuses v3.2, offline, live, and offline on the committed snapshot.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class ApiVersionVerdictTests
{
    private readonly PackedPackage package;

    public ApiVersionVerdictTests(PackedPackage package) => this.package = package;

    [Fact]
    public async Task V32_is_announced_offline_retired_when_the_resource_refuses_it_and_V30_is_retired_either_way()
    {
        await using var emulator = await SpeechEmulator.StartAsync(new EmulatorOptions
        {
            DataFile = Path.Combine(package.RepositoryRoot, "src", "SpeechLifecycle.Emulator", "data", "sample-data.json"),
            RetiredPathVersions = { "v3.2" },
        });
        var workspace = new ConsumerWorkspace(package, "versions");
        const string source = $$"""
            namespace Versions;

            public static class Paths
            {
                public const string Submit = "speechtotext/v3.2/transcriptions";
                public const string Model = "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/{{SampleData.HealthyBaseModel}}";
                public const string Legacy = "speechtotext/v3.0/transcriptions";
            }

            """;
        var project = workspace.AddProject("Versions", new Dictionary<string, string>
        {
            ["Paths.cs"] = source,
            // SPL2002 is Info, which command-line builds do not print; raised here so the test can see it.
            [".editorconfig"] = "root = true\n\n[*.cs]\ndotnet_diagnostic.SPL2002.severity = warning\n",
        });
        var key = new Dictionary<string, string?> { ["SPEECH_KEY"] = "emulator-key" };
        var cache = Path.Combine(workspace.Directory, "cache");
        var live = new[] { $"-p:SpeechLifecycleEndpoint={emulator.BaseAddress}", $"-p:SpeechLifecycleCacheDirectory={cache}" };
        var submitLine = ConsumerWorkspace.LineOf(source, "v3.2/transcriptions");
        var modelLine = ConsumerWorkspace.LineOf(source, "v3.2/models");
        var legacyLine = ConsumerWorkspace.LineOf(source, "v3.0");

        var offline = await workspace.DotnetAsync(key, ["build", "Versions", "--no-incremental", "-nologo", $"-p:SpeechLifecycleCacheDirectory={cache}"]);
        var online = await workspace.DotnetAsync(key, ["build", "Versions", "--no-incremental", "-nologo", .. live]);
        var probes = emulator.CountRequests(r => r.PathAndQuery.Contains("/models/base?top=1", StringComparison.Ordinal));
        var update = await workspace.DotnetAsync(key, ["msbuild", "Versions", "-t:SpeechLifecycleUpdateSnapshot", "-nologo", .. live]);
        var committed = await workspace.DotnetAsync(["build", "Versions", "--no-incremental", "-nologo", $"-p:SpeechLifecycleCacheDirectory={Path.Combine(workspace.Directory, "empty-cache")}"]);

        // Offline, no data: the docs decide.
        var offlineSpl = Spl(offline.Output);
        Assert.Contains(offlineSpl, d => d.Id == "SPL2002" && d.Line == submitLine);
        Assert.Contains(offlineSpl, d => d.Id == "SPL2002" && d.Line == modelLine);
        Assert.DoesNotContain(offlineSpl, d => d.Id == "SPL2001" && (d.Line == submitLine || d.Line == modelLine));
        Assert.Contains(offlineSpl, d => d.Id == "SPL2001" && d.Line == legacyLine && d.Message.Contains("rest-speech-to-text.md", StringComparison.Ordinal));

        // Live: the resource refused v3.2, so it is retired, and the message says the service said so.
        var onlineSpl = Spl(online.Output);
        Assert.True(probes >= 2, online.ToString());
        Assert.Contains(onlineSpl, d => d.Id == "SPL2001" && d.Line == submitLine && d.Message.Contains("the service on 127.0.0.1 refused it on ", StringComparison.Ordinal));
        Assert.Contains(onlineSpl, d => d.Id == "SPL2001" && d.Line == modelLine && d.Message.Contains("the service on 127.0.0.1 refused it on ", StringComparison.Ordinal));
        Assert.DoesNotContain(onlineSpl, d => d.Id == "SPL2002");
        Assert.Contains(onlineSpl, d => d.Id == "SPL2001" && d.Line == legacyLine);

        // Offline CI on the committed snapshot knows what the service said.
        Assert.Equal(0, update.ExitCode);
        Assert.Contains("\"apiVersions\"", File.ReadAllText(Path.Combine(project, "speech-lifecycle.json")), StringComparison.Ordinal);
        var committedSpl = Spl(committed.Output);
        Assert.Contains(committedSpl, d => d.Id == "SPL2001" && d.Line == submitLine && d.Message.Contains("the service on 127.0.0.1 refused it on ", StringComparison.Ordinal));
        Assert.Contains(committedSpl, d => d.Id == "SPL2001" && d.Line == modelLine);
        Assert.Contains(committedSpl, d => d.Id == "SPL2001" && d.Line == legacyLine);
        Assert.DoesNotContain("emulator-key", online.Output + update.Output, StringComparison.Ordinal);
    }

    private static List<BuildDiagnostic> Spl(string output) =>
        BuildDiagnostic.Parse(output).Where(d => d.Id.StartsWith("SPL", StringComparison.Ordinal) && d.File.EndsWith("Paths.cs", StringComparison.Ordinal)).ToList();
}
