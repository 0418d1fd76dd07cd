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
}
