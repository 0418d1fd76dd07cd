using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SpeechLifecycle.Analyzers.Tests.Verifiers;
using SpeechLifecycle.CodeFixes.Rules;

namespace SpeechLifecycle.Analyzers.Tests.CodeFixes;

/// <summary>
/// The model fixes on diagnostics of a known shape (<see cref="ReportingStubAnalyzer"/>): every literal kind, trivia,
/// titles, preconditions, request-member removal. The per-rule tests (Rules/SPL100xTests.CodeFix.cs) run the same
/// fixer on the real analyzers' diagnostics.
/// </summary>
public sealed class ModelLifecycleFixTests
{
    private const string Expired = "0b1c7e3e-95a6-4a44-8c37-2f0a1d5e9b21";
    private const string OtherExpired = "5d9e2f10-7c3b-4e8a-9f61-3b2c1a0d4e77";
    private const string Newest = "c4a1e2b3-6d5f-4a7b-8c9d-0e1f2a3b4c5d";
    private const string NewestDe = "7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910";
    private const string NewerCustom = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    private const string Host = "https://eastus.api.cognitive.microsoft.com";

    private static IReadOnlyDictionary<string, string?> Replacement(
        string id, string name = "20250515 (en-US)", string kind = "BaseModel", string reference = "BaseModel", bool requestMember = false) =>
        new Dictionary<string, string?>
        {
            [DiagnosticProperties.ReplacementId] = id,
            [DiagnosticProperties.ReplacementKind] = kind,
            [DiagnosticProperties.ReplacementName] = name,
            [DiagnosticProperties.ReferenceKind] = reference,
            [DiagnosticProperties.IsRequestModelMember] = requestMember ? "true" : "false",
        };

    /// <summary>Diagnostics on every match that holds <see cref="Expired"/> or <see cref="OtherExpired"/>, none on the fixed text.</summary>
    private sealed class ModelFixTest : StubbedCodeFixTest<ModelLifecycleCodeFixProvider>
    {
        public ModelFixTest(string id, IReadOnlyDictionary<string, string?>? properties, string pattern = ReportingStubAnalyzer.UriPattern)
            : base(id, pattern, text => IsExpired(text) ? properties : null)
        {
        }

