using System.Text;
using SpeechLifecycle.Analyzers.Tests.Fuzzing;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

/// <summary>
/// Generated code builds huge expressions: every walk of the analyzers over syntax or operations is iterative or
/// bounded, so such a file costs time in proportion to its size and never the compiler's stack (issue 10: 12,000
/// concatenated terms crashed <c>dotnet build</c> with a stack overflow in ComposedText).
/// </summary>
/// <remarks>
/// These run on the test host's thread-pool threads (1.5 MB stacks on Linux, less than csc's main thread), where the
/// old recursive walks overflowed at 20,000 terms and took the test host down. Roslyn itself binds a long
/// concatenation iteratively, so no big-stack thread is needed for it; deep nesting of parentheses and interpolations
/// is where Roslyn reports CS8078 ("too long or complex") itself, and the analyzers must still not throw.
/// </remarks>
public sealed class DeepSyntaxTests
{
    private const string ModelsBase = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/";

    private static string Terms(int count, string term)
    {
        var builder = new StringBuilder(count * (term.Length + 3));
        for (var i = 0; i < count; i++)
        {
            builder.Append(" + ").Append(term);
        }

        return builder.ToString();
    }

    [Fact]
    public Task ConcatenationOf20000Terms_ComposingAModelUriWithAGuidConstant_IsReportedOnTheConstant()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using System;

                class GeneratedClient
                {
                    const string Id = "{|SPL1001:{{ExpiredCustom}}|}";

                    Uri Model() => new Uri("{{ModelsBase}}" + Id + "?api-version=2025-10-15"{{Terms(20_000, "\"a\"")}});
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task InterpolatedConcatenationOf10000Terms_UsingTheConstantInEveryTerm_IsReportedOnce()
    {
        // Every term names the constant: each use must not climb the whole concatenation again (quadratic time).
        var test = new Verify.Test
        {
            TestCode = $$"""
                using System;

                class GeneratedClient
                {
                    const string Id = "{|SPL1001:{{ExpiredCustom}}|}";

                    Uri Models() => new Uri($"{{ModelsBase}}{Id}"{{Terms(10_000, "$\"/{Id}\"")}});
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Theory]
    [InlineData(200)]
    [InlineData(5_000)]
    public async Task DeepParentheses_AroundAComposition_DoNotThrow_AndAreReportedWhileRoslynBindsThem(int depth)
    {
        var source = $$"""
            using System;

            class GeneratedClient
            {
                const string Id = "{{ExpiredCustom}}";

                Uri Model() => new Uri({{new string('(', depth)}}"{{ModelsBase}}" + Id{{new string(')', depth)}} + "?api-version=2025-10-15");
            }
            """;

        var outcome = await RunBothAnalyzersAsync(source);

        Assert.Empty(outcome.Failures);
        if (depth <= 200)
        {
            Assert.Contains(outcome.Diagnostics, d => d.Id == DiagnosticIds.ModelExpiredForTranscription);
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(16)]
    public async Task DeeplyNestedInterpolations_DoNotThrow(int depth)
    {
        // $"{$"{$"…{Id}…"}"}" with a URI in the innermost string.
        var open = new StringBuilder();
        var close = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            open.Append("$\"x{");
            close.Append("}\"");
        }

        var source = $$"""
            class GeneratedClient
            {
                const string Id = "{{ExpiredCustom}}";

                string Model = {{open}}$"{{ModelsBase}}{Id}"{{close}};
            }
            """;

        var outcome = await RunBothAnalyzersAsync(source);

        Assert.Empty(outcome.Failures);
    }

    [Fact]
    public async Task ThousandsOfAnchoredLiterals_InOneFile_AreEachReported()
    {
        var builder = new StringBuilder("class Generated\n{\n");
        for (var i = 0; i < 5_000; i++)
        {
            builder.Append("    string m").Append(i).Append(" = \"").Append(ModelsBase).Append(ExpiredCustom).Append("\";\n");
        }

        var outcome = await RunBothAnalyzersAsync(builder.Append("}\n").ToString());

        Assert.Empty(outcome.Failures);
        Assert.Equal(5_000, outcome.Diagnostics.Count(d => d.Id == DiagnosticIds.ModelExpiredForTranscription));
    }

    private static Task<AnalyzerHarness.Outcome> RunBothAnalyzersAsync(string source) =>
        AnalyzerHarness.RunAsync(new[] { source }, new[] { AnalyzerHarness.StandardSnapshot() }, AnalyzerHarness.StandardGlobalOptions(), TimeSpan.FromMinutes(2), runCodeFixes: false);
}
