using SpeechLifecycle.Analyzers.Tests.Verifiers;
using SpeechLifecycle.CodeFixes.Rules;

namespace SpeechLifecycle.Analyzers.Tests.CodeFixes;

/// <summary>
/// The SPL2001 fix on diagnostics of a known shape (<see cref="ReportingStubAnalyzer"/>), whether the analyzer marks
/// the whole URI or only its <c>speechtotext/v3.x</c> part. Rules/SPL2001Tests.CodeFix.cs runs it on the real analyzer.
/// </summary>
public sealed class RetiredApiVersionFixTests
{
    private const string Id = "0b1c7e3e-95a6-4a44-8c37-2f0a1d5e9b21";
    private const string Old = "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/" + Id;
    private const string New = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/" + Id + "?api-version=2025-10-15";
    private const string OldEndpoint = "https://westeurope.api.cognitive.microsoft.com/speechtotext/v3.0/endpoints/" + Id;
    private const string NewEndpoint = "https://westeurope.api.cognitive.microsoft.com/speechtotext/endpoints/" + Id + "?api-version=2025-10-15";

    private static readonly Dictionary<string, string> Rewrites = new() { [Old] = New, [OldEndpoint] = NewEndpoint };

    /// <summary>Reports on every retired URI, with the rewrite as the real analyzer computes it.</summary>
    private sealed class UriFixTest : StubbedCodeFixTest<RetiredApiVersionCodeFixProvider>
    {
        public UriFixTest()
            : base(DiagnosticIds.RetiredApiVersion, ReportingStubAnalyzer.UriPattern, RewriteOf)
        {
        }

        private static IReadOnlyDictionary<string, string?>? RewriteOf(string uri) =>
            !uri.Contains("/v3.", StringComparison.Ordinal) ? null
            : Rewrites.TryGetValue(uri, out var rewritten) ? new Dictionary<string, string?> { [DiagnosticProperties.RewrittenUri] = rewritten }
            : new Dictionary<string, string?>();
    }

    public static TheoryData<string, string, string> LiteralKinds() => new()
    {
        { "regular", $$"""string u = "{|SPL2001:{{Old}}|}";""", $$"""string u = "{{New}}";""" },
        { "verbatim", $$"""string u = @"{|SPL2001:{{Old}}|}";""", $$"""string u = @"{{New}}";""" },
        { "raw", $$""""string u = """{|SPL2001:{{Old}}|}""";"""", $$""""string u = """{{New}}""";"""" },
        { "json in multi-line raw", $$""""
            string u = """
                    { "model": { "self": "{|SPL2001:{{Old}}|}" } }
                    """;
            """", $$""""
            string u = """
                    { "model": { "self": "{{New}}" } }
                    """;
            """" },
        { "interpolated", $$"""int n = 1; string u = $"{n}: {|SPL2001:{{Old}}|}";""", $$"""int n = 1; string u = $"{n}: {{New}}";""" },
        { "utf-8", $$"""System.ReadOnlySpan<byte> u = "{|SPL2001:{{Old}}|}"u8;""", $$"""System.ReadOnlySpan<byte> u = "{{New}}"u8;""" },
    };

    [Theory]
    [MemberData(nameof(LiteralKinds))]
    public async Task RewritesTheCompleteUriInEveryLiteralKind(string kind, string before, string after)
    {
        _ = kind;
        var test = new UriFixTest
        {
            TestCode = Method(before),
            FixedCode = Method(after),
            CodeActionEquivalenceKey = RetiredApiVersionCodeFixProvider.UseCurrentApiVersionKey,
            CodeActionTitle = "Use api-version=2025-10-15",
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task WhenOnlyThePathVersionIsMarked_OffersNoFix()
    {
        // Replacing "speechtotext/v3.1" by a whole URI would duplicate the host; only a complete URI is rewritten.
        var test = new StubbedCodeFixTest<RetiredApiVersionCodeFixProvider>(
            DiagnosticIds.RetiredApiVersion,
            ReportingStubAnalyzer.PathVersionPattern,
            _ => new Dictionary<string, string?> { [DiagnosticProperties.RewrittenUri] = New })
        {
            TestCode = $$"""class C { const string M = "https://eastus.api.cognitive.microsoft.com/{|SPL2001:speechtotext/v3.1|}/models/base/{{Id}}"; }""",
            ExpectNoFix = true,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task BasePathWithoutRewrite_OffersNoFix()
    {
        var test = new UriFixTest
        {
            TestCode = """
                class C
                {
                    const string Base = "{|SPL2001:https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/transcriptions|}";
                    string Model(string id) => $"{|SPL2001:https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/|}{id}";
                }
                """,
            ExpectNoFix = true,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task RewriteToAnotherHost_OffersNoFix()
    {
        // A rewrite must keep the host the code names; anything else is a different resource.
        var test = new StubbedCodeFixTest<RetiredApiVersionCodeFixProvider>(
            DiagnosticIds.RetiredApiVersion,
            ReportingStubAnalyzer.UriPattern,
            _ => new Dictionary<string, string?> { [DiagnosticProperties.RewrittenUri] = NewEndpoint })
        {
            TestCode = $$"""class C { const string M = "{|SPL2001:{{Old}}|}"; }""",
            ExpectNoFix = true,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_RewritesEveryCompleteUriInOneDocumentAndAcrossDocuments_AndLeavesBasePaths()
    {
        var test = new UriFixTest
        {
            TestCode = $$"""
                class A
                {
                    const string M = "{|SPL2001:{{Old}}|}";
                    const string E = @"{|SPL2001:{{OldEndpoint}}|}";
                    const string Base = "{|SPL2001:https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/transcriptions|}";
                    static readonly System.Uri U = new("{|SPL2001:{{Old}}|}");
                }
                """,
            FixedCode = $$"""
                class A
                {
                    const string M = "{{New}}";
                    const string E = @"{{NewEndpoint}}";
                    const string Base = "{|SPL2001:https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/transcriptions|}";
                    static readonly System.Uri U = new("{{New}}");
                }
                """,
        };
        test.Sources.Add(("Clients/B.cs", $$"""class B { const string M = "{|SPL2001:{{OldEndpoint}}|}"; }"""));
        test.FixedSources.Add(("Clients/B.cs", $$"""class B { const string M = "{{NewEndpoint}}"; }"""));

        await test.RunAsync();
    }

    private static string Method(string statement) => $$"""
        class C
        {
            void M()
            {
                {{statement}}
                _ = u.Length;
            }
        }
        """;
}
