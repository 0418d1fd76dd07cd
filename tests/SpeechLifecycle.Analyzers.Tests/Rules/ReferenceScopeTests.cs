using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using LifecycleVerify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer>;
using RetiredVerify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.RetiredApiVersionAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

/// <summary>
/// Where references are and are not found, whatever the scanning strategy (performance work changes that strategy,
/// see docs/performance.md): a file without a Speech anchor in a literal gets nothing, and a URI composed entirely
/// from constants of another file is still found in a file whose own text names no Speech path.
/// </summary>
public sealed class ReferenceScopeTests
{
    [Fact]
    public Task TreesWithoutAnchorInALiteral_GetNothing_WhileAnotherTreeIsReported()
    {
        var test = new LifecycleVerify.Test
        {
            TestCode = $$"""
                class Noise
                {
                    string id = "{{ExpiredCustom}}";
                    string blob = "https://eastus.api.cognitive.microsoft.com/text/analytics/v3.1/models/{{ExpiredCustom}}";
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Comment.cs", $$"""
            // "https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}" in a comment only
            class Commented { string id = "{{ExpiredCustom}}"; }
            """));
        test.Sources.Add(("Batch.cs", $$"""
            class Batch { string m = "{|SPL1001:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}|}"; }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task UriComposedFromAnotherFilesConstants_Triggers_OnTheConstantOnce()
    {
        var test = new LifecycleVerify.Test
        {
            TestCode = """
                using System;

                class BatchClient
                {
                    Uri Model() => new Uri(Endpoints.Models + Endpoints.CallCenter);
                    string Again() => $"{Endpoints.Models}{Endpoints.CallCenter}";
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Endpoints.cs", $$"""
            static class Endpoints
            {
                public const string Models = "https://eastus.api.cognitive.microsoft.com/speech" + "totext/models/";
                public const string CallCenter = "{|SPL1001:{{ExpiredCustom}}|}";
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task LocalConstantCompletedByAnotherFilesPrefix_Triggers_InAFileWithoutAnchor()
    {
        // The binding routes are registered only in blocks that name a constant holding an ID: here a local constant.
        var test = new LifecycleVerify.Test
        {
            TestCode = $$"""
                using System;

                class BatchClient
                {
                    Uri Model()
                    {
                        const string id = "{|SPL1001:{{ExpiredCustom}}|}";
                        return new Uri(Endpoints.Models + id);
                    }

                    string Other() => $"{Endpoints.Models}{Guid.NewGuid()}";
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Endpoints.cs", """
            static class Endpoints
            {
                public const string Models = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/";
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task EndpointIdRoutes_WithoutTheNameSpelledPlainly_StillTrigger()
    {
        // A cast property ID names no "EndpointId"; a unicode escape spells the property differently.
        var test = new LifecycleVerify.Test
        {
            TestCode = """
                using Microsoft.CognitiveServices.Speech;

                class Recognition
                {
                    void Cast(SpeechConfig config) => config.SetProperty((PropertyId)1005, Ids.Claims);
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Escaped.cs", $$"""
            using Microsoft.CognitiveServices.Speech;

            class Escaped
            {
                void Claims(SpeechConfig config) => config.\u0045ndpointId = {|SPL1005:"{{ExpiredEndpoint}}"|};
            }
            """));
        test.Sources.Add(("Ids.cs", $$"""
            static class Ids
            {
                public const string Claims = {|SPL1005:"{{ExpiredEndpoint}}"|};
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task RetiredPath_TreesWithoutAnchorInALiteral_GetNothing()
    {
        var test = new RetiredVerify.Test
        {
            TestCode = """
                class Noise
                {
                    string other = "https://eastus.api.cognitive.microsoft.com/text/analytics/v3.1/languages";
                }
                """,
        };
        test.Sources.Add(("Comment.cs", """
            // "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/transcriptions" in a comment only
            class Commented { }
            """));
        test.Sources.Add(("Batch.cs", """
            class Batch { string p = "https://eastus.api.cognitive.microsoft.com/{|SPL2001:speechtotext/v3.1|}/transcriptions"; }
            """));
        return test.RunAsync();
    }
}
