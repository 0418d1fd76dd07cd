using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpeechLifecycle.Recognition;

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

    /// <summary>
    /// True when a config file the package passed (<c>SpeechLifecycleKind="Config"</c>) holds a reference, or is not
    /// valid JSON while holding a GUID (reported as unchecked). Every reference in config names a GUID, so a file
    /// without one (most <c>appsettings.json</c> files) is not even parsed.
    /// </summary>
    public static bool ConfigFilesMayReference(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        foreach (var file in ConfigFiles(options))
        {
            var text = file.GetText(cancellationToken);
            if (text is not null && ReferenceRecognizer.ContainsGuid(text.ToString()) && ConfigFileScanner.Scan(text).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a config file the package passed holds one of <paramref name="anchors"/> (ignoring case).</summary>
    public static bool AnyConfigFileContains(AnalyzerOptions options, IReadOnlyList<string> anchors, CancellationToken cancellationToken)
    {
        foreach (var file in ConfigFiles(options))
        {
            var text = file.GetText(cancellationToken)?.ToString();
            foreach (var anchor in anchors)
            {
                if (text is not null && text.IndexOf(anchor, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<AdditionalText> ConfigFiles(AnalyzerOptions options)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (string.Equals(AnalyzerSettings.KindOf(options, file), "Config", StringComparison.OrdinalIgnoreCase))
            {
                yield return file;
            }
        }
    }
}
