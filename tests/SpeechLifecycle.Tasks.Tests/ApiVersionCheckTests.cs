using Microsoft.Build.Framework;
using SpeechLifecycle.Emulator;
using SpeechLifecycle.Snapshots;
using TaskItem = Microsoft.Build.Utilities.TaskItem;

namespace SpeechLifecycle.Tasks.Tests;

/// <summary>Asking the configured resources about the path versions a project uses (docs/msbuild.md "API-version checks").</summary>
public sealed class ApiVersionCheckTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _keyVariable = "SPLT_TEST_KEY_" + Guid.NewGuid().ToString("N");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        _temp.Dispose();
    }

    private static Task<SpeechEmulator> StartRetiringV32Async() =>
        SpeechEmulator.StartAsync(new EmulatorOptions { DataJson = Seed.Json(), RetiredPathVersions = { "v3.2" } });

    private ResolveSpeechLifecycle NewTask(FakeBuildEngine engine, SpeechEmulator? emulator, params string[] codeFiles) => new()
    {
        BuildEngine = engine,
        Endpoint = emulator?.BaseAddress.AbsoluteUri,
        KeyVariable = _keyVariable,
        AsOf = Seed.AsOf,
        CacheDirectory = _temp.Combine("cache"),
        ProjectFile = _temp.Combine("App.csproj"),
        OutputSnapshot = _temp.Combine("obj", "speech-lifecycle.g.json"),
        ScanCacheFile = _temp.Combine("obj", "speech-lifecycle.scan"),
        TimeBudgetSeconds = "20",
        Compile = codeFiles.Select(f => (ITaskItem)new TaskItem(f)).ToArray(),
    };

    private static LifecycleSnapshot ReadSnapshot(string path)
    {
        Assert.True(LifecycleSnapshotReader.TryRead(File.ReadAllText(path), out var snapshot, out var error), error);
        return snapshot!;
    }

    private static int Probes(SpeechEmulator emulator, string version) =>
        emulator.CountRequests(r => r.PathAndQuery.StartsWith($"/speechtotext/{version}/models/base?top=1", StringComparison.Ordinal));

    [Theory]
    [InlineData(ServiceOutcome.Success, 200, null, ApiVersionServiceStatus.Served)]
    [InlineData(ServiceOutcome.NotFound, 404, "HTTP 404: 404: Resource not found", ApiVersionServiceStatus.Retired)]
    [InlineData(ServiceOutcome.UnexpectedStatus, 410, "HTTP 410.", ApiVersionServiceStatus.Retired)]
    [InlineData(ServiceOutcome.UnexpectedStatus, 400, "HTTP 400: InvalidRequest: The api-version 'x' is not supported. (InvalidApiVersion)", ApiVersionServiceStatus.Retired)]
    [InlineData(ServiceOutcome.UnexpectedStatus, 400, "HTTP 400: InvalidRequest: The value of 'top' is invalid.", null)]
    [InlineData(ServiceOutcome.AuthenticationFailed, 401, "HTTP 401: 401: Access denied", null)]
    [InlineData(ServiceOutcome.ServerError, 503, "HTTP 503.", null)]
    [InlineData(ServiceOutcome.Unreachable, 0, "No answer within 5 s.", null)]
    [InlineData(ServiceOutcome.Redirected, 307, "The service answered 307 (redirect).", null)]
    public void Answers_read_as_served_refused_or_no_verdict(ServiceOutcome outcome, int status, string? message, ApiVersionServiceStatus? expected)
    {
        Assert.Equal(expected, ApiVersionProbe.Classify(outcome, status, message));
    }

    [Fact]
    public void Probe_lists_one_base_model_in_the_version_on_the_resource_root()
    {
        var resource = new Uri("https://eastus.api.cognitive.microsoft.com/some/path");

        Assert.Equal("https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base?top=1", ApiVersionProbe.RequestUri(resource, "v3.2").AbsoluteUri);
        Assert.Equal("https://eastus.api.cognitive.microsoft.com/speechtotext/models/base?top=1&api-version=2024-05-15-preview", ApiVersionProbe.RequestUri(resource, "2024-05-15-preview").AbsoluteUri);
    }

    [Fact]
    public async Task Each_version_is_asked_once_per_resource_and_the_verdicts_go_into_the_snapshot()
    {
        await using var emulator = await StartRetiringV32Async();
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        var host = emulator.BaseAddress.AbsoluteUri;
        var client = _temp.File("Client.cs", $$"""
            const string Submit = "speechtotext/v3.2/transcriptions";
            const string Model = "{{host}}speechtotext/v3.2/models/{{Seed.ExpiringCustom}}";
            const string Other = "https://westus.api.cognitive.microsoft.com/speechtotext/v3.2/transcriptions";
            const string Legacy = "{{host}}speechtotext/v3.0/transcriptions";
            """);
        var config = _temp.File("appsettings.json", $$"""{ "Speech": { "Submit": "{{host}}speechtotext/v3.1/transcriptions" } }""");
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, emulator, client);
        task.ConfigFiles = new ITaskItem[] { new TaskItem(config) };

        Assert.True(task.Execute());

        // Three uses of v3.2 (no host, the resource's host, a host that is not configured): one request.
        Assert.Equal((1, 1, 1), (Probes(emulator, "v3.2"), Probes(emulator, "v3.1"), Probes(emulator, "v3.0")));
        var verdicts = ReadSnapshot(task.SnapshotPath).ApiVersions;
        Assert.Equal(
            new[] { "127.0.0.1 v3.0 Retired", "127.0.0.1 v3.1 Served", "127.0.0.1 v3.2 Retired" },
            verdicts.Select(v => $"{v.Host} {v.Version} {v.Status}"));
        Assert.All(verdicts, v => Assert.InRange(v.CheckedAt!.Value, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1)));
        Assert.Contains("Resource not found", verdicts.Single(v => v.Version == "v3.2").Detail, StringComparison.Ordinal);
        Assert.Contains(engine.Messages, m => m.Code == TaskMessageCodes.ApiVersionChecked && m.Importance == MessageImportance.High
            && m.Message!.Contains("refused Speech-to-text REST API version v3.2", StringComparison.Ordinal));
        Assert.DoesNotContain(engine.Warnings, w => w.Code.StartsWith("SPLT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_no_change_rerun_asks_nothing_and_writes_the_same_snapshot_and_offline_builds_use_the_cache()
    {
        await using var emulator = await StartRetiringV32Async();
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        var client = _temp.File("Client.cs", """const string Submit = "speechtotext/v3.2/transcriptions";""");

        var first = NewTask(new FakeBuildEngine(), emulator, client);
        Assert.True(first.Execute());
        var content = File.ReadAllText(first.SnapshotPath);
        emulator.ResetRequests();

        var second = NewTask(new FakeBuildEngine(), emulator, client);
        Assert.True(second.Execute());
        Assert.Equal(0, emulator.CountRequests());
        Assert.Equal(0, second.RequestCount);
        Assert.Equal(content, File.ReadAllText(second.SnapshotPath));

        var designTime = NewTask(new FakeBuildEngine(), emulator, client);
        designTime.DesignTimeBuild = "true";
        Assert.True(designTime.Execute());
        Assert.Equal(0, emulator.CountRequests());
        Assert.Equal(ApiVersionServiceStatus.Retired, Assert.Single(ReadSnapshot(designTime.SnapshotPath).ApiVersions).Status);
    }

    [Fact]
    public async Task No_verdict_leaves_the_docs_to_decide_and_is_asked_again_next_build()
    {
        await using var emulator = await StartRetiringV32Async();
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, StatusCode = 503 });
        var client = _temp.File("Client.cs", """const string Submit = "speechtotext/v3.2/transcriptions";""");
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, emulator, client);
        task.ExpiryFile = _temp.Combine("obj", "speech-lifecycle.expiry");

        Assert.True(task.Execute());

        Assert.Empty(ReadSnapshot(task.SnapshotPath).ApiVersions);
        Assert.Contains(engine.Messages, m => m.Code == TaskMessageCodes.ApiVersionUnchecked && m.Message!.Contains("v3.2", StringComparison.Ordinal));
        Assert.Equal("00000000000000", File.ReadAllText(task.ExpiryFile));
        Assert.False(File.Exists(new LifecycleCache(_temp.Combine("cache"), TimeSpan.FromHours(1)).ApiVersionPath("127.0.0.1_" + emulator.BaseAddress.Port, "v3.2")));
    }

    [Fact]
    public void Without_a_resource_nothing_is_asked_and_no_verdict_is_recorded()
    {
        var client = _temp.File("Client.cs", """const string Submit = "speechtotext/v3.2/transcriptions";""");
        var task = NewTask(new FakeBuildEngine(), null, client);

        Assert.True(task.Execute());

        Assert.Empty(ReadSnapshot(task.SnapshotPath).ApiVersions);
        Assert.Equal(0, task.RequestCount);
    }

    [Fact]
    public async Task Update_snapshot_records_the_verdicts_and_keeps_those_of_other_resources()
    {
        await using var emulator = await StartRetiringV32Async();
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        var client = _temp.File("Client.cs", """const string Submit = "speechtotext/v3.2/transcriptions";""");
        var previous = new LifecycleSnapshot();
        previous.ApiVersions.Add(new ApiVersionVerdict { Host = "westus.api.cognitive.microsoft.com", Version = "v3.1", Status = ApiVersionServiceStatus.Served, CheckedAt = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc) });
        var committedPath = _temp.File("speech-lifecycle.json", LifecycleSnapshotWriter.Write(previous));
        var task = NewTask(new FakeBuildEngine(), emulator, client);
        task.CommittedSnapshot = committedPath;
        task.UpdateSnapshotPath = committedPath;

        Assert.True(task.Execute());

        Assert.Equal(
            new[] { "127.0.0.1 v3.2 Retired", "westus.api.cognitive.microsoft.com v3.1 Served" },
            ReadSnapshot(committedPath).ApiVersions.Select(v => $"{v.Host} {v.Version} {v.Status}"));
    }

    [Fact]
    public void Scan_cache_keeps_the_path_versions_of_unchanged_files()
    {
        var file = _temp.File("Client.cs", """const string A = "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/transcriptions"; const string B = "speechtotext/v3.0/models";""");
        var cachePath = _temp.Combine("obj", "scan");
        Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
        var first = ScanCache.Load(cachePath);
        var scanned = first.GetOrScanFile(file, ProjectReferenceScanner.ScanCodeFile);
        first.Save(cachePath);

        var second = ScanCache.Load(cachePath);
        var cached = second.GetOrScanFile(file, _ => throw new InvalidOperationException("should come from the cache"));

        Assert.Equal(new[] { "v3.2 @eastus.api.cognitive.microsoft.com", "v3.0" }, scanned.ApiVersions.Select(u => u.ToString()));
        Assert.Equal(scanned.ApiVersions, cached.ApiVersions);
        Assert.Equal(1, second.Hits);
    }

    [Fact]
    public async Task Checks_authenticate_like_the_look_ups_with_a_Microsoft_Entra_ID_token_and_no_key()
    {
        const string Token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.api-version-check-token.signature";
        var tokenVariable = "SPLT_TEST_TOKEN_" + Guid.NewGuid().ToString("N");
        var options = new EmulatorOptions { DataJson = Seed.Json(), RetiredPathVersions = { "v3.2" } };
        options.BearerTokens.Add(Token);
        await using var emulator = await SpeechEmulator.StartAsync(options);
        Environment.SetEnvironmentVariable(tokenVariable, Token);
        try
        {
            var client = _temp.File("Client.cs", """const string Submit = "speechtotext/v3.2/transcriptions";""");
            var engine = new FakeBuildEngine();
            var task = NewTask(engine, emulator, client);
            task.TokenVariable = tokenVariable;

            Assert.True(task.Execute());

            Assert.Equal(1, Probes(emulator, "v3.2"));
            Assert.All(emulator.Requests, r => Assert.True(r.HadBearerToken && !r.HadKeyHeader));
            Assert.Equal("127.0.0.1 v3.2 Retired", Assert.Single(ReadSnapshot(task.SnapshotPath).ApiVersions, v => v.Version == "v3.2") is { } v ? $"{v.Host} {v.Version} {v.Status}" : null);
            Assert.DoesNotContain(_temp.AllFileTexts(), text => text.Contains(Token, StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable(tokenVariable, null);
        }
    }
}
