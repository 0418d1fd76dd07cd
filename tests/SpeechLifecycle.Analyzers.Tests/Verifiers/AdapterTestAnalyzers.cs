using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>
/// A tiny analyzer for the adapter's own tests (AdapterTests): flags string literals containing a word ("bad", or the per-tree
/// option <c>test_word</c>), the same word in Config additional files, and throws when
/// <c>build_property.TestMode = throw</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadLiteralAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "TEST0001", "Bad literal", "Literal '{0}' is bad", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var throws = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.TestMode", out var mode) && mode == "throw";
            start.RegisterSyntaxNodeAction(
                node =>
                {
                    if (throws)
                    {
                        throw new InvalidOperationException("boom from the test analyzer");
                    }

                    var literal = (LiteralExpressionSyntax)node.Node;
                    var word = node.Options.AnalyzerConfigOptionsProvider.GetOptions(literal.SyntaxTree).TryGetValue("test_word", out var configured) ? configured : "bad";
                    if (literal.Token.ValueText.Contains(word, StringComparison.Ordinal))
                    {
                        node.ReportDiagnostic(Diagnostic.Create(Rule, literal.GetLocation(), ImmutableDictionary<string, string?>.Empty.Add("Word", word), literal.Token.ValueText));
                    }
                },
                SyntaxKind.StringLiteralExpression);
            start.RegisterAdditionalFileAction(file =>
            {
                var options = file.Options.AnalyzerConfigOptionsProvider.GetOptions(file.AdditionalFile);
                if (!options.TryGetValue("build_metadata.AdditionalFiles.SpeechLifecycleKind", out var kind) || kind != "Config")
                {
                    return;
                }

                var text = file.AdditionalFile.GetText()!;
                var content = text.ToString();
                for (var index = content.IndexOf("bad", StringComparison.Ordinal); index >= 0; index = content.IndexOf("bad", index + 1, StringComparison.Ordinal))
                {
                    var span = new TextSpan(index, 3);
                    file.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(file.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span)), "bad"));
                }
            });
        });
    }
}

/// <summary>Supports two descriptors, so <c>[|…|]</c> markup is ambiguous for it.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TwoRuleAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor First = new("TEST0010", "First", "First", "Test", DiagnosticSeverity.Warning, true);
    public static readonly DiagnosticDescriptor Second = new("TEST0011", "Second", "Second", "Test", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(First, Second);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(
            node => node.ReportDiagnostic(Diagnostic.Create(First, node.Node.GetLocation())),
            SyntaxKind.NumericLiteralExpression);
    }
}

/// <summary>
/// Replaces a flagged literal with <c>"good"</c> (first action) or <c>"fine"</c> (second); offers nothing for
/// literals containing "nofix"; turns literals containing "break" into an undefined identifier (a fix that breaks the build).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp), Shared]
public sealed class BadLiteralFixer : CodeFixProvider
{
    public const string GoodKey = "ReplaceWithGood";
    public const string FineKey = "ReplaceWithFine";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(BadLiteralAnalyzer.Rule.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = (await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false))!;
        var literal = root.FindNode(context.Span, getInnermostNodeForTie: true) as LiteralExpressionSyntax;
        if (literal is null || literal.Token.ValueText.Contains("nofix", StringComparison.Ordinal))
        {
            return;
        }

        if (literal.Token.ValueText.Contains("break", StringComparison.Ordinal))
        {
            context.RegisterCodeFix(Replace(context.Document, root, literal, SyntaxFactory.IdentifierName("undefinedIdentifier"), "Break it", "BreakIt"), context.Diagnostics);
            return;
        }

        context.RegisterCodeFix(Replace(context.Document, root, literal, Literal("good"), "Replace with \"good\"", GoodKey), context.Diagnostics);
        context.RegisterCodeFix(Replace(context.Document, root, literal, Literal("fine"), "Replace with \"fine\"", FineKey), context.Diagnostics);
    }

    private static LiteralExpressionSyntax Literal(string value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    private static CodeAction Replace(Document document, SyntaxNode root, SyntaxNode node, SyntaxNode replacement, string title, string key) =>
        CodeAction.Create(title, _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(node, replacement.WithTriviaFrom(node)))), key);
}
