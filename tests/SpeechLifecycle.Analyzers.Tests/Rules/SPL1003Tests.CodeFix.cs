using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using SpeechLifecycle.CodeFixes.Rules;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using FixVerify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer,
    SpeechLifecycle.CodeFixes.Rules.ModelLifecycleCodeFixProvider>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

// SPL1003 code fixes on the real analyzer's diagnostics (standard data, 2026-11-21).
public sealed partial class SPL1003Tests
{
    private const string FixHost = "https://eastus.api.cognitive.microsoft.com";

    [Fact]
    public Task CodeFix_TrainingOnAClosedBaseModel_UsesABaseModelThatStillTrains()
    {
        // 20241218 still trains today but closes within the window, so the fix skips it for 20250515 Fast.
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class Training
                {
                    object Body() => new
                    {
                        displayName = "call center",
                        baseModel = new { self = "{|SPL1003:{{FixHost}}/speechtotext/models/base/{{ExpiredBase}}?api-version=2025-10-15|}" },
                    };
                }
                """,
            FixedCode = $$"""
                class Training
                {
                    object Body() => new
                    {
                        displayName = "call center",
                        baseModel = new { self = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15" },
                    };
                }
                """,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.ReplaceModelEquivalenceKey,
            CodeActionTitle = "Use base model '20250515 Fast'",
        }.WithLifecycleData();

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_TrainingRequestAsJsonText_ReplacesTheIdInsideTheJson()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$""""
                class Training
                {
                    const string Body = """
                        { "displayName": "call center", "baseModel": { "self": "{|SPL1003:{{FixHost}}/speechtotext/v3.2/models/base/{{ExpiredBase}}|}" } }
                        """;
                }
                """",
            FixedCode = $$""""
                class Training
                {
                    const string Body = """
                        { "displayName": "call center", "baseModel": { "self": "{{FixHost}}/speechtotext/v3.2/models/base/{{HealthyBase}}" } }
                        """;
                }
                """",
        }.WithLifecycleData();

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_FixAll_ReplacesEveryClosedTrainingBaseInOneDocumentAndAcrossDocuments()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class Training
                {
                    object A() => new { baseModel = new { self = "{|SPL1003:{{FixHost}}/speechtotext/models/base/{{ExpiredBase}}?api-version=2025-10-15|}" } };
                    object B() => new { baseModel = new { self = @"{|SPL1003:{{FixHost}}/speechtotext/v3.1/models/base/{{ExpiredBase}}|}" } };
                }
                """,
            FixedCode = $$"""
                class Training
                {
                    object A() => new { baseModel = new { self = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15" } };
                    object B() => new { baseModel = new { self = @"{{FixHost}}/speechtotext/v3.1/models/base/{{HealthyBase}}" } };
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Other.cs", $$"""class Other { object C() => new { baseModel = new { self = "{|SPL1003:{{FixHost}}/speechtotext/models/base/{{ExpiredBase}}?api-version=2025-10-15|}" } }; }"""));
        test.FixedSources.Add(("Other.cs", $$"""class Other { object C() => new { baseModel = new { self = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15" } }; }"""));

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_NoBaseModelThatStillTrains_OffersNoFix()
    {
        // The only candidate closes for training within the window: no suitable replacement, and no member removal
        // (training needs a base model).
        var snapshot = new SnapshotBuilder()
            .BaseModel(ExpiredBase, "20210831 + Audio file adaptation", adaptation: "2023-01-15", transcription: "2024-01-15", created: "2021-10-13")
            .BaseCandidate(TrainingClosesSoonBase, "20241218", adaptation: "2027-01-10", transcription: "2028-01-15", created: "2024-12-18");
        var test = new FixVerify.Test
        {
            TestCode = $$"""class Training { object A() => new { baseModel = new { self = "{|SPL1003:{{FixHost}}/speechtotext/models/base/{{ExpiredBase}}?api-version=2025-10-15|}" } }; }""",
            ExpectNoFix = true,
        }.WithLifecycleData(snapshot);

        return test.RunAsync();
    }
}
