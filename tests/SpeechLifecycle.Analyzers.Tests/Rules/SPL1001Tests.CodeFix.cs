using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using SpeechLifecycle.CodeFixes.Rules;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using FixVerify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer,
    SpeechLifecycle.CodeFixes.Rules.ModelLifecycleCodeFixProvider>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

// SPL1001 code fixes on the real analyzer's diagnostics (standard data, 2026-11-21).
public sealed partial class SPL1001Tests
{
    private const string FixHost = "https://eastus.api.cognitive.microsoft.com";

    [Fact]
    public Task CodeFix_ExpiredBaseModel_UsesTheNewestBaseModel_KeepingTheUriForm()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class Models
                {
                    // Batch model, pinned on purpose.
                    public const string Batch = @"{|SPL1001:{{FixHost}}/speechtotext/v3.1/models/base/{{ExpiredBase}}|}";
                }
                """,
            FixedCode = $$"""
                class Models
                {
                    // Batch model, pinned on purpose.
                    public const string Batch = @"{{FixHost}}/speechtotext/v3.1/models/base/{{HealthyBase}}";
                }
                """,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.ReplaceModelEquivalenceKey,
            CodeActionTitle = "Use base model '20250515 Fast'",
        }.WithLifecycleData();

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_ExpiredCustomModel_UsesTheNewerCustomModelOfItsProject()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$""""
                class Models
                {
                    public const string CallCenter = """{|SPL1001:{{FixHost}}/speechtotext/models/{{ExpiredCustom}}?api-version=2025-10-15|}""";
                }
                """",
            FixedCode = $$""""
                class Models
                {
                    public const string CallCenter = """{{FixHost}}/speechtotext/models/{{HealthyCustom}}?api-version=2025-10-15""";
                }
                """",
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.ReplaceModelEquivalenceKey,
            CodeActionTitle = "Use custom model 'Call center 2026-10'",
        }.WithLifecycleData();

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_ExpiredCustomModelWithoutNewerOne_OffersTheBaseModel_SayingCustomisationIsLost()
    {
        var snapshot = new SnapshotBuilder()
            .CustomModel(ExpiredCustom, "Call center 2024-07", transcription: "2026-07-15", created: "2024-07-14")
            .BaseCandidate(HealthyBase, "20250515 Fast", adaptation: "2027-07-15", transcription: "2028-07-15", created: "2025-05-15");
        var test = new FixVerify.Test
        {
            TestCode = $$"""class Models { public const string M = "{|SPL1001:{{FixHost}}/speechtotext/models/{{ExpiredCustom}}?api-version=2025-10-15|}"; }""",
            FixedCode = $$"""class Models { public const string M = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15"; }""",
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.ReplaceModelLosingCustomisationEquivalenceKey,
            CodeActionTitle = "Use base model '20250515 Fast' (loses customisation)",
        }.WithLifecycleData(snapshot);

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_ExpiredModelInABatchRequest_CanRemoveTheModelMember()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class BatchClient
                {
                    object Body(string url) => new
                    {
                        contentUrls = new[] { url },
                        model = new { self = "{|SPL1001:{{FixHost}}/speechtotext/models/base/{{ExpiredBase}}?api-version=2025-10-15|}" },
                        locale = "en-US",
                    };
                }
                """,
            FixedCode = """
                class BatchClient
                {
                    object Body(string url) => new
                    {
                        contentUrls = new[] { url },
                        locale = "en-US",
                    };
                }
                """,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.RemoveModelMemberKey,
            CodeActionIndex = 1,
            CodeActionTitle = ModelLifecycleCodeFixProvider.RemoveModelMemberTitle,
        }.WithLifecycleData();

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_ExpiredModelInATypedRequest_CanRemoveTheModelProperty()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                using System;

                class EntityReference { public Uri? Self { get; set; } }
                class Transcription { public string Locale { get; set; } = ""; public EntityReference? Model { get; set; } }

                class BatchClient
                {
                    Transcription Create() => new Transcription
                    {
                        Locale = "en-US",
                        Model = new EntityReference { Self = new Uri("{|SPL1001:{{FixHost}}/speechtotext/v3.1/models/base/{{ExpiredBase}}|}") }
                    };
                }
                """,
            FixedCode = """
                using System;

                class EntityReference { public Uri? Self { get; set; } }
                class Transcription { public string Locale { get; set; } = ""; public EntityReference? Model { get; set; } }

                class BatchClient
                {
                    Transcription Create() => new Transcription
                    {
                        Locale = "en-US"
                    };
                }
                """,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.RemoveModelMemberKey,
        }.WithLifecycleData();

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_FixAll_ReplacesEveryExpiredModelInOneDocumentAndAcrossDocuments()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class Models
                {
                    public const string A = "{|SPL1001:{{FixHost}}/speechtotext/models/base/{{ExpiredBase}}?api-version=2025-10-15|}";
                    public const string B = @"{|SPL1001:{{FixHost}}/speechtotext/v3.2/models/base/{{ExpiredBase}}|}";
                    public static readonly System.Uri C = new("{|SPL1001:{{FixHost}}/speechtotext/models/base/{{ExpiredBase}}?api-version=2024-11-15|}");
                }
                """,
            FixedCode = $$"""
                class Models
                {
                    public const string A = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15";
                    public const string B = @"{{FixHost}}/speechtotext/v3.2/models/base/{{HealthyBase}}";
                    public static readonly System.Uri C = new("{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2024-11-15");
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Batch/Other.cs", $$"""class Other { const string M = "{|SPL1001:{{FixHost}}/speechtotext/models/base/{{ExpiredBase}}?api-version=2025-10-15|}"; }"""));
        test.FixedSources.Add(("Batch/Other.cs", $$"""class Other { const string M = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15"; }"""));

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_ConstantCompletedIntoAUri_ReplacesTheConstant()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                using System;

                static class Models
                {
                    public const string CallCenter = "{|SPL1001:{{ExpiredCustom}}|}";
                }

                class BatchClient
                {
                    Uri Model(string host) => new Uri($"{host}/speechtotext/models/{Models.CallCenter}?api-version=2025-10-15");
                }
                """,
            FixedCode = $$"""
                using System;

                static class Models
                {
                    public const string CallCenter = "{{HealthyCustom}}";
                }

                class BatchClient
                {
                    Uri Model(string host) => new Uri($"{host}/speechtotext/models/{Models.CallCenter}?api-version=2025-10-15");
                }
                """,
            CodeActionTitle = "Use custom model 'Call center 2026-10'",
        }.WithLifecycleData();

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_CustomModelConstantWithOnlyABaseReplacement_OffersNoFix()
    {
        // The path ("models/" vs "models/base/") is in the code that uses the constant, out of the fix's reach.
        var snapshot = new SnapshotBuilder()
            .CustomModel(ExpiredCustom, "Call center 2024-07", transcription: "2026-07-15", created: "2024-07-14")
            .BaseCandidate(HealthyBase, "20250515 Fast", adaptation: "2027-07-15", transcription: "2028-07-15", created: "2025-05-15");
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                static class Models
                {
                    public const string CallCenter = "{|SPL1001:{{ExpiredCustom}}|}";
                    public static string Url(string host) => $"{host}/speechtotext/models/{CallCenter}";
                }
                """,
            ExpectNoFix = true,
        }.WithLifecycleData(snapshot);

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_NoReplacementInTheData_OffersNoFix()
    {
        // No base model candidates for the locale: nothing to switch to, and the literal is no request member.
        var snapshot = new SnapshotBuilder()
            .BaseModel(ExpiredBase, "20210831 + Audio file adaptation", adaptation: "2023-01-15", transcription: "2024-01-15", created: "2021-10-13");
        var test = new FixVerify.Test
        {
            TestCode = $$"""class Models { public const string M = "{|SPL1001:{{FixHost}}/speechtotext/models/base/{{ExpiredBase}}?api-version=2025-10-15|}"; }""",
            ExpectNoFix = true,
        }.WithLifecycleData(snapshot);

        return test.RunAsync();
    }
}
