using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpeechLifecycle.Analyzers.Analysis;
using SpeechLifecycle.Json;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Analyzers.Rules;

/// <summary>
/// SPL2001: <c>speechtotext/v3.x</c> path versions in any C# literal (also base paths and interpolation fragments) and
/// in JSON config values. Needs no lifecycle data. A complete URI gets its rewrite in <c>RewrittenUri</c>; a base path
/// that other code extends gets none, so no fix is offered there.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RetiredApiVersionAnalyzer : DiagnosticAnalyzer
{
    private const string SpeechToTextAnchor = "speechtotext/v";

    private static readonly string[] Anchors = { SpeechToTextAnchor };

    private static readonly string RetiredOn = ApiVersionCatalog.PathVersionsRetired.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.RetiredApiVersion);

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
            if (CompilationGate.AnyFileContains(start.Compilation, Anchors, start.CancellationToken))
            {
                // One callback per file that searches the file's text for the anchor (SourceSearch; docs/performance.md).
                start.RegisterSyntaxTreeAction(AnalyzeLiterals);
            }

            if (CompilationGate.AnyConfigFileContains(start.Options, Anchors, start.CancellationToken))
            {
                start.RegisterAdditionalFileAction(AnalyzeConfigFile);
            }
        });
    }

    private static void AnalyzeLiterals(SyntaxTreeAnalysisContext context)
    {
        foreach (var (token, _) in SourceSearch.StringTokensWithAnchors(context.Tree, Anchors, context.CancellationToken))
        {
            if (LiteralText.From(token) is not { } text)
            {
                continue;
            }

            foreach (var path in RetiredApiPathFinder.Find(text.Value))
            {
                var (start, length) = path.IsCompleteUri ? (path.CompleteUriStart, path.CompleteUriLength) : (path.Start, path.Length);
                context.ReportDiagnostic(Create(path, text.Value, Location.Create(context.Tree, text.ToSourceSpan(start, length))));
            }
        }
    }

    private static void AnalyzeConfigFile(AdditionalFileAnalysisContext context)
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
            foreach (var path in RetiredApiPathFinder.Find(item.Value.Text!))
            {
                var (start, length) = path.IsCompleteUri ? (path.CompleteUriStart, path.CompleteUriLength) : (path.Start, path.Length);
                var span = JsonStrings.Map(item.Value, content, start, length);
                context.ReportDiagnostic(Create(path, item.Value.Text!, Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span))));
            }
        }
    }

    private static Diagnostic Create(RetiredApiPath path, string value, Location location)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (path.IsCompleteUri && ReferenceRewriter.ToCurrentApiVersion(value.Substring(path.CompleteUriStart, path.CompleteUriLength)) is { } rewritten)
        {
            properties = properties.Add(DiagnosticProperties.RewrittenUri, rewritten);
        }

        return Diagnostic.Create(Descriptors.RetiredApiVersion, location, properties, value.Substring(path.Start, path.Length), RetiredOn, ApiVersionCatalog.Current);
    }
}
