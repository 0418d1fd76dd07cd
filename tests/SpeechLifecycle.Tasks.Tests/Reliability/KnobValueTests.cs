namespace SpeechLifecycle.Tasks.Tests.Reliability;

/// <summary>
/// docs/reliability.md "Knobs": invalid and extreme values of every property the task reads. Each one either works or
/// fails with SPLT001 naming the property; none may end in SPLT010 (an exception) or an exception out of the task.
/// </summary>
public sealed class KnobValueTests
{
    public static TheoryData<string, string> Values => new()
    {
        { nameof(ResolveSpeechLifecycle.CacheHours), "99999999999999999999" },
        { nameof(ResolveSpeechLifecycle.CacheHours), "-1" },
        { nameof(ResolveSpeechLifecycle.CacheHours), "+5" },
        { nameof(ResolveSpeechLifecycle.CacheHours), " 24 " },
        { nameof(ResolveSpeechLifecycle.CacheHours), "1e3" },
        { nameof(ResolveSpeechLifecycle.CacheHours), "\u0663" },
        { nameof(ResolveSpeechLifecycle.CacheHours), "0x10" },
        { nameof(ResolveSpeechLifecycle.WarningDays), "2147483647" },
        { nameof(ResolveSpeechLifecycle.WarningDays), "3650000" },
        { nameof(ResolveSpeechLifecycle.WarningDays), "0" },
        { nameof(ResolveSpeechLifecycle.WarningDays), "-90" },
        { nameof(ResolveSpeechLifecycle.TimeBudgetSeconds), "2147483647" },
        { nameof(ResolveSpeechLifecycle.TimeBudgetSeconds), "-1" },
        { nameof(ResolveSpeechLifecycle.TimeBudgetSeconds), "1" },
        { nameof(ResolveSpeechLifecycle.AsOf), "9999-12-31" },
        { nameof(ResolveSpeechLifecycle.AsOf), "0001-01-01" },
        { nameof(ResolveSpeechLifecycle.AsOf), "2026-02-29" },
        { nameof(ResolveSpeechLifecycle.AsOf), "2026-06-01T00:00:00Z" },
        { nameof(ResolveSpeechLifecycle.ApiVersion), "2099-01-01" },
        { nameof(ResolveSpeechLifecycle.ApiVersion), "v3.2-preview.2" },
        { nameof(ResolveSpeechLifecycle.Endpoint), "https://" },
        { nameof(ResolveSpeechLifecycle.Endpoint), "https://[::1" },
        { nameof(ResolveSpeechLifecycle.Endpoint), "ftp://127.0.0.1/" },
        { nameof(ResolveSpeechLifecycle.Endpoint), "https://user:pass@eastus.api.cognitive.microsoft.com" },
        { nameof(ResolveSpeechLifecycle.KeyVariable), "\0" },
        { nameof(ResolveSpeechLifecycle.KeyVariable), "A_VARIABLE_NAME_THAT_IS_VERY_LONG_" + "X" },
        { nameof(ResolveSpeechLifecycle.Enabled), "TRUE " },
        { nameof(ResolveSpeechLifecycle.Offline), "yes" },
        { nameof(ResolveSpeechLifecycle.CacheDirectory), "relative/cache" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public async Task A_knob_value_works_or_fails_with_SPLT001_never_with_an_exception(string parameter, string value)
    {
        await using var harness = await FaultHarness.StartAsync();
        var engine = new FakeBuildEngine();
        var task = harness.NewTask(engine, cacheHours: "24", budgetSeconds: 10);
        typeof(ResolveSpeechLifecycle).GetProperty(parameter)!.SetValue(task, value);

        var succeeded = task.Execute();

        Assert.DoesNotContain(engine.Warnings, w => w.Code == TaskMessageCodes.UnexpectedFailure);
        if (!succeeded)
        {
            // An invalid value, or a value that works and makes an item's model expired (AsOf far ahead: SPL1001).
            Assert.NotEmpty(engine.Errors);
            Assert.All(engine.Errors, e => Assert.Contains(e.Code, new[] { TaskMessageCodes.InvalidValue, TaskMessageCodes.InsecureResource, "SPL1001", "SPL1005" }));
        }
    }

    [Theory]
    [InlineData(nameof(ResolveSpeechLifecycle.CacheHours), "300000000")]
    [InlineData(nameof(ResolveSpeechLifecycle.CacheHours), "2147483647")]
    [InlineData(nameof(ResolveSpeechLifecycle.TimeBudgetSeconds), "2000000000")]
    public async Task A_huge_but_well_formed_number_is_rejected_or_clamped(string parameter, string value)
    {
        await using var harness = await FaultHarness.StartAsync();
        var engine = new FakeBuildEngine();
        var task = harness.NewTask(engine, cacheHours: "24", budgetSeconds: 10);
        typeof(ResolveSpeechLifecycle).GetProperty(parameter)!.SetValue(task, value);

        var succeeded = task.Execute();

        Assert.DoesNotContain(engine.Warnings, w => w.Code == TaskMessageCodes.UnexpectedFailure);
        // Rejected: one SPLT001 naming the property and the accepted range; or clamped: the run works.
        if (!succeeded)
        {
            var error = Assert.Single(engine.Errors);
            Assert.Equal(TaskMessageCodes.InvalidValue, error.Code);
            Assert.Contains(parameter == nameof(ResolveSpeechLifecycle.CacheHours) ? "SpeechLifecycleCacheHours" : "_SpeechLifecycleTimeBudgetSeconds", error.Message, StringComparison.Ordinal);
            Assert.Matches(@"\d+ to \d+", error.Message);
        }
    }

    public static TheoryData<string> UnusableCacheDirectories => new() { "a file", "a folder inside a file", "a path with NUL" };

    [Theory]
    [MemberData(nameof(UnusableCacheDirectories))]
    public async Task An_unusable_cache_directory_costs_the_cache_not_the_data(string kind)
    {
        await using var harness = await FaultHarness.StartAsync();
        var engine = new FakeBuildEngine();
        var task = harness.NewTask(engine, cacheHours: "24", budgetSeconds: 10);
        task.CacheDirectory = kind switch
        {
            "a file" => harness.Temp.File("not-a-folder", "x"),
            "a folder inside a file" => Path.Combine(harness.Temp.File("blocker", "x"), "cache"),
            _ => "cache\0dir",
        };

        Assert.True(task.Execute(), string.Join(Environment.NewLine, engine.AllText));

        Assert.DoesNotContain(engine.Warnings, w => w.Code is TaskMessageCodes.UnexpectedFailure or "SPL9001");
        Assert.Contains(engine.Messages, m => m.Code == TaskMessageCodes.CacheUnwritable);
        Assert.True(harness.Service.CountRequests() > 0);
        Assert.Contains(engine.Warnings, w => w.Code == "SPL1002");
    }
}
