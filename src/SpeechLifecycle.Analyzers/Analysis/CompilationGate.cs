using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>
/// Decides at compilation start whether a compilation can hold anything the rules report, so that a project with no
/// Speech reference registers no per-file action at all. Most projects of a solution are such projects, and what they
/// paid was a fixed cost per compilation, not per reference: the driver's per-file callbacks and the first use of the
/// rules' code in every fresh compiler process (docs/performance.md, "Fixed cost per compilation").
/// </summary>
internal static class CompilationGate
{
    /// <summary>
    /// True when some file's text holds one of <paramref name="anchors"/> (ignoring case). Every reference the literal,
    /// composition and JSON routes report contains an anchor in one piece of text (docs/design.md, "How the analyzers
    /// find references"), so a compilation without one has nothing for them.
    /// </summary>
    public static bool AnyFileContains(Compilation compilation, IReadOnlyList<string> anchors, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var text = tree.GetText(cancellationToken).ToString();
            foreach (var anchor in anchors)
            {
                if (text.IndexOf(anchor, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the package passed config files (<c>SpeechLifecycleKind="Config"</c>) for the analyzers to scan.</summary>
    public static bool HasConfigFiles(AnalyzerOptions options)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (string.Equals(AnalyzerSettings.KindOf(options, file), "Config", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
