using Microsoft.CodeAnalysis;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using SpeechLifecycle.Analyzers.Tests.Verifiers;
using static SpeechLifecycle.Analyzers.Tests.Infrastructure.SpeechData;
using Verify = SpeechLifecycle.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer>;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

public sealed partial class SPL1003Tests
{
    private static readonly string ExpiredBaseUri = $"https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{ExpiredBase}?api-version=2025-10-15";

    [Fact]
    public Task ClosedBaseModelInTrainingRequest_Triggers()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class Training
                {
                    object Request(string project, string dataset) => new
                    {
                        project = new { self = project },
                        displayName = "Call center 2026-11",
                        locale = "en-US",
                        baseModel = new { self = "{|#0:{{ExpiredBaseUri}}|}" },
                        datasets = new[] { new { self = dataset } },
                    };
                }
                """,
        }.WithLifecycleData();
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.BaseModelTrainingClosed)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Error)
            .WithMessage("Base model '20210831 + Audio file adaptation' (en-US) stopped accepting training on 2023-01-15, 1406 days ago: custom models cannot be trained on it")
            .WithProperty(DiagnosticProperties.ReferenceKind, "BaseModel")
            .WithProperty(DiagnosticProperties.ReplacementId, HealthyBase)
            .WithProperty(DiagnosticProperties.IsRequestModelMember, null));
        return test.RunAsync();
    }

    [Fact]
    public Task EveryTrainingShape_Triggers()
    {
        var test = new Verify.Test
        {
            TestCode = $$""""
                using System;
                using System.Collections.Generic;

                class EntityReference { public Uri? Self { get; set; } }
                class CustomModelRequest { public EntityReference? BaseModel { get; set; } }

                class Training
                {
                    CustomModelRequest Typed() => new() { BaseModel = new EntityReference { Self = new Uri("{|SPL1003:{{ExpiredBaseUri}}|}") } };
                    Dictionary<string, object> Dictionary() => new() { ["baseModel"] = new Dictionary<string, string> { ["self"] = "{|SPL1003:{{ExpiredBaseUri}}|}" } };
                    Dictionary<string, object> Collection() => new() { { "baseModel", "{|SPL1003:{{ExpiredBaseUri}}|}" } };
                    string Json() => """{ "displayName": "x", "baseModel": { "self": "{|SPL1003:{{ExpiredBaseUri}}|}" } }""";
                }
                """",
        }.WithLifecycleData();
        return test.RunAsync();
    }

    [Fact]
    public Task ConfigFileBaseModel_Triggers()
    {
        var test = new Verify.Test { TestCode = "class C { }" }.WithLifecycleData();
        test.AdditionalFiles.Add(TestAdditionalFile.Config($$"""
            { "Training": { "baseModel": { "self": "{|SPL1003:{{ExpiredBaseUri}}|}" } } }
            """, "appsettings.Development.json"));
        return test.RunAsync();
    }

    [Fact]
    public Task HealthyBaseModelInTraining_DoesNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class Training
                {
                    object Request() => new { baseModel = new { self = "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/{{HealthyBase}}?api-version=2025-10-15" } };
                }
                """,
        }.WithLifecycleData();
        return test.RunAsync();
    }
}
