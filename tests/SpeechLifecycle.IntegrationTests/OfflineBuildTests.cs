using SpeechLifecycle.IntegrationTests.Infrastructure;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>`dotnet build` of a consumer with a committed snapshot and no Speech endpoint: hermetic CI.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class OfflineBuildTests
{
    private readonly PackedPackage package;

    public OfflineBuildTests(PackedPackage package) => this.package = package;

    [Fact]
    public async Task Healthy_project_builds_clean_with_the_date_snapshot_and_config_handed_to_the_analyzer()
    {
        var workspace = new ConsumerWorkspace(package, "healthy");
        var folder = workspace.AddProject("Healthy", new Dictionary<string, string>
        {
            ["Models.cs"] = SampleData.ModelsClass("Healthy", SampleData.BaseModelUri(SampleData.HealthyBaseModel)),
            ["speech-lifecycle.json"] = package.SampleSnapshot(SampleData.BatchSnapshotSample),
            ["appsettings.json"] = "{ }",
        });

        var result = await workspace.BuildAsync("Healthy");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(BuildDiagnostic.Parse(result.Output), d => d.Id.StartsWith("SPL", StringComparison.Ordinal));
        var config = GeneratedEditorConfig.ReadSingle(folder, "net10.0");
        Assert.Contains($"build_property.SpeechLifecycleEvaluationDate = {ConsumerWorkspace.AsOf}", config);
        Assert.Contains("build_property.SpeechLifecycleWarningDays = 90", config);
        Assert.Contains("build_property.SpeechLifecycleEnabled = true", config);
        Assert.Contains($"[{Path.Combine(folder, "speech-lifecycle.json")}]{Environment.NewLine}build_metadata.AdditionalFiles.SpeechLifecycleKind = Snapshot", config);
        Assert.Contains($"[{Path.Combine(folder, "appsettings.json")}]{Environment.NewLine}build_metadata.AdditionalFiles.SpeechLifecycleKind = Config", config);
    }

    [Fact]
    public async Task Expired_and_expiring_models_are_reported_at_their_lines()
    {
        var workspace = new ConsumerWorkspace(package, "offline");
        var source = SampleData.ModelsClass(
            "Offline",
            SampleData.BaseModelUri(SampleData.ExpiredBaseModel),
            SampleData.CustomModelUri(SampleData.ExpiringCustomModel),
            SampleData.BaseModelUri(SampleData.HealthyBaseModel));
        workspace.AddProject("Offline", new Dictionary<string, string>
        {
            ["Models.cs"] = source,
            ["speech-lifecycle.json"] = package.SampleSnapshot(SampleData.BatchSnapshotSample),
        });

        var result = await workspace.BuildAsync("Offline");

        var spl = BuildDiagnostic.Parse(result.Output).Where(d => d.Id.StartsWith("SPL", StringComparison.Ordinal)).ToList();
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(spl, d => d is { Id: "SPL1001", Severity: "error" } && d.File.EndsWith("Models.cs", StringComparison.Ordinal)
            && d.Line == ConsumerWorkspace.LineOf(source, SampleData.ExpiredBaseModel));
        Assert.Contains(spl, d => d is { Id: "SPL1002", Severity: "warning" } && d.File.EndsWith("Models.cs", StringComparison.Ordinal)
            && d.Line == ConsumerWorkspace.LineOf(source, SampleData.ExpiringCustomModel));
        Assert.DoesNotContain(spl, d => d.Line == ConsumerWorkspace.LineOf(source, SampleData.HealthyBaseModel));
    }

    [Fact]
    public async Task Warnaserror_fails_the_build_on_an_expiring_model()
    {
        var workspace = new ConsumerWorkspace(package, "warnaserror");
        var source = SampleData.ModelsClass("Strict", SampleData.CustomModelUri(SampleData.ExpiringCustomModel));
        workspace.AddProject("Strict", new Dictionary<string, string>
        {
            ["Models.cs"] = source,
            ["speech-lifecycle.json"] = package.SampleSnapshot(SampleData.BatchSnapshotSample),
        });

        var withoutFlag = await workspace.BuildAsync("Strict");
        var withFlag = await workspace.BuildAsync("Strict", "-warnaserror");

        Assert.True(withoutFlag.ExitCode == 0, withoutFlag.ToString());
        Assert.Contains(BuildDiagnostic.Parse(withoutFlag.Output), d => d is { Id: "SPL1002", Severity: "warning" });
        Assert.NotEqual(0, withFlag.ExitCode);
        Assert.Contains(BuildDiagnostic.Parse(withFlag.Output), d => d is { Id: "SPL1002", Severity: "error" }
            && d.Line == ConsumerWorkspace.LineOf(source, SampleData.ExpiringCustomModel));
    }

    /// <summary>
    /// The config files teams keep IDs in besides appsettings.json, scanned by default: Azure Functions'
    /// local.settings.json (Values) and Properties/launchSettings.json (environmentVariables), with environment-variable
    /// spellings of the key convention. Other services' GUIDs in the same files stay silent.
    /// </summary>
    [Fact]
    public async Task Ids_in_local_settings_and_launch_settings_are_reported_at_their_json_lines()
    {
        var workspace = new ConsumerWorkspace(package, "settings-files");
        var localSettings = $$"""
            {
              "IsEncrypted": false,
              "Values": {
                "AzureWebJobsStorage": "UseDevelopmentStorage=true",
                "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
                "AZURE_CLIENT_ID": "0f6b2a4c-8e1d-4b7a-9c3e-5d2f1a0b9c8d",
                "AZURE_SPEECH_CUSTOM_MODEL_ID": "{{SampleData.ExpiredCustomModel}}"
              }
            }
            """;
        var launchSettings = $$"""
            {
              "profiles": {
                "Functions": {
                  "commandName": "Project",
                  "environmentVariables": {
                    "APPINSIGHTS_INSTRUMENTATIONKEY": "3a7e9d1b-2c4f-4e8a-b6d0-1f9c8e7a6b5d",
                    "Speech__CustomModelId": "{{SampleData.ExpiringCustomModel}}",
                    "SPEECH_BASE_MODEL_ID": "{{SampleData.HealthyBaseModel}}"
                  }
                }
              }
            }
            """;
        var folder = workspace.AddProject("Functions", new Dictionary<string, string>
        {
            ["Program.cs"] = "namespace Functions; public static class Program { public static void Main() { } }",
            ["speech-lifecycle.json"] = package.SampleSnapshot(SampleData.BatchSnapshotSample),
            ["local.settings.json"] = localSettings,
            [Path.Combine("Properties", "launchSettings.json")] = launchSettings,
        });

        var result = await workspace.BuildAsync("Functions");

        var spl = BuildDiagnostic.Parse(result.Output).Where(d => d.Id.StartsWith("SPL", StringComparison.Ordinal)).ToList();
        var localSettingsPath = Path.Combine(folder, "local.settings.json");
        var launchSettingsPath = Path.Combine(folder, "Properties", "launchSettings.json");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(spl, d => d is { Id: "SPL1001", Severity: "error" } && d.File == localSettingsPath
            && d.Line == ConsumerWorkspace.LineOf(localSettings, SampleData.ExpiredCustomModel));
        Assert.Contains(spl, d => d is { Id: "SPL1002", Severity: "warning" } && d.File == launchSettingsPath
            && d.Line == ConsumerWorkspace.LineOf(launchSettings, SampleData.ExpiringCustomModel));
        // Exactly those two: nothing on the healthy base model, the client ID or the instrumentation key.
        Assert.True(spl.Count == 2, string.Join(Environment.NewLine, spl) + Environment.NewLine + result.Output);
    }
}
