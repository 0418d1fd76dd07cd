using System.Runtime.CompilerServices;

namespace SpeechLifecycle.Text;

/// <summary>JIT hints for the few loops that run once per build over a whole file.</summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (not in netstandard2.0's enum; honoured by every .NET runtime
    /// since Core 3.0, ignored by .NET Framework). The analyzer runs in a fresh compiler process per build, where a loop
    /// that parses a snapshot or scans a file runs once: tiered compilation would run it as unoptimised tier-0 code
    /// and never get to promote it (docs/performance.md, target 1).
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
