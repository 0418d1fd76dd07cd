using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpeechLifecycle.Analyzers.Tests.CodeFixes;

/// <summary>
/// Stands in for the real analyzers in the fixers' own tests: reports <c>id</c> on every match of a pattern inside
/// string tokens, with the properties the test chooses per matched text. So a fixer is tested on exactly the
/// diagnostic shape it must handle (span, properties), independent of how the snapshot is evaluated.
/// </summary>
// Not exported: tests construct it with their own pattern and properties.
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ReportingStubAnalyzer : DiagnosticAnalyzer
{
    public const string UriPattern = @"https?://[^\s""'\\{}]+";
    public const string GuidPattern = @"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    public const string PathVersionPattern = @"speechtotext/v3\.[0-9](-preview\.[0-9])?";

    private readonly DiagnosticDescriptor _descriptor;
    private readonly Regex _pattern;
    private readonly Func<string, IReadOnlyDictionary<string, string?>?> _propertiesFor;

    public ReportingStubAnalyzer(string id, string pattern, Func<string, IReadOnlyDictionary<string, string?>?> propertiesFor)
    {
        _descriptor = new DiagnosticDescriptor(id, "stub " + id, "stub {0}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
        _pattern = new Regex(pattern, RegexOptions.CultureInvariant);
        _propertiesFor = propertiesFor;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(_descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(Analyze);
    }

    private void Analyze(SyntaxTreeAnalysisContext context)
    {
        foreach (var token in context.Tree.GetRoot(context.CancellationToken).DescendantTokens())
        {
            if (!IsStringText(token))
            {
                continue;
            }

            foreach (Match match in _pattern.Matches(token.Text))
            {
                if (_propertiesFor(match.Value) is not { } properties)
                {
                    continue;
                }

                var location = Location.Create(context.Tree, new Microsoft.CodeAnalysis.Text.TextSpan(token.SpanStart + match.Index, match.Length));
                context.ReportDiagnostic(Diagnostic.Create(_descriptor, location, properties.ToImmutableDictionary(), match.Value));
            }
        }
    }

    private static bool IsStringText(SyntaxToken token) => token.Kind() is
        SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken
        or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
        or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken
        or SyntaxKind.InterpolatedStringTextToken;
}
