namespace SpeechLifecycle.Benchmarks.Generation;

/// <summary>Size and shape of a generated workload project.</summary>
public sealed record WorkloadOptions
{
    public int Files { get; init; } = 2000;

    /// <summary>Model/endpoint references spread over the files (several files may name the same model).</summary>
    public int References { get; init; } = 600;

    /// <summary>Distinct models and endpoints behind <see cref="References"/>.</summary>
    public int Distinct { get; init; } = 240;

    public int Seed { get; init; } = 20261121;

    /// <summary>Evaluation date written as SpeechLifecycleAsOf, so results do not depend on the day the suite runs.</summary>
    public DateTime AsOf { get; init; } = new(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Every tenth file uses banned APIs, so BannedApiAnalyzers has findings to report, as ours does.</summary>
    public int BannedApiEvery { get; init; } = 10;

    /// <summary>
    /// The project's name (folder-independent), so the projects of a generated solution have distinct names and
    /// assemblies.
    /// </summary>
    public string ProjectName { get; init; } = "Bench.Workload";

    /// <summary>
    /// Speech noise in every file: the SDK's <c>using</c> and stub, a batch base path in every fourth file, Speech keys
    /// in appsettings.json. Off for the projects of a solution that have nothing to do with Speech: those must look
    /// like most real projects, in which the analyzers find nothing at all.
    /// </summary>
    public bool SpeechNoise { get; init; } = true;
}
