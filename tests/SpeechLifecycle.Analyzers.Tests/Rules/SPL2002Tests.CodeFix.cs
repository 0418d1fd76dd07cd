using SpeechLifecycle.CodeFixes.Rules;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using FixVerify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SpeechLifecycle.Analyzers.Rules.RetiredApiVersionAnalyzer,
    SpeechLifecycle.CodeFixes.Rules.RetiredApiVersionCodeFixProvider>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

// SPL2002 code fix: the same rewrite and equivalence key as SPL2001.
public sealed partial class SPL2002Tests
{
    private const string FixHost = "https://eastus.api.cognitive.microsoft.com";

    [Fact]
    public Task CodeFix_CompleteUri_MovesToTheQueryVersion()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class Models
                {
                    public const string Batch = "{|SPL2002:{{FixHost}}/speechtotext/v3.2/models/base/{{HealthyBase}}|}";
                }
                """,
            FixedCode = $$"""
                class Models
                {
                    public const string Batch = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15";
                }
                """,
            CodeActionEquivalenceKey = RetiredApiVersionCodeFixProvider.UseCurrentApiVersionKey,
            CodeActionTitle = "Use api-version=2025-10-15",
        };

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_FixAll_RewritesSPL2001AndSPL2002Alike_LeavesBasePaths()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class Client
                {
                    const string Submit = "{|SPL2002:speechtotext/v3.1|}/transcriptions";
                    const string A = "{|SPL2002:{{FixHost}}/speechtotext/v3.1/models/base/{{HealthyBase}}|}";
                    const string B = "{|SPL2001:{{FixHost}}/speechtotext/v3.0/endpoints/{{HealthyEndpoint}}|}";
                    const string C = "{|SPL2002:{{FixHost}}/speechtotext/v3.2/models/{{HealthyCustom}}|}";
                }
                """,
            FixedCode = $$"""
                class Client
                {
                    const string Submit = "{|SPL2002:speechtotext/v3.1|}/transcriptions";
                    const string A = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15";
                    const string B = "{{FixHost}}/speechtotext/endpoints/{{HealthyEndpoint}}?api-version=2025-10-15";
                    const string C = "{{FixHost}}/speechtotext/models/{{HealthyCustom}}?api-version=2025-10-15";
                }
                """,
        };

        return test.RunAsync();
    }
}
