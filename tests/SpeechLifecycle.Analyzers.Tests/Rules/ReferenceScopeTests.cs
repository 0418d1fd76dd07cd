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
            class Batch { string p = "https://eastus.api.cognitive.microsoft.com/{|SPL2002:speechtotext/v3.1|}/transcriptions"; }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task GeneratedCodeAttributeOnAClassOrAMethod_DoesNotTrigger_WhileASiblingClassIsReported()
    {
        var test = new LifecycleVerify.Test
        {
            TestCode = $$"""
                using System.CodeDom.Compiler;

                [GeneratedCode("tool", "1")]
                class GeneratedClient
                {
                    string model = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}";
                }

                class HandWrittenClient
                {
                    [System.CodeDom.Compiler.GeneratedCode("tool", "1")]
                    string Generated() => "https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}";

                    string Written() => "{|SPL1001:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}|}";
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task RetiredPath_GeneratedCodeAttributeOnAClassOrAMethod_DoesNotTrigger_WhileASiblingClassIsReported()
    {
        var test = new RetiredVerify.Test
        {
            TestCode = """
                [System.CodeDom.Compiler.GeneratedCode("tool", "1")]
                class GeneratedClient
                {
                    string path = "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/transcriptions";
                }

                class HandWrittenClient
                {
                    [System.CodeDom.Compiler.GeneratedCode("tool", "1")]
                    string Generated() => "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/transcriptions";

                    string Written() => "https://eastus.api.cognitive.microsoft.com/{|SPL2002:speechtotext/v3.1|}/transcriptions";
                }
                """,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task ConstantsDeclaredInGeneratedFiles_DoNotTrigger_WhenComposedInAHandWrittenFile()
    {
        // Control: the same composition with a hand-written constant is reported, on that constant.
        var test = new LifecycleVerify.Test
        {
            TestCode = """
                using System;

                class BatchClient
                {
                    Uri ByName() => new Uri(Endpoints.Models + Ids.Id);
                    Uri ByHeader() => new Uri(Endpoints.Models + AutoIds.Id);
                    string Interpolated() => $"{Endpoints.Models}{Ids.Id}{AutoIds.Id}";
                    Uri HandWritten() => new Uri(Endpoints.Models + Endpoints.CallCenter);
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Endpoints.cs", $$"""
            static class Endpoints
            {
                public const string Models = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/";
                public const string CallCenter = "{|SPL1001:{{ExpiredCustom}}|}";
            }
            """));
        test.Sources.Add(("Ids.g.cs", $$"""
            static class Ids
            {
                public const string Id = "{{ExpiredCustom}}";
            }
            """));
        test.Sources.Add(("AutoIds.cs", $$"""
            // <auto-generated/>
            static class AutoIds
            {
                public const string Id = "{{ExpiredCustom}}";
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task AnchorsInCommentsAndDisabledCode_BesideALiteral_GetNothing_WhileTheLiteralWithAnAnchorIsReportedOnce()
    {
        var test = new LifecycleVerify.Test
        {
            TestCode = $$"""
                using System;

                class BatchClient
                {
                    // https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}
                    string prefix = "https://eastus.api.cognitive.microsoft.com/" /* speechtotext/models/{{ExpiredCustom}} */;
                    string id = /* ?cid={{ExpiredEndpoint}} */ "{{ExpiredCustom}}";
                #if false
                    string disabled = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}";
                #endif
                    string model = "{|SPL1001:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}|}"; // speechtotext/models/{{ExpiredCustom}}
                #if false
                    string disabledToo = "wss://eastus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?cid={{ExpiredEndpoint}}";
                #endif
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task OneLiteralHoldingTwoReferences_ReportsEachOnce()
    {
        // The JSON literal holds "speechtotext" twice and "cid=" once; the last literal holds both anchors.
        var test = new LifecycleVerify.Test
        {
            TestCode = $$"""
                class BatchClient
                {
                    string json = "{\"old\": \"{|SPL1001:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}|}\", \"next\": \"{|SPL1002:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiringCustom}}|}\", \"live\": \"{|SPL1005:wss://eastus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?cid={{ExpiredEndpoint}}|}\"}";

                    string both = @"{|SPL1001:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}|} {|SPL1005:wss://eastus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?cid={{ExpiredEndpoint}}|}";
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task InterpolatedStringWithTheIdInItsText_Triggers_OnTheTextPart()
    {
        var test = new LifecycleVerify.Test
        {
            TestCode = $$"""
                class BatchClient
                {
                    string Model(int x) => $"{|SPL1001:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiredCustom}}?x=|}{x}";
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task ManyIdConstantsInTheCompilation_TheComposedConstant_TriggersOnce()
    {
        // Over 16 distinct ID-constant names: the composition route finds uses by reading identifiers, not per name.
        var noise = string.Join("\n", Enumerable.Range(1, 20).Select(n => $"    public const string Id{n} = \"{n:x8}-1b2c-4d3e-8f40-5a6b7c8d9e0f\";"));
        var test = new LifecycleVerify.Test
        {
            TestCode = """
                using System;

                class BatchClient
                {
                    string Model() => $"{Endpoints.Models}{Endpoints.CallCenter}";
                    Uri Again() => new Uri(Endpoints.Models + Endpoints.CallCenter);
                    string Other() => $"{Noise.Id3}/{Noise.Id17}";
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Endpoints.cs", $$"""
            static class Endpoints
            {
                public const string Models = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/";
                public const string CallCenter = "{|SPL1001:{{ExpiredCustom}}|}";
            }
            """));
        test.Sources.Add(("Noise.cs", "static class Noise\n{\n" + noise + "\n}\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task EndpointIdInAnObjectInitializer_Triggers_OnTheLiteral()
    {
        // The stub's SpeechConfig has no public constructor (as in the SDK), so the initializer is on a subclass.
        var test = new LifecycleVerify.Test
        {
            TestCode = $$"""
                using Microsoft.CognitiveServices.Speech;

                sealed class ClaimsConfig : SpeechConfig { }

                class Recognition
                {
                    SpeechRecognizer Create() => new SpeechRecognizer(new ClaimsConfig { SpeechRecognitionLanguage = "en-US", EndpointId = {|SPL1005:"{{ExpiredEndpoint}}"|} });
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task EndpointIdSetPropertyOnAConditionalAccess_Triggers_OnTheLiteral()
    {
        var test = new LifecycleVerify.Test
        {
            TestCode = $$"""
                using Microsoft.CognitiveServices.Speech;

                class Recognition
                {
                    void Configure(SpeechConfig? config) => config?.SetProperty(PropertyId.SpeechServiceConnection_EndpointId, {|SPL1005:"{{ExpiredEndpoint}}"|});
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task FromLanguageCalledThroughUsingStatic_Triggers_OnTheLiteral()
    {
        var test = new LifecycleVerify.Test
        {
            TestCode = $$"""
                using Microsoft.CognitiveServices.Speech;
                using static Microsoft.CognitiveServices.Speech.SourceLanguageConfig;

                class Recognition
                {
                    SourceLanguageConfig English() => FromLanguage("en-US", {|SPL1005:"{{ExpiredEndpoint}}"|});
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task ConstantNameOnlyInCommentsStringsAndNameof_GetsNothing_WhileAComposedConstantIsReported()
    {
        // CallCenter holds an expired ID but is never composed; a same-named non-ID constant and property are.
        var test = new LifecycleVerify.Test
        {
            TestCode = """
                using System;

                class BatchClient
                {
                    Uri Model() => new Uri(Endpoints.Models + Endpoints.Support);
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Endpoints.cs", $$"""
            static class Endpoints
            {
                public const string Models = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/";
                public const string CallCenter = "{{ExpiredCustom}}";
                public const string Support = "{|SPL1002:{{ExpiringCustom}}|}";
            }
            """));
        test.Sources.Add(("Mentions.cs", """
            using System;

            static class Labels
            {
                public const string CallCenter = "Call center";
            }

            /// <summary>Reads <see cref="Endpoints.CallCenter"/>.</summary>
            class Mentions
            {
                // CallCenter, Endpoints.CallCenter
                string label = "CallCenter";
                string name = nameof(Endpoints.CallCenter);
                string text = $"{Endpoints.Models} CallCenter";
                string CallCenter => "call-center";
                string Label() => $"{Endpoints.Models}{Labels.CallCenter}";
                Uri Property() => new Uri(Endpoints.Models + CallCenter);
                void Log() => Console.WriteLine(Endpoints.CallCenter);
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task ConstantInAFileWhoseAutoGeneratedHeaderFollowsADirective_DoesNotTrigger()
    {
        var test = new LifecycleVerify.Test
        {
            TestCode = """
                using System;

                class BatchClient
                {
                    Uri Model() => new Uri(Endpoints.Models + Ids.Id);
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Endpoints.cs", """
            static class Endpoints
            {
                public const string Models = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/";
            }
            """));
        test.Sources.Add(("Ids.cs", $$"""
            #nullable enable
            // <auto-generated/>
            static class Ids
            {
                public const string Id = "{{ExpiredCustom}}";
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task NullForgivingConstantInAnInterpolation_Triggers_OnTheConstant()
    {
        var test = new LifecycleVerify.Test
        {
            TestCode = """
                #nullable enable

                class BatchClient
                {
                    string Model() => $"{Endpoints.Models}{Endpoints.CallCenter!}";
                }
                """,
        }.WithLifecycleData();
        test.Sources.Add(("Endpoints.cs", $$"""
            static class Endpoints
            {
                public const string Models = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/";
                public const string CallCenter = "{|SPL1001:{{ExpiredCustom}}|}";
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task ParenthesizedEndpointIdAssignment_Triggers_OnTheLiteral()
    {
        var test = new LifecycleVerify.Test
        {
            TestCode = $$"""
                using Microsoft.CognitiveServices.Speech;

                class Recognition
                {
                    void Configure(SpeechConfig config) => (config.EndpointId) = {|SPL1005:"{{ExpiredEndpoint}}"|};
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }
}
