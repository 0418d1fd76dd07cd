using Microsoft.Build.Framework;
using TaskItem = Microsoft.Build.Utilities.TaskItem;
using SpeechLifecycle.Emulator;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks.Tests;

public sealed class ResolveSpeechLifecycleTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _keyVariable = "SPLT_TEST_KEY_" + Guid.NewGuid().ToString("N");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        _temp.Dispose();
    }

    private ResolveSpeechLifecycle NewTask(FakeBuildEngine engine, SpeechEmulator? emulator = null) => new()
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
    };

    private static ITaskItem Item(string spec, params (string Name, string Value)[] metadata)
    {
        var item = new TaskItem(spec);
        foreach (var (name, value) in metadata)
        {
            item.SetMetadata(name, value);
        }

        return item;
    }

    private static LifecycleSnapshot ReadSnapshot(string path)
    {
        Assert.True(LifecycleSnapshotReader.TryRead(File.ReadAllText(path), out var snapshot, out var error), error);
        return snapshot!;
    }

    [Theory]
    [InlineData(nameof(ResolveSpeechLifecycle.Enabled), "yes", "SpeechLifecycleEnabled", "true, false")]
    [InlineData(nameof(ResolveSpeechLifecycle.Offline), "1", "SpeechLifecycleOffline", "true, false")]
    [InlineData(nameof(ResolveSpeechLifecycle.CacheHours), "-3", "SpeechLifecycleCacheHours", "whole number of hours")]
    [InlineData(nameof(ResolveSpeechLifecycle.CacheHours), "1.5", "SpeechLifecycleCacheHours", "whole number of hours")]
    [InlineData(nameof(ResolveSpeechLifecycle.WarningDays), "ninety", "SpeechLifecycleWarningDays", "whole number of days")]
    [InlineData(nameof(ResolveSpeechLifecycle.AsOf), "30/06/2027", "SpeechLifecycleAsOf", "yyyy-MM-dd")]
    [InlineData(nameof(ResolveSpeechLifecycle.AsOf), "2027-02-30", "SpeechLifecycleAsOf", "yyyy-MM-dd")]
    [InlineData(nameof(ResolveSpeechLifecycle.ApiVersion), "v3.0", "SpeechLifecycleApiVersion", "2025-10-15, 2024-11-15, v3.2, v3.1")]
    [InlineData(nameof(ResolveSpeechLifecycle.Endpoint), "eastus", "SpeechLifecycleEndpoint", "https://")]
    [InlineData(nameof(ResolveSpeechLifecycle.TimeBudgetSeconds), "0", "_SpeechLifecycleTimeBudgetSeconds", "from 1 to 3600")]
    [InlineData(nameof(ResolveSpeechLifecycle.TimeBudgetSeconds), "3601", "_SpeechLifecycleTimeBudgetSeconds", "from 1 to 3600")]
    [InlineData(nameof(ResolveSpeechLifecycle.TimeBudgetSeconds), "2147483647", "_SpeechLifecycleTimeBudgetSeconds", "from 1 to 3600")]
    [InlineData(nameof(ResolveSpeechLifecycle.TimeBudgetSeconds), "99999999999", "_SpeechLifecycleTimeBudgetSeconds", "from 1 to 3600")]
    [InlineData(nameof(ResolveSpeechLifecycle.CacheHours), "300000000", "SpeechLifecycleCacheHours", "from 0 to 8760")]
    [InlineData(nameof(ResolveSpeechLifecycle.CacheHours), "8761", "SpeechLifecycleCacheHours", "from 0 to 8760")]
    [InlineData(nameof(ResolveSpeechLifecycle.CacheHours), "99999999999999999999", "SpeechLifecycleCacheHours", "from 0 to 8760")]
    [InlineData(nameof(ResolveSpeechLifecycle.WarningDays), "3651", "SpeechLifecycleWarningDays", "from 0 to 3650")]
    [InlineData(nameof(ResolveSpeechLifecycle.WarningDays), "2147483648", "SpeechLifecycleWarningDays", "from 0 to 3650")]
    [InlineData(nameof(ResolveSpeechLifecycle.KeyVariable), "SPEECH_KEY=abc", "SpeechLifecycleKeyVariable", "name of an environment variable")]
    public void Invalid_knob_fails_with_SPLT001_naming_the_property_and_accepted_values(string parameter, string value, string property, string accepted)
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine);
        typeof(ResolveSpeechLifecycle).GetProperty(parameter)!.SetValue(task, value);

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(TaskMessageCodes.InvalidValue, error.Code);
        Assert.Contains(property, error.Message, StringComparison.Ordinal);
        Assert.Contains(accepted, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(task.OutputSnapshot));
    }

    [Theory]
    [InlineData("8760", "3650", "3600", "9999-12-31")]
    [InlineData("0", "0", "1", "0001-01-01")]
    public void The_extreme_accepted_knob_values_run_without_a_crash(string cacheHours, string warningDays, string budgetSeconds, string asOf)
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine);
        task.CacheHours = cacheHours;
        task.WarningDays = warningDays;
        task.TimeBudgetSeconds = budgetSeconds;
        task.AsOf = asOf;
        task.SpeechModels = new[] { Item(Seed.ExpiredBase.ToString(), ("Kind", "base")) };

        task.Execute();

        Assert.DoesNotContain(engine.Errors, e => e.Code == TaskMessageCodes.InvalidValue);
        Assert.DoesNotContain(engine.Warnings, w => w.Code == TaskMessageCodes.UnexpectedFailure);
        Assert.True(File.Exists(task.OutputSnapshot));
    }

    [Fact]
    public void Invalid_resource_url_fails_with_SPLT001_naming_the_item()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine);
        task.Resources = new[] { Item("westeurope", ("KeyVariable", _keyVariable)) };

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(TaskMessageCodes.InvalidValue, error.Code);
        Assert.Contains("SpeechLifecycleResource item 'westeurope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_speech_model_kind_fails_with_SPLT001()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine);
        task.SpeechModels = new[] { Item(Seed.ExpiredBase.ToString(), ("Kind", "voice")) };

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(TaskMessageCodes.InvalidValue, error.Code);
        Assert.Contains("base, custom, endpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_to_a_non_loopback_host_is_refused_with_SPLT002()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine);
        task.Resources = new[] { Item("http://eastus.api.cognitive.microsoft.com", ("KeyVariable", _keyVariable)) };

        Assert.False(task.Execute());

        Assert.Equal(TaskMessageCodes.InsecureResource, Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void Disabled_does_nothing()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine);
        task.Enabled = "false";
        task.SpeechModels = new[] { Item(Seed.ExpiredBase.ToString(), ("Kind", "base")) };

        Assert.True(task.Execute());

        Assert.Equal(string.Empty, task.SnapshotPath);
        Assert.False(File.Exists(task.OutputSnapshot));
        Assert.Empty(engine.Warnings);
        Assert.Equal(Seed.AsOf, task.EvaluationDate);
    }

    [Fact]
    public async Task Resolves_code_config_and_items_reports_item_diagnostics_and_writes_the_snapshot()
    {
        await using var emulator = await Emulators.StartAsync();
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        var code = _temp.File("Transcribe.cs", $$"""
            var model = new Uri("{{emulator.BaseAddress}}speechtotext/models/base/{{Seed.ExpiredBase}}?api-version=2025-10-15");
            """);
        var recognizer = _temp.File("Recognize.cs", $$"""config.EndpointId = "{{Seed.EndpointOnCustom}}"; other.EndpointId = Settings.Old;""");
        var constants = _temp.File("Settings.cs", $$"""static class Settings { public const string Old = "{{Seed.EndpointOnExpiredBase}}"; }""");
        var config = _temp.File("appsettings.json", $$"""{ "Speech": { "CustomModelId": "{{Seed.ExpiringCustom}}" } }""");
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, emulator);
        task.Compile = new[] { Item(code), Item(recognizer), Item(constants) };
        task.ConfigFiles = new[] { Item(config) };
        task.SpeechModels = new[]
        {
            Item(Seed.ExpiredBase.ToString(), ("Kind", "base")),
            Item(Seed.EndpointOnCustom.ToString(), ("Kind", "endpoint")),
            Item(Seed.Unknown.ToString(), ("Kind", "custom")),
        };

        Assert.True(task.Execute() == false, "SPL1001 on an item is an error");

        Assert.Equal(Seed.AsOf, task.EvaluationDate);
        var spl1001 = Assert.Single(engine.Errors);
        Assert.Equal("SPL1001", spl1001.Code);
        Assert.Equal(task.ProjectFile, spl1001.File);
        Assert.Contains("2024-01-15", spl1001.Message, StringComparison.Ordinal);
        Assert.Contains(engine.Warnings, w => w.Code == "SPL1006" && w.Message!.Contains("2026-07-15", StringComparison.Ordinal) && w.Message!.Contains("in 44 days", StringComparison.Ordinal));
        Assert.Contains(engine.Warnings, w => w.Code == "SPL1007" && w.Message!.Contains(Seed.Unknown.ToString(), StringComparison.Ordinal));

        Assert.Equal(Path.GetFullPath(task.OutputSnapshot!), task.SnapshotPath);
        var snapshot = ReadSnapshot(task.SnapshotPath);
        Assert.Equal(LookupStatus.Resolved, snapshot.Find(ReferenceKind.BaseModel, Seed.ExpiredBase, "127.0.0.1")!.Lookup);
        Assert.Equal(LookupStatus.Resolved, snapshot.Find(ReferenceKind.Endpoint, Seed.EndpointOnCustom, null)!.Lookup);
        Assert.Equal(LookupStatus.Resolved, snapshot.Find(ReferenceKind.Endpoint, Seed.EndpointOnExpiredBase, null)!.Lookup);
        Assert.Equal(LookupStatus.Resolved, snapshot.Find(ReferenceKind.CustomModel, Seed.ExpiringCustom, null)!.Lookup);
        Assert.Contains(snapshot.Candidates, c => c.Id == Seed.HealthyBase);
    }

    [Fact]
    public async Task A_no_change_rerun_with_a_fresh_cache_sends_nothing_and_leaves_the_snapshot_untouched()
    {
        await using var emulator = await Emulators.StartAsync();
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        var config = _temp.File("appsettings.json", $$"""{ "EndpointId": "{{Seed.EndpointOnCustom}}", "ModelId": "{{Seed.HealthyBase}}" }""");

        var first = NewTask(new FakeBuildEngine(), emulator);
        first.ConfigFiles = new[] { Item(config) };
        Assert.True(first.Execute());
        Assert.True(first.RequestCount > 0);
        var written = File.GetLastWriteTimeUtc(first.SnapshotPath);
        var content = File.ReadAllText(first.SnapshotPath);
        File.SetLastWriteTimeUtc(first.SnapshotPath, written.AddMinutes(-5));
        emulator.ResetRequests();

        var second = NewTask(new FakeBuildEngine(), emulator);
        second.ConfigFiles = new[] { Item(config) };
        Assert.True(second.Execute());

        Assert.Equal(0, second.RequestCount);
        Assert.Equal(0, emulator.CountRequests());
        Assert.Equal(content, File.ReadAllText(second.SnapshotPath));
        Assert.Equal(written.AddMinutes(-5), File.GetLastWriteTimeUtc(second.SnapshotPath));
    }

    [Fact]
    public async Task Expiry_file_says_when_the_first_cache_entry_expires_and_now_after_a_failure()
    {
        await using var emulator = await Emulators.StartAsync();
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        var config = _temp.File("appsettings.json", $$"""{ "EndpointId": "{{Seed.EndpointOnCustom}}" }""");
        var expiryFile = _temp.Combine("obj", "speech-lifecycle.expiry");
        var before = DateTime.UtcNow;

        var online = NewTask(new FakeBuildEngine(), emulator);
        online.ConfigFiles = new[] { Item(config) };
        online.CacheHours = "5";
        online.ExpiryFile = expiryFile;
        Assert.True(online.Execute());

        var expiry = DateTime.ParseExact(File.ReadAllText(expiryFile), "yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiry, before.AddHours(5).AddSeconds(-2), DateTime.UtcNow.AddHours(5).AddSeconds(2));

        // The service is gone and the cache is not fresh: a stale/unavailable result is retried on the next build.
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, StatusCode = 503 });
        var failing = NewTask(new FakeBuildEngine(), emulator);
        failing.ConfigFiles = new[] { Item(config) };
        failing.CacheHours = "0";
        failing.ExpiryFile = expiryFile;
        Assert.True(failing.Execute());

        Assert.Equal("00000000000000", File.ReadAllText(expiryFile));
    }

    [Fact]
    public void Expiry_ignores_committed_and_settings_caused_entries()
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(new LifecycleEntry { Kind = ReferenceKind.BaseModel, Id = Seed.HealthyBase, Lookup = LookupStatus.Resolved, Origin = DataOrigin.Snapshot });
        snapshot.Entries.Add(new LifecycleEntry { Kind = ReferenceKind.BaseModel, Id = Seed.ExpiredBase, Lookup = LookupStatus.Unavailable, UnavailableReason = UnavailableReason.NoEndpointConfigured });

        Assert.Equal(DateTime.MaxValue, ResolveSpeechLifecycle.Expiry(snapshot, TimeSpan.FromHours(24)));

        snapshot.Entries.Add(new LifecycleEntry { Kind = ReferenceKind.Endpoint, Id = Seed.EndpointOnCustom, Lookup = LookupStatus.Unavailable, UnavailableReason = UnavailableReason.ServiceUnreachable });
        Assert.Equal(DateTime.MinValue, ResolveSpeechLifecycle.Expiry(snapshot, TimeSpan.FromHours(24)));
    }

    [Fact]
    public async Task Design_time_build_is_offline_and_says_so()
    {
        await using var emulator = await Emulators.StartAsync();
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, emulator);
        task.DesignTimeBuild = "true";
        task.SpeechModels = new[] { Item(Seed.ExpiredBase.ToString(), ("Kind", "base")) };

        Assert.True(task.Execute());

        Assert.Equal(0, emulator.CountRequests());
        Assert.Contains(engine.Messages, m => m.Code == TaskMessageCodes.RunningOffline && m.Message!.Contains("design-time", StringComparison.Ordinal));
        Assert.DoesNotContain(engine.Warnings, w => w.Code.StartsWith("SPL", StringComparison.Ordinal));
        var entry = ReadSnapshot(task.SnapshotPath).Find(ReferenceKind.BaseModel, Seed.ExpiredBase, null)!;
        Assert.Equal((LookupStatus.Unavailable, UnavailableReason.Offline), (entry.Lookup, entry.UnavailableReason));
    }

    [Fact]
    public void No_endpoint_runs_offline_on_the_committed_snapshot()
    {
        var committed = new LifecycleSnapshot();
        committed.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.BaseModel, Id = Seed.ExpiredBase, Lookup = LookupStatus.Resolved, Locale = "en-US", DisplayName = "Old",
            TranscriptionDateTime = new DateTime(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc),
        });
        var engine = new FakeBuildEngine();
        var task = NewTask(engine);
        task.CommittedSnapshot = _temp.File("speech-lifecycle.json", LifecycleSnapshotWriter.Write(committed));
        task.SpeechModels = new[] { Item(Seed.ExpiredBase.ToString(), ("Kind", "base")) };

        Assert.False(task.Execute());

        Assert.Equal("SPL1001", Assert.Single(engine.Errors).Code);
        Assert.Contains(engine.Messages, m => m.Code == TaskMessageCodes.RunningOffline && m.Importance == MessageImportance.High);
        Assert.Equal(DataOrigin.Snapshot, ReadSnapshot(task.SnapshotPath).Find(ReferenceKind.BaseModel, Seed.ExpiredBase, null)!.Origin);
    }

    [Fact]
    public async Task A_year_9999_creation_date_without_deprecation_dates_does_not_fail_the_task_online_or_from_the_cache()
    {
        // The service may answer with any date; the quarter-rule estimate from a year-9999 creation date used to throw
        // (AddYears) and fail the task with SPLT010 on every build, since the answer was cached.
        var farFuture = Guid.Parse("0e0f0e0f-9999-4999-8999-999999999999");
        var data = $$"""
            { "baseModels": [ { "id": "{{farFuture}}", "locale": "en-US", "displayName": "far future", "createdDateTime": "9999-12-31T23:59:59Z" } ],
              "customModels": [ { "id": "{{Seed.ExpiringCustom}}", "locale": "en-US", "displayName": "custom", "baseModelId": "{{farFuture}}", "createdDateTime": "9999-11-30T00:00:00Z" } ] }
            """;
        await using var emulator = await SpeechEmulator.StartAsync(new EmulatorOptions { DataJson = data });
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        foreach (var round in new[] { "service", "cache" })
        {
            var engine = new FakeBuildEngine();
            var task = NewTask(engine, emulator);
            task.SpeechModels = new[] { Item(farFuture.ToString(), ("Kind", "base")), Item(Seed.ExpiringCustom.ToString(), ("Kind", "custom")) };

            Assert.True(task.Execute(), round);

            Assert.DoesNotContain(engine.Warnings, w => w.Code == TaskMessageCodes.UnexpectedFailure);
            Assert.Empty(engine.Errors);
            var entry = ReadSnapshot(task.SnapshotPath).Find(ReferenceKind.BaseModel, farFuture, null)!;
            Assert.Equal((LookupStatus.Resolved, 9999), (entry.Lookup, entry.CreatedDateTime!.Value.Year));
        }

        Assert.Equal(2, emulator.CountRequests(r => r.PathAndQuery.Contains("/models/", StringComparison.Ordinal) && !r.PathAndQuery.Contains("/models/base?", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_cache_directory_that_is_a_file_costs_the_cache_not_the_service_answers()
    {
        await using var emulator = await Emulators.StartAsync();
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, emulator);
        task.CacheDirectory = _temp.File("cache-is-a-file", "not a folder");
        task.SpeechModels = new[] { Item(Seed.HealthyBase.ToString(), ("Kind", "base")) };

        Assert.True(task.Execute());

        Assert.DoesNotContain(engine.Warnings, w => w.Code == TaskMessageCodes.UnexpectedFailure);
        Assert.Single(engine.Messages, m => m.Code == TaskMessageCodes.CacheUnwritable && m.Importance == MessageImportance.Low);
        var entry = ReadSnapshot(task.SnapshotPath).Find(ReferenceKind.BaseModel, Seed.HealthyBase, null)!;
        Assert.Equal((LookupStatus.Resolved, DataOrigin.Cache), (entry.Lookup, entry.Origin));
        Assert.Equal("not a folder", File.ReadAllText(task.CacheDirectory));
    }

    [Fact]
    public async Task Additional_resources_take_their_key_from_their_own_variable()
    {
        await using var defaultEmulator = await Emulators.StartAsync();
        var options = new EmulatorOptions { DataJson = Seed.Json(), ListenAddress = System.Net.IPAddress.Parse("127.0.0.2") };
        options.ApiKeys.Clear();
        options.ApiKeys.Add("second-key");
        await using var second = await SpeechEmulator.StartAsync(options);
        var secondVariable = _keyVariable + "_2";
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        Environment.SetEnvironmentVariable(secondVariable, "second-key");
        try
        {
            var engine = new FakeBuildEngine();
            var task = NewTask(engine, defaultEmulator);
            task.Resources = new[] { Item(second.BaseAddress.AbsoluteUri, ("KeyVariable", secondVariable)) };
            task.SpeechModels = new[]
            {
                Item($"{second.BaseAddress}speechtotext/models/base/{Seed.HealthyBase}?api-version=2025-10-15"),
                Item(Seed.GermanBase.ToString(), ("Kind", "base")),
            };

            Assert.True(task.Execute());

            Assert.Empty(engine.Warnings);
            Assert.Contains(second.Requests, r => r.PathAndQuery.Contains(Seed.HealthyBase.ToString(), StringComparison.Ordinal));
            Assert.DoesNotContain(second.Requests, r => r.PathAndQuery.Contains(Seed.GermanBase.ToString(), StringComparison.Ordinal));
            Assert.All(second.Requests.Concat(defaultEmulator.Requests), r => Assert.Equal(200, r.StatusCode));
        }
        finally
        {
            Environment.SetEnvironmentVariable(secondVariable, null);
        }
    }

    [Fact]
    public async Task The_key_appears_in_no_log_cache_file_or_snapshot()
    {
        const string secret = "SeCrEt-KeY-4b7e9c11d2a6e8d4";
        var options = new EmulatorOptions { DataJson = Seed.Json() };
        options.ApiKeys.Add(secret);
        await using var emulator = await SpeechEmulator.StartAsync(options);
        Environment.SetEnvironmentVariable(_keyVariable, secret);
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, emulator);
        task.SpeechModels = new[]
        {
            Item(Seed.EndpointOnCustom.ToString(), ("Kind", "endpoint")),
            Item(Seed.Unknown.ToString(), ("Kind", "custom")),
        };
        task.UpdateSnapshotPath = _temp.Combine("speech-lifecycle.json");

        task.Execute();
        Environment.SetEnvironmentVariable(_keyVariable, secret + "-wrong");
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, StatusCode = 500, Times = 1 });
        var failing = NewTask(engine, emulator);
        failing.CacheHours = "0";
        failing.SpeechModels = task.SpeechModels;
        failing.Execute();

        Assert.True(emulator.CountRequests(r => r.HadKeyHeader) > 0);
        Assert.Contains(engine.Warnings, w => w.Code == TaskMessageCodes.AuthenticationFailed);
        Assert.DoesNotContain(engine.AllText, text => text.Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(_temp.AllFileTexts(), text => text.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Update_snapshot_writes_the_committed_snapshot_with_data_only()
    {
        await using var emulator = await Emulators.StartAsync();
        Environment.SetEnvironmentVariable(_keyVariable, Emulators.Key);
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, emulator);
        task.SpeechModels = new[] { Item(Seed.EndpointOnCustom.ToString(), ("Kind", "endpoint")) };
        task.UpdateSnapshotPath = _temp.Combine("speech-lifecycle.json");

        Assert.True(task.Execute());

        var committed = ReadSnapshot(task.UpdateSnapshotPath);
        Assert.Equal(3, committed.Entries.Count);
        Assert.All(committed.Entries, e => Assert.Equal(LookupStatus.Resolved, e.Lookup));
        Assert.NotEmpty(committed.Candidates);
        Assert.Contains(engine.Messages, m => m.Code == TaskMessageCodes.SnapshotUpdated);
        Assert.DoesNotContain(engine.Warnings, w => w.Code.StartsWith("SPL1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Update_snapshot_without_a_key_warns_and_leaves_the_file_alone()
    {
        await using var emulator = await Emulators.StartAsync();
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, emulator);
        task.SpeechModels = new[] { Item(Seed.EndpointOnCustom.ToString(), ("Kind", "endpoint")) };
        task.UpdateSnapshotPath = _temp.File("speech-lifecycle.json", "keep me");

        Assert.True(task.Execute());

        Assert.Contains(engine.Warnings, w => w.Code == TaskMessageCodes.MissingKey);
        Assert.Contains(engine.Warnings, w => w.Code == TaskMessageCodes.SnapshotNotUpdated);
        Assert.Equal("keep me", File.ReadAllText(task.UpdateSnapshotPath));
        Assert.Equal(0, emulator.CountRequests());
    }

    [Fact]
    public void Update_snapshot_without_a_service_warns_and_leaves_the_file_alone()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine);
        task.UpdateSnapshotPath = _temp.File("speech-lifecycle.json", "keep me");

        Assert.True(task.Execute());

        Assert.Contains(engine.Warnings, w => w.Code == TaskMessageCodes.SnapshotNotUpdated);
        Assert.Equal("keep me", File.ReadAllText(task.UpdateSnapshotPath));
    }

    [Fact]
    public void Unexpected_failure_is_one_warning_and_an_offline_snapshot()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine);
        Directory.CreateDirectory(task.ScanCacheFile!);

        Assert.True(task.Execute());

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(TaskMessageCodes.UnexpectedFailure, warning.Code);
        Assert.True(File.Exists(task.SnapshotPath));
    }

    [Fact]
    public void Unparseable_config_file_is_skipped_with_a_low_importance_message()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine);
        task.ConfigFiles = new[] { Item(_temp.File("appsettings.json", "{ \"EndpointId\": ")) };

        Assert.True(task.Execute());

        Assert.Contains(engine.Messages, m => m.Code == TaskMessageCodes.UnreadableConfigFile && m.Importance == MessageImportance.Low);
        Assert.Empty(engine.Warnings);
    }
}
