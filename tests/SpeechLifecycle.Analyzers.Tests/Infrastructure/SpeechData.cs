using SpeechLifecycle.Analyzers.Tests.Verifiers;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Analyzers.Tests.Infrastructure;

/// <summary>
/// One realistic data set for the rule tests, evaluated on <see cref="EvaluationDate"/> with the default 90-day window.
/// Base model IDs are real (speech-rest-api.md §4.3); custom IDs are v4 GUIDs shaped like a customer's.
/// </summary>
public static class SpeechData
{
    public const string EvaluationDate = "2026-11-21";
    public const string Host = SnapshotBuilder.EastUs;
    public const string CallCenterProject = "5b7c1c2e-3f41-4c8e-9a1d-0e6f7a8b9c0d";

    /// <summary>"20210831 + Audio file adaptation": training closed 2023-01-15, transcription expired 2024-01-15.</summary>
    public const string ExpiredBase = "1aae1070-7972-47e9-a977-87e3b05c457d";

    /// <summary>"20240228 Whisper Large V2": training closed 2025-04-15, transcription ends 2026-12-21 (in 30 days).</summary>
    public const string ExpiringBase = "69adf293-9664-4040-932b-02ed16332e00";

    /// <summary>"20241218": training ends 2027-01-10 (in 50 days), transcription 2028-01-15.</summary>
    public const string TrainingClosesSoonBase = "d9cbeee6-582b-47ad-b5c1-6226583c92b6";

    /// <summary>"20250515 Fast": healthy on every route; the replacement base model for en-US.</summary>
    public const string HealthyBase = "06fbc28e-1f76-4d3e-8ea1-40b8e873929e";

    /// <summary>"Call center 2024-07": custom, transcription expired 2026-07-15 (129 days ago).</summary>
    public const string ExpiredCustom = "9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1";

    /// <summary>"Call center 2025-01": custom, transcription ends 2027-01-15 (in 55 days).</summary>
    public const string ExpiringCustom = "3c8a1f52-7d4e-4b9a-b6c1-2e5f8a9d0c7b";

    /// <summary>"Call center 2026-10": custom, healthy; the newer model of the same project.</summary>
    public const string HealthyCustom = "b5e2c7a9-4f18-4d3b-9a6e-7c1d0f2e8b43";

    /// <summary>"Claims line": serves <see cref="ExpiredCustom"/>.</summary>
    public const string ExpiredEndpoint = "4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91";

    /// <summary>"Support line": serves <see cref="ExpiringCustom"/>.</summary>
    public const string ExpiringEndpoint = "7a2b9c4d-1e5f-4a6b-8c7d-9e0f1a2b3c4d";

    /// <summary>"Sales line": serves <see cref="HealthyCustom"/>.</summary>
    public const string HealthyEndpoint = "e6f7a8b9-c0d1-4e2f-a3b4-c5d6e7f8a9b0";

    /// <summary>The service answered 404.</summary>
    public const string MissingModel = "5f3e2d1c-0b9a-4877-a665-544332211f0e";

    /// <summary>No key for its host.</summary>
    public const string UnavailableModel = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f";

    /// <summary>"Legacy 2023": custom, healthy, but its data is stale.</summary>
    public const string StaleCustom = "8d9e0f1a-2b3c-4d5e-8f70-8192a3b4c5d6";

    /// <summary>Not in the data at all.</summary>
    public const string UnknownModel = "f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9";

    /// <summary>A custom-voice (TTS) deployment ID: must never be looked up.</summary>
    public const string VoiceDeployment = "a7b8c9d0-e1f2-4a3b-9c4d-5e6f7a8b9c0d";

    public static SnapshotBuilder Standard() => new SnapshotBuilder()
        .BaseModel(ExpiredBase, "20210831 + Audio file adaptation", adaptation: "2023-01-15", transcription: "2024-01-15", created: "2021-10-13")
        .BaseModel(ExpiringBase, "20240228 Whisper Large V2", adaptation: "2025-04-15", transcription: "2026-12-21", created: "2024-02-29")
        .BaseModel(TrainingClosesSoonBase, "20241218", adaptation: "2027-01-10", transcription: "2028-01-15", created: "2024-12-18")
        .BaseModel(HealthyBase, "20250515 Fast", adaptation: "2027-07-15", transcription: "2028-07-15", created: "2025-05-15")
        .CustomModel(ExpiredCustom, "Call center 2024-07", transcription: "2026-07-15", project: CallCenterProject, created: "2024-07-14")
        .CustomModel(ExpiringCustom, "Call center 2025-01", transcription: "2027-01-15", project: CallCenterProject, created: "2025-01-14")
        .CustomModel(HealthyCustom, "Call center 2026-10", transcription: "2028-10-15", project: CallCenterProject, created: "2026-10-02")
        .CustomModel(StaleCustom, "Legacy 2023", transcription: "2028-04-15", created: "2023-04-02", stale: true)
        .Endpoint(ExpiredEndpoint, "Claims line", ExpiredCustom)
        .Endpoint(ExpiringEndpoint, "Support line", ExpiringCustom)
        .Endpoint(HealthyEndpoint, "Sales line", HealthyCustom)
        .NotFound(ReferenceKind.CustomModel, MissingModel, "Is it a model of another Speech resource? Add that resource as a SpeechLifecycleResource item", Host)
        .Unavailable(ReferenceKind.CustomModel, UnavailableModel, UnavailableReason.NoKeyForHost, host: "westus.api.cognitive.microsoft.com")
        .BaseCandidate(HealthyBase, "20250515 Fast", adaptation: "2027-07-15", transcription: "2028-07-15", created: "2025-05-15")
        .BaseCandidate(TrainingClosesSoonBase, "20241218", adaptation: "2027-01-10", transcription: "2028-01-15", created: "2024-12-18")
        .CustomCandidate(HealthyCustom, "Call center 2026-10", transcription: "2028-10-15", created: "2026-10-02", project: CallCenterProject);

    /// <summary>Sets the evaluation date, the endpoint and the standard snapshot (or <paramref name="snapshot"/>) on a test.</summary>
    public static T WithLifecycleData<T>(this T test, SnapshotBuilder? snapshot = null, string evaluationDate = EvaluationDate)
        where T : SpeechAnalyzerTest
    {
        test.GlobalOptions["build_property.SpeechLifecycleEvaluationDate"] = evaluationDate;
        test.GlobalOptions["build_property.SpeechLifecycleEndpoint"] = "https://eastus.api.cognitive.microsoft.com";
        test.AdditionalFiles.Add((snapshot ?? Standard()).ToFile());
        return test;
    }
}
