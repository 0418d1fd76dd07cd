using System;
using System.Collections.Generic;
using System.Linq;
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
    /// What a file that passes an endpoint ID to the Speech SDK must contain: a member's name, or an escape that may
    /// spell one (<c>config.\u0045ndpointId</c>). Only such a compilation looks the SDK's types up: a type that is
    /// not there is looked for in every referenced assembly, which in a fresh compiler process cost more than all the
    /// rules (docs/performance.md, "Fixed cost per compilation").
    /// </summary>
    public static readonly string[] SpeechSdkUseMarkers = BindingCandidates.EndpointIdMembers.Concat(new[] { "\\u" }).ToArray();

    /// <summary>
    /// What a compilation without anchor text must contain for the composition route to find anything: a piece of a
    /// split anchor (<c>"…/speech" + "totext/models/"</c> in a constant's initialiser). Only then are the
    /// compilation's constants collected; an anchor split so that no piece holds either is not followed.
    /// </summary>
    public static readonly string[] SplitAnchorPieces = { "speech", "totext" };

    /// <summary>
    /// True when some file's text holds one of <paramref name="anchors"/> (ignoring case). Every reference the literal
    /// routes report contains an anchor in one token (docs/design.md, "How the analyzers find references"); a
    /// composition without anchor text is left to <see cref="CompositionConstants.MayComposeReference"/>.
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
    /// valid JSON while it may (reported as unchecked). Every reference in config is a GUID in a URI or under a
    /// Speech key, so a file without a GUID, an anchor or such a key (most <c>appsettings.json</c> files) is not
    /// even parsed.
    /// </summary>
    public static bool ConfigFilesMayReference(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        foreach (var file in ConfigFiles(options))
        {
            var text = file.GetText(cancellationToken);
            var content = text?.ToString();
            if (text is not null && content is not null
                && ReferenceRecognizer.ContainsGuid(content)
                && (ReferenceRecognizer.MightContainReference(content) || ConfigKeyConvention.MayContainKey(content))
                && ConfigFileScanner.Scan(text).Count > 0)
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
