using SpeechLifecycle.CodeFixes.Rules;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using FixVerify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SpeechLifecycle.Analyzers.Rules.RetiredApiVersionAnalyzer,
    SpeechLifecycle.CodeFixes.Rules.RetiredApiVersionCodeFixProvider>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

// SPL2001 code fix on the real analyzer's diagnostics.
public sealed partial class SPL2001Tests
{
    private const string FixHost = "https://eastus.api.cognitive.microsoft.com";

    [Fact]
    public Task CodeFix_CompleteModelUri_MovesToTheQueryVersion()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class Models
                {
                    public const string Batch = /* pinned */ "{|SPL2001:{{FixHost}}/speechtotext/v3.0/models/base/{{ExpiredBase}}|}"; // keep
                }
                """,
            FixedCode = $$"""
                class Models
                {
                    public const string Batch = /* pinned */ "{{FixHost}}/speechtotext/models/base/{{ExpiredBase}}?api-version=2025-10-15"; // keep
                }
                """,
            CodeActionEquivalenceKey = RetiredApiVersionCodeFixProvider.UseCurrentApiVersionKey,
            CodeActionTitle = "Use api-version=2025-10-15",
        };

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_EveryLiteralKind()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$""""
                class Uris
                {
                    const string Verbatim = @"{|SPL2001:{{FixHost}}/speechtotext/v3.0/endpoints/{{HealthyEndpoint}}|}";
                    const string Raw = """{|SPL2001:{{FixHost}}/speechtotext/v3.2-preview.2/models/{{HealthyCustom}}|}""";
                    const string Json = """
                        { "model": { "self": "{|SPL2001:{{FixHost}}/speechtotext/v3.2-preview.1/models/{{HealthyCustom}}|}" } }
                        """;
                    string Interpolated(int n) => $"{n}: {|SPL2001:{{FixHost}}/speechtotext/v3.0/models/base/{{HealthyBase}}|}";
                    static System.ReadOnlySpan<byte> Utf8 => "{|SPL2001:{{FixHost}}/speechtotext/v3.0/models/base/{{HealthyBase}}|}"u8;
                }
                """",
            FixedCode = $$""""
                class Uris
                {
                    const string Verbatim = @"{{FixHost}}/speechtotext/endpoints/{{HealthyEndpoint}}?api-version=2025-10-15";
                    const string Raw = """{{FixHost}}/speechtotext/models/{{HealthyCustom}}?api-version=2025-10-15""";
                    const string Json = """
                        { "model": { "self": "{{FixHost}}/speechtotext/models/{{HealthyCustom}}?api-version=2025-10-15" } }
                        """;
                    string Interpolated(int n) => $"{n}: {{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15";
                    static System.ReadOnlySpan<byte> Utf8 => "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15"u8;
                }
                """",
        };

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_BasePaths_OfferNoFix()
    {
        var test = new FixVerify.Test
        {
            TestCode = """
                class Client
                {
                    const string Submit = "{|SPL2001:speechtotext/v3.0|}/transcriptions";
                    string Model(string host, string id) => $"{host}{|SPL2001:speechtotext/v3.2-preview.2|}/models/{id}";
                }
                """,
            ExpectNoFix = true,
        };

        return test.RunAsync();
    }

    [Fact]
    public Task CodeFix_FixAll_RewritesEveryCompleteUriInOneDocumentAndAcrossDocuments_LeavesBasePaths()
    {
        var test = new FixVerify.Test
        {
            TestCode = $$"""
                class Client
                {
                    const string Submit = "{|SPL2001:speechtotext/v3.0|}/transcriptions";
                    const string A = "{|SPL2001:{{FixHost}}/speechtotext/v3.0/models/base/{{HealthyBase}}|}";
                    static readonly System.Uri B = new("{|SPL2001:{{FixHost}}/speechtotext/v3.2-preview.2/endpoints/{{HealthyEndpoint}}|}");
                }
                """,
            FixedCode = $$"""
                class Client
                {
                    const string Submit = "{|SPL2001:speechtotext/v3.0|}/transcriptions";
                    const string A = "{{FixHost}}/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15";
                    static readonly System.Uri B = new("{{FixHost}}/speechtotext/endpoints/{{HealthyEndpoint}}?api-version=2025-10-15");
                }
                """,
        };
        test.Sources.Add(("Other.cs", $$"""class Other { const string M = "{|SPL2001:{{FixHost}}/speechtotext/v3.0/models/{{HealthyCustom}}|}"; }"""));
        test.FixedSources.Add(("Other.cs", $$"""class Other { const string M = "{{FixHost}}/speechtotext/models/{{HealthyCustom}}?api-version=2025-10-15"; }"""));

        return test.RunAsync();
    }
}
