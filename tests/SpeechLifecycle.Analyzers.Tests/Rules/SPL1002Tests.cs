using Microsoft.CodeAnalysis;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using SpeechLifecycle.Analyzers.Tests.Verifiers;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

public sealed partial class SPL1002Tests
{
    private static readonly string ExpiringBaseUri = $"https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{ExpiringBase}?api-version=2025-10-15";

    [Fact]
    public Task BaseModelWithinWindow_Triggers()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class FastTranscription
                {
                    object Definition() => new { locales = new[] { "en-US" }, model = new { self = "{|#0:{{ExpiringBaseUri}}|}" } };
                }
                """,
        }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiresSoonForTranscription)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Warning)
            .WithMessage("Speech model '20240228 Whisper Large V2' (en-US) expires for transcription on 2026-12-21, in 30 days: after that, transcription requests that use it fail with 4xx errors")
            .WithProperty(DiagnosticProperties.ReferenceKind, "BaseModel")
            .WithProperty(DiagnosticProperties.ReplacementId, HealthyBase));
        return test.RunAsync();
    }

    [Fact]
    public Task CustomModelWithinWindow_Triggers_WithNewerCustomModel()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string model = "{|#0:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{ExpiringCustom}}|}"; }""",
        }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ModelExpiresSoonForTranscription)
            .WithLocation(0)
            .WithMessage("Speech model 'Call center 2025-01' (en-US) expires for transcription on 2027-01-15, in 55 days: after that, transcription requests that use it fail with 4xx errors")
            .WithProperty(DiagnosticProperties.ReplacementId, HealthyCustom)
            .WithProperty(DiagnosticProperties.ReplacementKind, "CustomModel")
            .WithProperty(DiagnosticProperties.IsRequestModelMember, null));
        return test.RunAsync();
    }

    [Fact]
    public Task OutsideProjectWindow_DoesNotTrigger()
    {
        var test = new Verify.Test { TestCode = $$"""class C { string model = "{{ExpiringBaseUri}}"; }""" }.WithLifecycleData();
        test.GlobalOptions["build_property.SpeechLifecycleWarningDays"] = "20";
        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfigWarningDays_OverridesPerFolder()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""class Current { string model = "{|SPL1002:{{ExpiringBaseUri}}|}"; }""",
            EditorConfig = "root = true\n\n[Legacy/**.cs]\nspeech_lifecycle.warning_days = 10\n",
        }.WithLifecycleData();
        test.Sources.Add(("Legacy/Old.cs", $$"""class Old { string model = "{{ExpiringBaseUri}}"; }"""));
        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfigWarningDays_CanWidenTheWindow()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string model = "{|SPL1002:https://eastus.api.cognitive.microsoft.com/speechtotext/models/{{HealthyCustom}}|}"; }""",
            EditorConfig = "root = true\n\n[*.cs]\nspeech_lifecycle.warning_days = 1000\n",
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("99999999999999999999")]
    [InlineData("3651")]
    [InlineData("-5")]
    public Task EditorConfigWarningDays_OutOfRange_IsIgnored(string value)
    {
        // Out of 0..3650 (the task's range for SpeechLifecycleWarningDays): the project's window applies, nothing throws.
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string model = "{{ExpiringBaseUri}}"; }""",
            EditorConfig = $"root = true\n\n[*.cs]\nspeech_lifecycle.warning_days = {value}\n",
        }.WithLifecycleData();
        test.GlobalOptions["build_property.SpeechLifecycleWarningDays"] = "20";
        return test.RunAsync();
    }

    [Fact]
    public Task HealthyModel_DoesNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""class C { string model = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{{TrainingClosesSoonBase}}"; }""",
        }.WithLifecycleData();
        return test.RunAsync();
    }
}
