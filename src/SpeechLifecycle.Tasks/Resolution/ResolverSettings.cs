using System.Collections.Generic;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks;

/// <summary>What the resolver may use: the configured resources, whether it may go online, and the fallbacks.</summary>
public sealed class ResolverSettings
{
    /// <summary><c>SpeechLifecycleEndpoint</c>; null when none is configured.</summary>
    public SpeechResource? DefaultResource { get; set; }

    /// <summary><c>@(SpeechLifecycleResource)</c> items.</summary>
    public IReadOnlyList<SpeechResource> Resources { get; set; } = new List<SpeechResource>();

    /// <summary>None means online; otherwise why the run is offline (Offline switch, design-time build).</summary>
    public UnavailableReason OfflineReason { get; set; }

    /// <summary>Completes <see cref="OfflineReason"/> in entry details, e.g. "design-time build".</summary>
    public string? OfflineDetail { get; set; }

    /// <summary>The committed snapshot (<c>SpeechLifecycleSnapshot</c>), used when neither service nor fresh cache answers.</summary>
    public LifecycleSnapshot? CommittedSnapshot { get; set; }

    public bool IsOnline => OfflineReason == UnavailableReason.None;
}
