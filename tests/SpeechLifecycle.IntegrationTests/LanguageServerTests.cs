using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using SpeechLifecycle.IntegrationTests.Infrastructure;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>
/// A real language server, driven the way an editor drives it: csharp-ls (Roslyn-based, a dotnet tool) over stdio
/// JSON-RPC on a consumer that was restored and never built. Its project load runs the design-time build, which is
/// where the package hands the analyzer the committed snapshot; the analyzer then reports in the editor and follows
/// unsaved edits. What was verified here and for which editors: docs/ide-support.md.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class LanguageServerTests
{
    /// <summary>The version on the project's package source (shared/reference/nuget-versions.md).</summary>
    private const string CsharpLsVersion = "0.28.0";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Loading the project (a design-time build) on a loaded 2-core machine: generous, polled, never exact.</summary>
    private static readonly TimeSpan FirstDiagnosticsDeadline = TimeSpan.FromMinutes(6);

    private static readonly TimeSpan EditDiagnosticsDeadline = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan WorkspaceDiagnosticsTimeout = TimeSpan.FromMinutes(3);

    private readonly PackedPackage package;

    public LanguageServerTests(PackedPackage package) => this.package = package;

    [Fact]
    public async Task Csharp_ls_reports_SPL_diagnostics_on_a_never_built_project_and_follows_an_unsaved_edit()
    {
        var server = await InstallCsharpLsAsync();
        var workspace = new ConsumerWorkspace(package, "language-server");
        var expiredUri = SampleData.BaseModelUri(SampleData.ExpiredBaseModel);
        var expiringUri = SampleData.CustomModelUri(SampleData.ExpiringCustomModel);
        var healthyUri = SampleData.BaseModelUri(SampleData.HealthyBaseModel);
        var source = SampleData.ModelsClass("Editor", expiredUri, expiringUri, healthyUri);
        // A Functions-style local.settings.json (scanned by default): its diagnostic is not in a C# document, so an
        // editor sees it through workspace diagnostics.
        var localSettings = $$"""
            {
              "Values": {
                "AzureWebJobsStorage": "UseDevelopmentStorage=true",
                "AZURE_SPEECH_CUSTOM_MODEL_ID": "{{SampleData.ExpiredCustomModel}}"
              }
            }
            """;
        var folder = workspace.AddProject("Editor", new Dictionary<string, string>
        {
            ["Models.cs"] = source,
            ["speech-lifecycle.json"] = package.SampleSnapshot(SampleData.BatchSnapshotSample),
            ["local.settings.json"] = localSettings,
        });
        var restore = await workspace.DotnetAsync("restore", Path.Combine(folder, "Editor.csproj"));
        Assert.True(restore.ExitCode == 0, restore.ToString());

        // csharp-ls reads the "csharp" section through workspace/configuration (and takes initializationOptions at
        // startup); analyzers, the package's included, run only with csharp.analyzersEnabled.
        var settings = new JsonObject { ["csharp"] = new JsonObject { ["analyzersEnabled"] = true, ["logLevel"] = "info" } };
        await using var client = LanguageServerClient.Start(server, workspace.Directory, ServerEnvironment(), settings, "--loglevel", "info");
        var rootUri = new Uri(workspace.Directory + Path.DirectorySeparatorChar).AbsoluteUri;
        await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootUri,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "consumer" }),
            ["initializationOptions"] = settings.DeepClone(),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                ["textDocument"] = new JsonObject
                {
                    ["synchronization"] = new JsonObject { ["dynamicRegistration"] = true },
                    ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = true },
                    ["publishDiagnostics"] = new JsonObject(),
                },
            },
        });
        await client.NotifyAsync("initialized", new JsonObject());

        var documentUri = new Uri(Path.Combine(folder, "Models.cs")).AbsoluteUri;
        await client.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = documentUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = source },
        });
        var opened = Speech(await client.PullDiagnosticsUntilAsync(
            documentUri, diagnostics => Speech(diagnostics).Count >= 2, FirstDiagnosticsDeadline));

        Assert.True(opened.Count == 2, Explain("After didOpen: SPL1001 on the expired and SPL1002 on the expiring model, nothing else.", opened, client));
        AssertReportedOn(opened, "SPL1001", severity: 1, source, expiredUri, client);
        AssertReportedOn(opened, "SPL1002", severity: 2, source, expiringUri, client);

        var localSettingsUri = new Uri(Path.Combine(folder, "local.settings.json")).AbsoluteUri;
        var inLocalSettings = await PullWorkspaceDiagnosticsUntilAsync(client, localSettingsUri);
        Assert.True(inLocalSettings.Count == 1, Explain($"workspace/diagnostic: SPL1001 in {localSettingsUri}.", inLocalSettings, client));
        AssertReportedOn(inLocalSettings, "SPL1001", severity: 1, localSettings, SampleData.ExpiredCustomModel, client);

        // An unsaved edit that adds an expired custom model: the editor shows it with no build.
        var addedUri = SampleData.CustomModelUri(SampleData.ExpiredCustomModel);
        var edited = SampleData.ModelsClass("Editor", expiredUri, expiringUri, healthyUri, addedUri);
        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = documentUri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = edited }),
        });
        var addedLine = ConsumerWorkspace.LineOf(edited, SampleData.ExpiredCustomModel) - 1;
        var changed = Speech(await client.PullDiagnosticsUntilAsync(
            documentUri, diagnostics => Speech(diagnostics).Any(d => d.StartLine == addedLine), EditDiagnosticsDeadline));

        Assert.True(changed.Count == 3, Explain("After didChange: the two diagnostics before plus SPL1001 on the added model.", changed, client));
        AssertReportedOn(changed, "SPL1001", severity: 1, edited, addedUri, client);
        AssertReportedOn(changed, "SPL1001", severity: 1, edited, expiredUri, client);
        AssertReportedOn(changed, "SPL1002", severity: 2, edited, expiringUri, client);

        // The project was never compiled: the diagnostics came from the editor's analysis alone.
        Assert.Empty(Directory.GetFiles(folder, "Editor.dll", SearchOption.AllDirectories));
    }

    /// <summary>Pulls workspace diagnostics until <paramref name="documentUri"/> has an SPL one, or the deadline passes.</summary>
    private static async Task<List<LspDiagnostic>> PullWorkspaceDiagnosticsUntilAsync(LanguageServerClient client, string documentUri)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var all = await client.PullWorkspaceDiagnosticsAsync(WorkspaceDiagnosticsTimeout);
            var speech = Speech(all.TryGetValue(documentUri, out var found) ? found : Array.Empty<LspDiagnostic>());
            if (speech.Count > 0 || clock.Elapsed > WorkspaceDiagnosticsTimeout)
            {
                return speech;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>Installs csharp-ls into this run's temporary folder, so `.ci/run` needs nothing installed beforehand.</summary>
    private async Task<string> InstallCsharpLsAsync()
    {
        var toolPath = Path.Combine(package.Root, "tools", "csharp-ls");
        var install = await CommandLine.RunAsync(
            package.Root, CommandLine.CleanEnvironment(), InstallTimeout,
            "tool", "install", "csharp-ls", "--version", CsharpLsVersion, "--tool-path", toolPath);
        Assert.True(install.ExitCode == 0, install.ToString());
        var executable = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
        Assert.True(File.Exists(executable), $"dotnet tool install did not create {executable}.{Environment.NewLine}{install}");
        return executable;
    }

    /// <summary>
    /// The consumers' environment (their packages folder, no MSBuild variables of this test run), plus DOTNET_ROOT so
    /// the tool's launcher finds the runtime this test runs on wherever the SDK is installed.
    /// </summary>
    private Dictionary<string, string?> ServerEnvironment()
    {
        var environment = package.ConsumerEnvironment();
        if (!environment.TryGetValue("DOTNET_ROOT", out var root) || string.IsNullOrEmpty(root))
        {
            // <root>/shared/Microsoft.NETCore.App/<version>/
            environment["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        }

        return environment;
    }

    private static List<LspDiagnostic> Speech(IEnumerable<LspDiagnostic> diagnostics) =>
        diagnostics.Where(d => d.Code.StartsWith("SPL", StringComparison.Ordinal)).ToList();

    /// <summary>The diagnostic's range is exactly <paramref name="uri"/> (a URI or an ID) inside the quotes on its line (LSP: zero-based).</summary>
    private static void AssertReportedOn(
        IReadOnlyList<LspDiagnostic> diagnostics, string code, int severity, string text, string uri, LanguageServerClient client)
    {
        var line = ConsumerWorkspace.LineOf(text, uri) - 1;
        var character = text.Split('\n')[line].IndexOf(uri, StringComparison.Ordinal);
        var expected = new LspDiagnostic(code, severity, line, character, line, character + uri.Length, "");
        Assert.True(
            diagnostics.Any(d => d with { Message = "" } == expected),
            Explain($"Expected {expected}.", diagnostics, client));
    }

    private static string Explain(string expectation, IEnumerable<LspDiagnostic> diagnostics, LanguageServerClient client) =>
        $"{expectation}{Environment.NewLine}Got:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics)}{Environment.NewLine}{client.Transcript}";
}
