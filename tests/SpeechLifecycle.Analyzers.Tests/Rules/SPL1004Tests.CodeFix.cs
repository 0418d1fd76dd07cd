using SpeechLifecycle.CodeFixes.Rules;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using FixVerify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer,
    SpeechLifecycle.CodeFixes.Rules.ModelLifecycleCodeFixProvider>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

// SPL1004 code fixes on the real analyzer's diagnostics (standard data, 2026-11-21).
public sealed partial class SPL1004Tests
{
    private const string FixHost = "https://eastus.api.cognitive.microsoft.com";

    [Fact]
    public Task CodeFix_TrainingWindowClosingSoon_UsesABaseModelThatTrainsLonger()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class Training
                {
                    object Body(string h) => new
                    {
                        baseModel = new { self = $"{h}{|SPL1004:/speechtotext/models/base/{{TrainingClosesSoonBase}}?api-version=2025-10-15|}" },
                    };
                }
                """,
            FixedCode = $$"""
                class Training
                {
                    object Body(string h) => new
                    {
                        baseModel = new { self = $"{h}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15" },
                    };
                }
                """,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.ReplaceModelEquivalenceKey,
            CodeActionTitle = "Use base model '20250515 Fast'",
        }.WithLifecycleData();

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_FixAll_ReplacesEveryClosingTrainingBaseInOneDocumentAndAcrossDocuments()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class Training
                {
                    object A() => new { baseModel = new { self = "{|SPL1004:{{FixHost}}/speechtotext/models/base/{{TrainingClosesSoonBase}}?api-version=2025-10-15|}" } };
                    object B() => new { baseModel = new { self = "{|SPL1004:{{FixHost}}/speechtotext/v3.2/models/base/{{TrainingClosesSoonBase}}|}" } };
                }
                """,
            FixedCode = $$"""
                class Training
                {
                    object A() => new { baseModel = new { self = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15" } };
                    object B() => new { baseModel = new { self = "{{FixHost}}/speechtotext/v3.2/models/base/{{HealthyBase}}" } };
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Other.cs", $$"""class Other { object C() => new { baseModel = new { self = "{|SPL1004:{{FixHost}}/speechtotext/models/base/{{TrainingClosesSoonBase}}?api-version=2025-10-15|}" } }; }"""));
        test.FixedSources.Add(("Other.cs", $$"""class Other { object C() => new { baseModel = new { self = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15" } }; }"""));

        return test.RunAsync();
    }
}