        private static bool IsExpired(string text) =>
            text.Contains(Expired, StringComparison.OrdinalIgnoreCase) || text.Contains(OtherExpired, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string, string> LiteralKinds() => new()
    {
        { "regular", $$"""string u = "{|SPL1001:{{Host}}/speechtotext/models/base/ID?api-version=2025-10-15|}";""" },
        { "verbatim", $$"""string u = @"{|SPL1001:{{Host}}/speechtotext/models/base/ID?api-version=2025-10-15|}";""" },
        { "raw", $$""""string u = """{|SPL1001:{{Host}}/speechtotext/models/base/ID?api-version=2025-10-15|}""";"""" },
        { "multi-line raw", $$""""
            string u = """
                    {|SPL1001:{{Host}}/speechtotext/models/base/ID?api-version=2025-10-15|}
                    """;
            """" },
        { "interpolated", """string h = "x"; string u = $"{h}/speechtotext/models/base/{|SPL1001:ID|}?api-version=2025-10-15";""" },
        { "interpolated verbatim", """string h = "x"; string u = $@"{h}/speechtotext/models/base/{|SPL1001:ID|}?api-version=2025-10-15";""" },
        { "interpolated raw", """"string h = "x"; string u = $"""{h}/speechtotext/models/base/{|SPL1001:ID|}?api-version=2025-10-15""";"""" },
        { "utf-8", $$"""System.ReadOnlySpan<byte> u = "{|SPL1001:{{Host}}/speechtotext/models/base/ID?api-version=2025-10-15|}"u8;""" },
    };

    [Theory]
    [MemberData(nameof(LiteralKinds))]
    public async Task ReplaceModel_ChangesOnlyTheIdInEveryLiteralKind(string kind, string statement)
    {
        _ = kind;
        var test = new ModelFixTest(DiagnosticIds.ModelExpiredForTranscription, Replacement(Newest), Pattern(statement))
        {
            TestCode = Method(statement.Replace("ID", Expired, StringComparison.Ordinal)),
            FixedCode = Method(Unmarked(statement).Replace("ID", Newest, StringComparison.Ordinal)),
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.ReplaceModelEquivalenceKey,
            CodeActionTitle = "Use base model '20250515 (en-US)'",
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task ReplaceModel_KeepsCommentsLineBreaksAndUpperCaseIds()
    {
        var test = new ModelFixTest(DiagnosticIds.ModelExpiresSoonForTranscription, Replacement(Newest))
        {
            TestCode = $$"""
                class C
                {
                    // the batch model  (pinned)
                    const string Model =     "{|SPL1002:{{Host}}/speechtotext/v3.2/models/base/{{Expired.ToUpperInvariant()}}|}"  ; // keep
                }
                """,
            FixedCode = $$"""
                class C
                {
                    // the batch model  (pinned)
                    const string Model =     "{{Host}}/speechtotext/v3.2/models/base/{{Newest.ToUpperInvariant()}}"  ; // keep
                }
                """,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task ReplaceModel_OnABareIdSpan_ReplacesTheId()
    {
        var test = new ModelFixTest(DiagnosticIds.BaseModelTrainingClosed, Replacement(Newest), ReportingStubAnalyzer.GuidPattern)
        {
            TestCode = $$"""class C { const string BaseModel = "{|SPL1003:{{Expired}}|}"; }""",
            FixedCode = $$"""class C { const string BaseModel = "{{Newest}}"; }""",
            CodeActionTitle = "Use base model '20250515 (en-US)'",
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task ReplaceModel_WithAProjectIdInTheSpan_ReplacesTheModelId()
    {
        const string project = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b";
        var test = new ModelFixTest(DiagnosticIds.ModelExpiredForTranscription, Replacement(NewerCustom, "call center v3", "CustomModel", "CustomModel"))
        {
            TestCode = $$"""class C { const string M = "{|SPL1001:{{Host}}/speechtotext/v3.1/models/{{Expired}}?project={{project}}|}"; }""",
            FixedCode = $$"""class C { const string M = "{{Host}}/speechtotext/v3.1/models/{{NewerCustom}}?project={{project}}"; }""",
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.ReplaceModelEquivalenceKey,
            CodeActionTitle = "Use custom model 'call center v3'",
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task ReplaceModel_CustomModelWithoutNewerCustomModel_MovesTheUriUnderBase_TitleSaysCustomisationIsLost_NoFixForABareId()
    {
        var test = new ModelFixTest(DiagnosticIds.ModelExpiredForTranscription, Replacement(Newest, kind: "BaseModel", reference: "CustomModel"), ReportingStubAnalyzer.GuidPattern)
        {
            TestCode = $$"""
                class C
                {
                    const string M = "{{Host}}/speechtotext/models/{|SPL1001:{{Expired}}|}?api-version=2025-10-15";
                    const string V = @"{{Host}}/speechtotext/v3.2/Models/{|SPL1001:{{OtherExpired}}|}";
                    const string Bare = "{|SPL1001:{{Expired}}|}";
                }
                """,
            FixedCode = $$"""
                class C
                {
                    const string M = "{{Host}}/speechtotext/models/base/{{Newest}}?api-version=2025-10-15";
                    const string V = @"{{Host}}/speechtotext/v3.2/Models/base/{{Newest}}";
                    const string Bare = "{|SPL1001:{{Expired}}|}";
                }
                """,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.ReplaceModelLosingCustomisationEquivalenceKey,
            CodeActionTitle = "Use base model '20250515 (en-US)' (loses customisation)",
        };

        // A bare ID is put into a custom-model path elsewhere; a base model ID there would name no model.

        await test.RunAsync();
    }

    [Fact]
    public async Task ReplaceModel_BaseUriSwitchedToACustomModel_DropsTheBaseSegment()
    {
        var test = new ModelFixTest(DiagnosticIds.ModelExpiresSoonForTranscription, Replacement(NewerCustom, "call center v3", "CustomModel", "BaseModel"))
        {
            TestCode = $$"""class C { const string M = "{|SPL1002:{{Host}}/speechtotext/models/base/{{Expired}}?api-version=2025-10-15|}"; }""",
            FixedCode = $$"""class C { const string M = "{{Host}}/speechtotext/models/{{NewerCustom}}?api-version=2025-10-15"; }""",
            CodeActionTitle = "Use custom model 'call center v3'",
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task ReplaceModel_WithoutName_TitleNamesTheId()
    {
        var test = new ModelFixTest(DiagnosticIds.BaseModelTrainingClosesSoon, Replacement(Newest, name: ""))
        {
            TestCode = $$"""class C { const string M = "{|SPL1004:{{Host}}/speechtotext/models/base/{{Expired}}|}"; }""",
            FixedCode = $$"""class C { const string M = "{{Host}}/speechtotext/models/base/{{Newest}}"; }""",
            CodeActionTitle = $"Use base model '{Newest}'",
        };

        await test.RunAsync();
    }

    public static TheoryData<string, string?> MissingOrUnusableReplacements() => new()
    {
        { "no replacement", null },
        { "not a GUID", "20250515" },
        { "unknown kind", "Endpoint" },
    };

    [Theory]
    [MemberData(nameof(MissingOrUnusableReplacements))]
    public async Task ReplaceModel_WithoutUsableReplacement_OffersNoFix(string why, string? value)
    {
        var properties = new Dictionary<string, string?> { [DiagnosticProperties.ReferenceKind] = "BaseModel" };
        if (why == "not a GUID")
        {
            properties[DiagnosticProperties.ReplacementId] = value;
            properties[DiagnosticProperties.ReplacementKind] = "BaseModel";
        }
        else if (why == "unknown kind")
        {
            properties[DiagnosticProperties.ReplacementId] = Newest;
            properties[DiagnosticProperties.ReplacementKind] = value;
        }

        var test = new ModelFixTest(DiagnosticIds.ModelExpiredForTranscription, properties)
        {
            TestCode = $$"""class C { const string M = "{|SPL1001:{{Host}}/speechtotext/models/base/{{Expired}}|}"; }""",
            ExpectNoFix = true,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task ReplaceModel_WhenTheSpanHoldsTwoUnrelatedIds_OffersNoFix()
    {
        var test = new ModelFixTest(DiagnosticIds.ModelExpiredForTranscription, Replacement(Newest), ReportingStubAnalyzer.UriPattern)
        {
            TestCode = $$"""class C { const string M = "{|SPL1001:{{Host}}/speechtotext/datasets/{{Expired}}/files/{{OtherExpired}}|}"; }""",
            ExpectNoFix = true,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_ReplacesEveryOccurrenceInOneDocumentAndAcrossDocuments()
    {
        var test = new ModelFixTest(DiagnosticIds.ModelExpiredForTranscription, Replacement(Newest), ReportingStubAnalyzer.GuidPattern)
        {
            TestCode = $$"""
                class A
                {
                    const string M1 = "{{Host}}/speechtotext/models/base/{|SPL1001:{{Expired}}|}";
                    const string M2 = @"{{Host}}/speechtotext/v3.1/models/base/{|SPL1001:{{OtherExpired}}|}";
                    string M3(string h) => $"{h}/speechtotext/models/base/{|SPL1001:{{Expired}}|}?api-version=2025-10-15";
                }
                """,
            FixedCode = $$"""
                class A
                {
                    const string M1 = "{{Host}}/speechtotext/models/base/{{Newest}}";
                    const string M2 = @"{{Host}}/speechtotext/v3.1/models/base/{{Newest}}";
                    string M3(string h) => $"{h}/speechtotext/models/base/{{Newest}}?api-version=2025-10-15";
                }
                """,
        };
        test.Sources.Add(("B.cs", $$"""class B { const string M = "{{Host}}/speechtotext/models/base/{|SPL1001:{{OtherExpired}}|}"; }"""));
        test.FixedSources.Add(("B.cs", $$"""class B { const string M = "{{Host}}/speechtotext/models/base/{{Newest}}"; }"""));

        await test.RunAsync();
    }

    [Fact]
    public async Task RemoveModelMember_MiddleMemberOfAnAnonymousRequest_KeepsTheOthersAndTheirLines()
    {
        var test = new ModelFixTest(DiagnosticIds.ModelExpiredForTranscription, Replacement(Newest, requestMember: true))
        {
            TestCode = $$"""
                class C
                {
                    object Request() => new
                    {
                        contentUrls = new[] { "https://example.com/a.wav" },
                        model = new { self = "{|SPL1001:{{Host}}/speechtotext/models/base/{{Expired}}|}" },
                        locale = "en-US", // the audio's language
                        displayName = "nightly",
                    };
                }
                """,
            FixedCode = """
                class C
                {
                    object Request() => new
                    {
                        contentUrls = new[] { "https://example.com/a.wav" },
                        locale = "en-US", // the audio's language
                        displayName = "nightly",
                    };
                }
                """,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.RemoveModelMemberKey,
            CodeActionIndex = 1,
            CodeActionTitle = ModelLifecycleCodeFixProvider.RemoveModelMemberTitle,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task RemoveModelMember_LastMemberWithoutTrailingComma_RemovesThePrecedingComma()
    {
        var test = new ModelFixTest(DiagnosticIds.ModelExpiredForTranscription, Replacement(Newest, requestMember: true))
        {
            TestCode = $$"""
                class C
                {
                    object Request() => new
                    {
                        locale = "en-US",
                        model = new { self = "{|SPL1001:{{Host}}/speechtotext/models/base/{{Expired}}|}" }
                    };
                }
                """,
            FixedCode = """
                class C
                {
                    object Request() => new
                    {
                        locale = "en-US"
                    };
                }
                """,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.RemoveModelMemberKey,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task RemoveModelMember_OnOneLine_AndAsOnlyMember()
    {
        var test = new ModelFixTest(DiagnosticIds.ModelExpiredForTranscription, Replacement(Newest, requestMember: true))
        {
            TestCode = $$"""
                class C
                {
                    object A() => new { locale = "en-US", model = new { self = "{|SPL1001:{{Host}}/speechtotext/models/base/{{Expired}}|}" }, displayName = "x" };
                    object B() => new { model = new { self = "{|SPL1001:{{Host}}/speechtotext/models/base/{{OtherExpired}}|}" } };
                }
                """,
            FixedCode = """
                class C
                {
                    object A() => new { locale = "en-US", displayName = "x" };
                    object B() => new { };
                }
                """,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.RemoveModelMemberKey,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task RemoveModelMember_ObjectInitializerAndDictionary()
    {
        var test = new ModelFixTest(DiagnosticIds.ModelExpiredForTranscription, Replacement(Newest, requestMember: true))
        {
            TestCode = $$"""
                using System.Collections.Generic;

                class EntityReference { public string Self { get; set; } = ""; }
                class TranscriptionRequest { public string Locale { get; set; } = ""; public EntityReference? Model { get; set; } }

                class C
                {
                    TranscriptionRequest Typed() => new TranscriptionRequest
                    {
                        Model = new EntityReference { Self = "{|SPL1001:{{Host}}/speechtotext/models/base/{{Expired}}|}" },
                        Locale = "en-US",
                    };

                    Dictionary<string, object> Untyped() => new()
                    {
                        ["locale"] = "en-US",
                        ["model"] = new Dictionary<string, string> { ["self"] = "{|SPL1001:{{Host}}/speechtotext/models/base/{{OtherExpired}}|}" },
                    };
                }
                """,
            FixedCode = """
                using System.Collections.Generic;

                class EntityReference { public string Self { get; set; } = ""; }
                class TranscriptionRequest { public string Locale { get; set; } = ""; public EntityReference? Model { get; set; } }

                class C
                {
                    TranscriptionRequest Typed() => new TranscriptionRequest
                    {
                        Locale = "en-US",
                    };

                    Dictionary<string, object> Untyped() => new()
                    {
                        ["locale"] = "en-US",
                    };
                }
                """,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.RemoveModelMemberKey,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task RemoveModelMember_WithoutReplacement_IsTheOnlyFix()
    {
        var properties = new Dictionary<string, string?>
        {
            [DiagnosticProperties.ReferenceKind] = "BaseModel",
            [DiagnosticProperties.IsRequestModelMember] = "true",
        };
        var test = new ModelFixTest(DiagnosticIds.ModelExpiredForTranscription, properties)
        {
            TestCode = $$"""class C { object R() => new { locale = "en-US", model = new { self = "{|SPL1001:{{Host}}/speechtotext/models/base/{{Expired}}|}" } }; }""",
            FixedCode = """class C { object R() => new { locale = "en-US" }; }""",
            CodeActionIndex = 0,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.RemoveModelMemberKey,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task RemoveModelMember_IsNotOfferedForAWarningOrOutsideARequest()
    {
        // SPL1002 (still valid for now) only offers the replacement; a "model" that is not an initializer member
        // cannot be removed even when the property claims so.
        var test = new ModelFixTest(DiagnosticIds.ModelExpiresSoonForTranscription, new Dictionary<string, string?> { [DiagnosticProperties.IsRequestModelMember] = "true" })
        {
            TestCode = $$"""
                class C
                {
                    object A() => new { model = new { self = "{|SPL1002:{{Host}}/speechtotext/models/base/{{Expired}}|}" } };
                    string B() { var model = "{|SPL1002:{{Host}}/speechtotext/models/base/{{OtherExpired}}|}"; return model; }
                }
                """,
            ExpectNoFix = true,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task ReplaceModel_IsTheFirstFixOfARequestMember()
    {
        var test = new ModelFixTest(DiagnosticIds.ModelExpiredForTranscription, Replacement(NewerCustom, "call center v3", "CustomModel", "CustomModel", requestMember: true))
        {
            TestCode = $$"""class C { object R() => new { model = new { self = "{|SPL1001:{{Host}}/speechtotext/models/{{Expired}}|}" } }; }""",
            FixedCode = $$"""class C { object R() => new { model = new { self = "{{Host}}/speechtotext/models/{{NewerCustom}}" } }; }""",
            CodeActionIndex = 0,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.ReplaceModelEquivalenceKey,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task ReplaceModel_LosingCustomisation_InARequest_KeepsItsOwnKey_BeforeTheRemoval()
    {
        var test = new ModelFixTest(DiagnosticIds.ModelExpiredForTranscription, Replacement(Newest, kind: "BaseModel", reference: "CustomModel", requestMember: true))
        {
            TestCode = $$"""class C { object R() => new { model = new { self = "{|SPL1001:{{Host}}/speechtotext/models/{{Expired}}|}" } }; }""",
            FixedCode = $$"""class C { object R() => new { model = new { self = "{{Host}}/speechtotext/models/base/{{Newest}}" } }; }""",
            CodeActionIndex = 0,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.ReplaceModelLosingCustomisationEquivalenceKey,
            CodeActionTitle = "Use base model '20250515 (en-US)' (loses customisation)",
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_WithTwoReplacements_GivesEveryReferenceItsOwn()
    {
        // Two locales, two replacements, one equivalence key: a Fix-All started from the en-US diagnostic gives the
        // German reference its own model, never the en-US one. DotnetFormatFixAllTests shows that a single pass
        // (as dotnet format runs it) fixes both.
        var test = new StubbedCodeFixTest<ModelLifecycleCodeFixProvider>(
            DiagnosticIds.ModelExpiredForTranscription,
            ReportingStubAnalyzer.UriPattern,
            text => text.Contains(Expired, StringComparison.Ordinal) ? Replacement(Newest)
                : text.Contains(OtherExpired, StringComparison.Ordinal) ? Replacement(NewestDe, "20250515 (de-DE)")
                : null)
        {
            TestCode = $$"""
                class C
                {
                    const string En = "{|SPL1001:{{Host}}/speechtotext/models/base/{{Expired}}|}";
                    const string De = "{|SPL1001:{{Host}}/speechtotext/models/base/{{OtherExpired}}|}";
                    const string En2 = "{|SPL1001:{{Host}}/speechtotext/models/base/{{Expired}}|}";
                }
                """,
            FixedCode = $$"""
                class C
                {
                    const string En = "{{Host}}/speechtotext/models/base/{{Newest}}";
                    const string De = "{{Host}}/speechtotext/models/base/{{NewestDe}}";
                    const string En2 = "{{Host}}/speechtotext/models/base/{{Newest}}";
                }
                """,
            CodeActionEquivalenceKey = ModelLifecycleCodeFixProvider.ReplaceModelEquivalenceKey,
        };

        await test.RunAsync();
    }

    private static string Method(string statement) => $$"""
        class C
        {
            void M()
            {
                {{statement}}
                _ = u;
            }
        }
        """;

    private static string Pattern(string statement) =>
        statement.Contains("{|SPL1001:ID|}", StringComparison.Ordinal) ? ReportingStubAnalyzer.GuidPattern : ReportingStubAnalyzer.UriPattern;

    private static string Unmarked(string markup)
    {
        TestFileMarkupParser.GetSpans(markup, out string text, out ImmutableDictionary<string, ImmutableArray<TextSpan>> _);
        return text;
    }
}
