using Microsoft.CodeAnalysis;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Tests.Verifiers.BadLiteralAnalyzer>;
using VerifyFix = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SpeechLifecycle.Analyzers.Tests.Verifiers.BadLiteralAnalyzer,
    SpeechLifecycle.Analyzers.Tests.Verifiers.BadLiteralFixer>;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>
/// The adapter over Microsoft.CodeAnalysis.Testing (SpeechAnalyzerTest, SpeechCodeFixTest, DiagnosticResult) must
/// fail whenever the analyzer or fix does something the test did not say, and pass otherwise: these check that each
/// input of the test-facing shape reaches the library (options, item metadata, editorconfig, SDK stub, properties,
/// titles, no-fix) and that the library's checks are on. Failures are the library's <c>DefaultVerifier</c>
/// exceptions; the messages asserted are the parts that name what differed.
/// </summary>
public sealed class AdapterTests
{
    private static async Task<string> FailureOf(Func<Task> run) => (await Assert.ThrowsAnyAsync<Exception>(run)).Message;

    [Fact]
    public Task AllMarkupForms_Pass()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    string a = [|"bad one"|];
                    string b = {|TEST0001:"bad two"|};
                    string c = {|#0:"bad three"|};
                    string d = "fine";
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithMessage("Literal 'bad three' is bad").WithSeverity(DiagnosticSeverity.Warning));
        return test.RunAsync();
    }

    [Fact]
    public async Task MissingDiagnostic_Fails()
    {
        var message = await FailureOf(() => Verify.VerifyAnalyzerAsync("""class C { string a = [|"good"|]; }"""));
        Assert.Contains("expected \"1\" actual \"0\"", message);
    }

    [Fact]
    public async Task ExtraDiagnostic_Fails()
    {
        var message = await FailureOf(() => Verify.VerifyAnalyzerAsync("""class C { string a = "bad"; }"""));
        Assert.Contains("expected \"0\" actual \"1\"", message);
        Assert.Contains("TEST0001", message);
    }

    [Fact]
    public async Task MisplacedDiagnostic_Fails()
    {
        var message = await FailureOf(() => Verify.VerifyAnalyzerAsync("""class C { string a = "[|bad|]"; }"""));
        Assert.Contains("Expected diagnostic to start at column", message);
    }

    [Fact]
    public async Task DiagnosticInAnotherFile_Fails()
    {
        var test = new Verify.Test { TestCode = """class C { string a = [|"bad"|]; }""" };
        test.Sources.Add(("Other.cs", """class D { string a = "bad"; }"""));
        var message = await FailureOf(() => test.RunAsync());
        Assert.Contains("/0/Other.cs", message);
    }

    [Fact]
    public async Task WrongMessage_Fails()
    {
        var message = await FailureOf(() => Verify.VerifyAnalyzerAsync(
            """class C { string a = {|#0:"bad"|}; }""",
            Verify.Diagnostic().WithLocation(0).WithMessage("Literal 'bad' is good")));
        Assert.Contains("Literal 'bad' is good", message);
    }

    [Fact]
    public Task RightArguments_Pass() => Verify.VerifyAnalyzerAsync(
        """class C { string a = {|#0:"bad"|}; }""",
        Verify.Diagnostic("TEST0001").WithLocation(0).WithArguments("bad"));

    [Fact]
    public async Task WrongArguments_Fail()
    {
        await FailureOf(() => Verify.VerifyAnalyzerAsync(
            """class C { string a = {|#0:"bad"|}; }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("worse")));
    }

    [Fact]
    public Task RightProperty_Passes() => Verify.VerifyAnalyzerAsync(
        """class C { string a = {|#0:"bad"|}; }""",
        Verify.Diagnostic().WithLocation(0).WithProperty("Word", "bad").WithProperty("Absent", null));

    [Fact]
    public async Task WrongOrUnexpectedProperty_Fails()
    {
        var message = await FailureOf(() => Verify.VerifyAnalyzerAsync(
            """class C { string a = {|#0:"bad"|}; }""",
            Verify.Diagnostic().WithLocation(0).WithProperty("Word", "worse")));
        Assert.Contains("Word=bad", message);

        await FailureOf(() => Verify.VerifyAnalyzerAsync(
            """class C { string a = {|#0:"bad"|}; }""",
            Verify.Diagnostic().WithLocation(0).WithProperty("Word", null)));
    }

    [Fact]
    public async Task WrongSeverity_Fails()
    {
        var message = await FailureOf(() => Verify.VerifyAnalyzerAsync(
            """class C { string a = {|#0:"bad"|}; }""",
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error)));
        Assert.Contains("was \"Warning\"", message);
    }

    [Fact]
    public Task EditorConfigSeverity_IsApplied()
    {
        var test = new Verify.Test
        {
            TestCode = """class C { string a = {|#0:"bad"|}; }""",
            EditorConfig = """
                root = true

                [*.cs]
                dotnet_diagnostic.TEST0001.severity = error
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfigSeverityNone_Suppresses()
    {
        var test = new Verify.Test
        {
            TestCode = """class C { string a = "bad"; }""",
            EditorConfig = "root = true\n\n[*.cs]\ndotnet_diagnostic.TEST0001.severity = none\n",
        };
        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfigPerFolderOption_ReachesTheTree()
    {
        var test = new Verify.Test
        {
            TestCode = """class C { string a = [|"bad"|]; string b = "awful"; }""",
            EditorConfig = "root = true\n\n[Legacy/**.cs]\ntest_word = awful\n",
        };
        test.Sources.Add(("Legacy/Old.cs", """class D { string a = "bad"; string b = [|"awful"|]; }"""));
        return test.RunAsync();
    }

    [Fact]
    public Task FolderEditorConfig_AppliesToThatFolderOnly()
    {
        var test = new Verify.Test { TestCode = """class C { string a = [|"bad"|]; string b = "awful"; }""" };
        test.FolderEditorConfigs.Add(("Legacy", "[*.cs]\ntest_word = awful\ndotnet_diagnostic.TEST0001.severity = error\n"));
        test.Sources.Add(("Legacy/Old.cs", """class D { string a = "bad"; string b = {|#0:"awful"|}; }"""));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
        return test.RunAsync();
    }

    [Fact]
    public async Task AnalyzerException_Fails_WithTheExceptionText()
    {
        var test = new Verify.Test { TestCode = """class C { string a = "x"; }""" };
        test.GlobalOptions["build_property.TestMode"] = "throw";
        var message = await FailureOf(() => test.RunAsync());
        Assert.Contains("boom from the test analyzer", message);
    }

    [Fact]
    public async Task CompilerError_Fails_UnlessExpected()
    {
        var message = await FailureOf(() => Verify.VerifyAnalyzerAsync("class C { int a = missing; }"));
        Assert.Contains("CS0103", message);

        await Verify.VerifyAnalyzerAsync("class C { int a = {|CS0103:missing|}; }");
    }

    [Fact]
    public Task DisabledDiagnostics_AreNeitherReportedNorCompared()
    {
        var test = new Verify.Test { TestCode = """class C { string a = "bad"; }""" };
        test.DisabledDiagnostics.Add("TEST0001");
        return test.RunAsync();
    }

    [Fact]
    public Task MarkupInsideAdditionalFile_LocatesDiagnosticsThere()
    {
        var test = new Verify.Test { TestCode = "class C { }" };
        test.AdditionalFiles.Add(TestAdditionalFile.Config("""{ "Key": "[|bad|]" }"""));
        test.AdditionalFiles.Add(new TestAdditionalFile("notes.json", """{ "Key": "bad" }"""));
        return test.RunAsync();
    }

    [Fact]
    public async Task MisplacedDiagnosticInAdditionalFile_Fails()
    {
        var test = new Verify.Test { TestCode = "class C { }" };
        test.AdditionalFiles.Add(TestAdditionalFile.Config("""{ "[|Key|]": "bad" }"""));
        var message = await FailureOf(() => test.RunAsync());
        Assert.Contains("/0/appsettings.json", message);
    }

    [Fact]
    public async Task UnclaimedLocationMarkup_Fails()
    {
        var message = await FailureOf(() => Verify.VerifyAnalyzerAsync("""class C { string a = {|#0:"good"|}; }"""));
        Assert.Contains("#0", message);
    }

    [Fact]
    public async Task MissingLocationMarkup_Fails()
    {
        var message = await FailureOf(() => Verify.VerifyAnalyzerAsync("""class C { string a = "bad"; }""", Verify.Diagnostic().WithLocation(3)));
        Assert.Contains("#3", message);
    }

    [Fact]
    public async Task AnonymousMarkup_WithSeveralDescriptors_Fails()
    {
        var message = await FailureOf(() => CSharpAnalyzerVerifier<TwoRuleAnalyzer>.VerifyAnalyzerAsync("class C { int a = [|1|]; }"));
        Assert.Contains("only supports a single diagnostic", message);

        await CSharpAnalyzerVerifier<TwoRuleAnalyzer>.VerifyAnalyzerAsync("class C { int a = {|TEST0010:1|}; }");
    }

    [Fact]
    public Task SpeechSdkStub_IsReferenced()
    {
        return Verify.VerifyAnalyzerAsync("""
            using System;
            using Microsoft.CognitiveServices.Speech;
            using Microsoft.CognitiveServices.Speech.Translation;
            using Microsoft.CognitiveServices.Speech.Transcription;

            class C
            {
                void M()
                {
                    var config = SpeechConfig.FromEndpoint(new Uri("wss://eastus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1"), "key");
                    config.EndpointId = "x";
                    config.SetProperty(PropertyId.SpeechServiceConnection_EndpointId, "x");
                    using var recognizer = new SpeechRecognizer(config, SourceLanguageConfig.FromLanguage("en-US", "x"));
                    var translation = SpeechTranslationConfig.FromSubscription("key", "eastus");
                    translation.EndpointId = "x";
                    using var translator = new TranslationRecognizer(translation);
                    using var transcriber = new ConversationTranscriber(config);
                    using var synthesizer = new SpeechSynthesizer(SpeechConfig.FromSubscription("key", "eastus"));
                    var auto = AutoDetectSourceLanguageConfig.FromLanguages(new[] { "en-US" });
                }
            }
            """);
    }

    [Fact]
    public Task CodeFix_RightResult_Passes() => VerifyFix.VerifyCodeFixAsync(
        """class C { string a = [|"bad"|]; string b = [|"also bad"|]; }""",
        """class C { string a = "good"; string b = "good"; }""");

    [Fact]
    public async Task CodeFix_WrongResult_Fails()
    {
        var message = await FailureOf(() => VerifyFix.VerifyCodeFixAsync(
            """class C { string a = [|"bad"|]; }""",
            """class C { string a = "fine"; }"""));
        Assert.Contains("did not match", message);
    }

    [Fact]
    public Task CodeFix_ByEquivalenceKey_AppliesThatAction()
    {
        var test = new VerifyFix.Test
        {
            TestCode = """class C { string a = [|"bad"|]; }""",
            FixedCode = """class C { string a = "fine"; }""",
            CodeActionEquivalenceKey = BadLiteralFixer.FineKey,
            CodeActionTitle = "Replace with \"fine\"",
        };
        return test.RunAsync();
    }

    [Fact]
    public async Task CodeFix_WrongTitle_Fails()
    {
        var test = new VerifyFix.Test
        {
            TestCode = """class C { string a = [|"bad"|]; }""",
            FixedCode = """class C { string a = "good"; }""",
            CodeActionTitle = "Something else",
        };
        await FailureOf(() => test.RunAsync());
    }

    [Fact]
    public async Task CodeFix_UnknownEquivalenceKey_Fails()
    {
        var test = new VerifyFix.Test
        {
            TestCode = """class C { string a = [|"bad"|]; }""",
            FixedCode = """class C { string a = "good"; }""",
            CodeActionEquivalenceKey = "NoSuchKey",
        };
        var message = await FailureOf(() => test.RunAsync());
        Assert.Contains("Iterative code fix application", message);
    }

    [Fact]
    public Task CodeFix_ByIndex_AppliesThatAction()
    {
        var test = new VerifyFix.Test
        {
            TestCode = """class C { string a = [|"bad"|]; }""",
            FixedCode = """class C { string a = "fine"; }""",
            CodeActionIndex = 1,
        };
        return test.RunAsync();
    }

    [Fact]
    public async Task CodeFix_ThatBreaksTheBuild_Fails()
    {
        var message = await FailureOf(() => VerifyFix.VerifyCodeFixAsync(
            """class C { string a = [|"break bad"|]; }""",
            """class C { string a = undefinedIdentifier; }"""));
        Assert.Contains("CS0103", message);
    }

    [Fact]
    public Task CodeFix_RemainingDiagnostics_AreDeclaredInFixedCodeMarkup()
    {
        var test = new VerifyFix.Test
        {
            TestCode = """class C { string a = [|"bad"|]; string b = [|"bad nofix"|]; }""",
            FixedCode = """class C { string a = "good"; string b = [|"bad nofix"|]; }""",
        };
        return test.RunAsync();
    }

    [Fact]
    public async Task CodeFix_UndeclaredRemainingDiagnostic_Fails()
    {
        var message = await FailureOf(() => VerifyFix.VerifyCodeFixAsync(
            """class C { string a = [|"bad"|]; string b = [|"bad nofix"|]; }""",
            """class C { string a = "good"; string b = "bad nofix"; }"""));
        Assert.Contains("Diagnostics of fixed state", message);
    }

    [Fact]
    public Task ExpectNoFix_Passes_WhenNoActionIsOffered()
    {
        var test = new VerifyFix.Test { TestCode = """class C { string a = [|"bad nofix"|]; }""", ExpectNoFix = true };
        return test.RunAsync();
    }

    [Fact]
    public async Task ExpectNoFix_Fails_WhenAnActionIsOffered()
    {
        var test = new VerifyFix.Test { TestCode = """class C { string a = [|"bad"|]; }""", ExpectNoFix = true };
        var message = await FailureOf(() => test.RunAsync());
        Assert.Contains("Iterative code fix application", message);
        Assert.Contains("\"good\"", message);
    }

    [Fact]
    public Task FixAll_AcrossDocuments_ProducesTheFixedSources()
    {
        var test = new VerifyFix.Test
        {
            TestCode = """class C { string a = [|"bad"|]; string b = [|"bad too"|]; }""",
            FixedCode = """class C { string a = "good"; string b = "good"; }""",
        };
        test.Sources.Add(("Other.cs", """class D { string a = [|"bad"|]; }"""));
        test.FixedSources.Add(("Other.cs", """class D { string a = "good"; }"""));
        return test.RunAsync();
    }

    [Fact]
    public async Task FixAll_DifferentFromExpectation_Fails()
    {
        var test = new VerifyFix.Test
        {
            TestCode = """class C { string a = [|"bad"|]; }""",
            FixedCode = """class C { string a = "good"; }""",
            FixAllFixedCode = """class C { string a = "fine"; }""",
        };
        var message = await FailureOf(() => test.RunAsync());
        Assert.Contains("Fix all in", message);
    }

    [Fact]
    public Task Markup_NestedAndAdjacentSpans_AreParsed()
    {
        // Nested (a diagnostic inside a location) and adjacent spans, in source and in an additional file.
        var test = new Verify.Test { TestCode = """class C { int a = {|CS0029:{|#0:"bad"|}|}; string b = [|"bad"|]; string c = [|"bad"|]; }""" };
        test.AdditionalFiles.Add(TestAdditionalFile.Config("""{ "A": "{|TEST0001:bad|}{|TEST0001:bad|}" }"""));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("bad"));
        return test.RunAsync();
    }

    [Fact]
    public async Task Markup_Unbalanced_Throws()
    {
        await FailureOf(() => Verify.VerifyAnalyzerAsync("""class C { string a = [|"bad"; }"""));
        await FailureOf(() => Verify.VerifyAnalyzerAsync("""class C { string a = "bad"|]; }"""));
        await FailureOf(() => Verify.VerifyAnalyzerAsync("""class C { string a = {|#0:"bad"|]; }"""));
    }

    [Fact]
    public Task Markup_BraceBarWithoutName_IsText()
    {
        // A "{|" that starts no span (no "name:") stays text: here inside a string that the analyzer ignores.
        return Verify.VerifyAnalyzerAsync("""class C { string a = "x = {|y"; }""");
    }
}
