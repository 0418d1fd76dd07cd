using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpeechLifecycle.Analyzers.Analysis;
using SpeechLifecycle.Json;
using SpeechLifecycle.Messages;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Analyzers.Rules;

/// <summary>
/// SPL2001 and SPL2002: <c>speechtotext/vX.Y</c> path versions in any C# literal (also base paths and interpolation
/// fragments) and in JSON config values. Which rule, and the source the message names, come from
/// <see cref="ApiVersionCatalog.Judge"/>: a configured resource's answer recorded in the snapshot (<c>apiVersions</c>)
/// wins over Microsoft's docs. A complete URI gets its rewrite in <c>RewrittenUri</c>; a base path that other code
/// extends gets none, so no fix is offered there.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RetiredApiVersionAnalyzer : DiagnosticAnalyzer
{
    private const string SpeechToTextAnchor = "speechtotext/v";

    private static readonly string[] Anchors = { SpeechToTextAnchor };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.RetiredApiVersion, Descriptors.ApiVersionRetirementAnnounced);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Not None: see GeneratedFiles for why; generated files are still skipped, [GeneratedCode] members by SourceSearch.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (!AnalyzerSettings.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions).Enabled)
            {
                return;
            }

            // Nothing per file where no file holds the anchor (CompilationGate; docs/performance.md).
            var options = start.Options;
            var cancellationToken = start.CancellationToken;
            var inCode = CompilationGate.AnyFileContains(start.Compilation, Anchors, cancellationToken);
            var inConfig = CompilationGate.AnyConfigFileContains(options, Anchors, cancellationToken);
            if (!inCode && !inConfig)
            {
                return;
            }

            // The snapshot only matters once a file uses a path version; reading it lazily keeps a project whose
            // anchor is only a base path in a comment or a non-versioned path from a second parse of it
            // (ModelLifecycleAnalyzer reads it too).
            var data = new Lazy<LifecycleSnapshot>(() => LifecycleData.Read(options, cancellationToken).Snapshot, LazyThreadSafetyMode.ExecutionAndPublication);
            if (inCode)
            {
                // One callback per file that searches the file's text for the anchor (SourceSearch; docs/performance.md).
                start.RegisterSyntaxTreeAction(tree => AnalyzeLiterals(tree, data));
            }

            if (inConfig)
            {
                start.RegisterAdditionalFileAction(file => AnalyzeConfigFile(file, data));
            }
        });
    }

    private static void AnalyzeLiterals(SyntaxTreeAnalysisContext context, Lazy<LifecycleSnapshot> data)
    {
        foreach (var (token, _) in SourceSearch.StringTokensWithAnchors(context.Tree, Anchors, context.CancellationToken))
        {
            if (LiteralText.From(token) is not { } text)
            {
                continue;
            }

            foreach (var path in ApiPathVersionFinder.Find(text.Value))
            {
                var (start, length) = path.IsCompleteUri ? (path.CompleteUriStart, path.CompleteUriLength) : (path.Start, path.Length);
                if (Create(path, text.Value, Location.Create(context.Tree, text.ToSourceSpan(start, length)), data) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }

    private static void AnalyzeConfigFile(AdditionalFileAnalysisContext context, Lazy<LifecycleSnapshot> data)
    {
        if (!string.Equals(AnalyzerSettings.KindOf(context.Options, context.AdditionalFile), "Config", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var text = context.AdditionalFile.GetText(context.CancellationToken);
        var content = text?.ToString();
        if (text is null || content is null || content.IndexOf(SpeechToTextAnchor, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return;
        }

        JsonValue root;
        try
        {
            root = JsonParser.Parse(content);
        }
        catch (JsonParseException)
        {
            // ModelLifecycleAnalyzer reports the malformed file once (SPL9001).
            return;
        }

        foreach (var item in JsonStrings.All(root))
        {
            foreach (var path in ApiPathVersionFinder.Find(item.Value.Text!))
            {
                var (start, length) = path.IsCompleteUri ? (path.CompleteUriStart, path.CompleteUriLength) : (path.Start, path.Length);
                var span = JsonStrings.Map(item.Value, content, start, length);
                if (Create(path, item.Value.Text!, Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span)), data) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }

    private static Diagnostic? Create(ApiPathVersion path, string value, Location location, Lazy<LifecycleSnapshot> data)
    {
        var info = path.Info;
        var verdict = data.Value.FindApiVersion(path.Version, path.Host);
        var descriptor = ApiVersionCatalog.Judge(info, verdict) switch
        {
            ApiVersionStatus.Retired => Descriptors.RetiredApiVersion,
            ApiVersionStatus.RetirementAnnounced => Descriptors.ApiVersionRetirementAnnounced,
            _ => null,
        };
        if (descriptor is null)
        {
            return null;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (path.IsCompleteUri && ReferenceRewriter.ToCurrentApiVersion(value.Substring(path.CompleteUriStart, path.CompleteUriLength)) is { } rewritten)
        {
            properties = properties.Add(DiagnosticProperties.RewrittenUri, rewritten);
        }

        return Diagnostic.Create(descriptor, location, properties, value.Substring(path.Start, path.Length),
            LifecycleMessages.ApiVersionVerdictSource(info, verdict), ApiVersionCatalog.Current);
    }
}
