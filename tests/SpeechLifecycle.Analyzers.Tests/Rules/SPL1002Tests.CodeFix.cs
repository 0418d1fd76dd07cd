using SpeechLifecycle.CodeFixes.Rules;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using FixVerify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer,
    SpeechLifecycle.CodeFixes.Rules.ModelLifecycleCodeFixProvider>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

// SPL1002 code fixes on the real analyzer's diagnostics (standard data, 2026-11-21).
public sealed partial class SPL1002Tests
{
    private const string FixHost = "https://eastus.api.cognitive.microsoft.com";

    [Fact]
    public Task CodeFix_ExpiringBaseModel_UsesTheNewestBaseModel()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class Models
                {
                    public const string Whisper = "{|SPL1002:{{FixHost}}/speechtotext/models/base/{{ExpiringBase}}?api-version=2025-10-15|}"; // fast path
                }
                """,
            FixedCode = $$"""
                class Models
                {
                    public const string Whisper = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15"; // fast path
                }
                """,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.ReplaceModelEquivalenceKey,
            CodeActionTitle = "Use base model '20250515 Fast'",
        }.WithLifecycleData();

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_ExpiringCustomModel_UsesTheNewerCustomModel()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class Models
                {
                    public const string Support = "{|SPL1002:{{FixHost}}/speechtotext/v3.2/models/{{ExpiringCustom}}|}";
                }
                """,
            FixedCode = $$"""
                class Models
                {
                    public const string Support = "{{FixHost}}/speechtotext/v3.2/models/{{HealthyCustom}}";
                }
                """,
            CodeActionTitle = "Use custom model 'Call center 2026-10'",
        }.WithLifecycleData();

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_InABatchRequest_OnlyReplaces_TheModelStillWorksToday()
    {
        // Removing the member is the SPL1001 remedy; a model that still works is only switched.
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class BatchClient
                {
                    object Body() => new { locale = "en-US", model = new { self = "{|SPL1002:{{FixHost}}/speechtotext/models/base/{{ExpiringBase}}?api-version=2025-10-15|}" } };
                }
                """,
            FixedCode = $$"""
                class BatchClient
                {
                    object Body() => new { locale = "en-US", model = new { self = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15" } };
                }
                """,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.ReplaceModelEquivalenceKey,
        }.WithLifecycleData();

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_FixAll_ReplacesEveryExpiringModelInOneDocumentAndAcrossDocuments()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class Models
                {
                    public const string A = "{|SPL1002:{{FixHost}}/speechtotext/models/base/{{ExpiringBase}}?api-version=2025-10-15|}";
                    public const string B = "{|SPL1002:{{FixHost}}/speechtotext/models/base/{{ExpiringBase}}?api-version=2024-11-15|}";
                }
                """,
            FixedCode = $$"""
                class Models
                {
                    public const string A = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15";
                    public const string B = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2024-11-15";
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Other.cs", $$"""class Other { const string M = @"{|SPL1002:{{FixHost}}/speechtotext/v3.2/models/base/{{ExpiringBase}}|}"; }"""));
        test.FixedSources.Add(("Other.cs", $$"""class Other { const string M = @"{{FixHost}}/speechtotext/v3.2/models/base/{{HealthyBase}}"; }"""));

        return test.RunAsync();
    }
}
