using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SpeechLifecycle.Analyzers.Tests.Verifiers;
using SpeechLifecycle.CodeFixes.Rules;

namespace SpeechLifecycle.Analyzers.Tests.CodeFixes;

/// <summary>
/// One pass of <c>dotnet format analyzers --diagnostics ID</c> as its SolutionCodeFixApplier does it: the equivalence key
/// of the first action of the first diagnostic (none when that diagnostic has no fix), one Fix-All in solution scope
/// over the diagnostics computed before the pass. The verifier's Fix-All check repeats until nothing is left, so it
/// cannot show what a single CI run changes; this can.
/// </summary>
public sealed class DotnetFormatFixAllTests
{
    private const string Host = "https://eastus.api.cognitive.microsoft.com";
    private const string Expired = "0b1c7e3e-95a6-4a44-8c37-2f0a1d5e9b21";
    private const string ExpiredDe = "5d9e2f10-7c3b-4e8a-9f61-3b2c1a0d4e77";
    private const string Newest = "c4a1e2b3-6d5f-4a7b-8c9d-0e1f2a3b4c5d";
    private const string NewestDe = "7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910";

    private static Dictionary<string, string?> Replacement(string id) => new()
    {
        [DiagnosticProperties.ReplacementId] = id,
        [DiagnosticProperties.ReplacementKind] = "BaseModel",
        [DiagnosticProperties.ReplacementName] = id,
        [DiagnosticProperties.ReferenceKind] = "BaseModel",
    };

    [Fact]
    public async Task OnePass_ReplacesEveryReferenceThatSharesTheFirstReplacement_InAllDocuments()
    {
        var run = new OnePass<ModelLifecycleCodeFixProvider>(DiagnosticIds.ModelExpiredForTranscription, text => text.Contains(Expired, StringComparison.Ordinal) ? Replacement(Newest) : null)
        {
            TestCode = $$"""class A { const string M = "{{Host}}/speechtotext/models/base/{{Expired}}"; const string N = @"{{Host}}/speechtotext/models/base/{{Expired}}"; }""",
        };
        run.Sources.Add(("B.cs", $$"""class B { const string M = "{{Host}}/speechtotext/models/base/{{Expired}}"; }"""));

        var after = await run.ApplyAsync();

        Assert.Equal($$"""class A { const string M = "{{Host}}/speechtotext/models/base/{{Newest}}"; const string N = @"{{Host}}/speechtotext/models/base/{{Newest}}"; }""", after["/0/Test0.cs"]);
        Assert.Equal($$"""class B { const string M = "{{Host}}/speechtotext/models/base/{{Newest}}"; }""", after["/0/B.cs"]);
    }

    [Fact]
    public async Task OnePass_WithTwoReplacements_AppliesOnlyTheFirstChoice_NeverTheWrongModel()
    {
        // Known limit of equivalence keys that name the replacement: a second run fixes the German reference.
        var run = new OnePass<ModelLifecycleCodeFixProvider>(
            DiagnosticIds.ModelExpiredForTranscription,
            text => text.Contains(Expired, StringComparison.Ordinal) ? Replacement(Newest) : text.Contains(ExpiredDe, StringComparison.Ordinal) ? Replacement(NewestDe) : null)
        {
            TestCode = $$"""class A { const string En = "{{Host}}/speechtotext/models/base/{{Expired}}"; const string De = "{{Host}}/speechtotext/models/base/{{ExpiredDe}}"; }""",
        };

        var after = await run.ApplyAsync();

        Assert.Equal($$"""class A { const string En = "{{Host}}/speechtotext/models/base/{{Newest}}"; const string De = "{{Host}}/speechtotext/models/base/{{ExpiredDe}}"; }""", after["/0/Test0.cs"]);
    }

    [Fact]
    public async Task OnePass_WhenTheFirstDiagnosticHasNoFix_StillFixesTheOthers()
    {
        // dotnet format passes no equivalence key when the first diagnostic offers no action (here a base path).
        const string basePath = Host + "/speechtotext/v3.1/transcriptions";
        const string model = Host + "/speechtotext/v3.1/models/base/" + Expired;
        const string rewritten = Host + "/speechtotext/models/base/" + Expired + "?api-version=2025-10-15";
        var run = new OnePass<RetiredApiVersionCodeFixProvider>(
            DiagnosticIds.RetiredApiVersion,
            text => text == model ? new Dictionary<string, string?> { [DiagnosticProperties.RewrittenUri] = rewritten } : text.Contains("/v3.", StringComparison.Ordinal) ? new Dictionary<string, string?>() : null)
        {
            TestCode = $$"""class A { const string Base = "{{basePath}}"; const string M = "{{model}}"; }""",
        };
        run.Sources.Add(("Z.cs", $$"""class Z { const string M = "{{model}}"; }"""));

        var after = await run.ApplyAsync();

        Assert.Equal(basePath, run.FirstDiagnosticText);
        Assert.Equal($$"""class A { const string Base = "{{basePath}}"; const string M = "{{rewritten}}"; }""", after["/0/Test0.cs"]);
        Assert.Equal($$"""class Z { const string M = "{{rewritten}}"; }""", after["/0/Z.cs"]);
    }

    private sealed class OnePass<TCodeFix> : SpeechCodeFixTest
        where TCodeFix : CodeFixProvider, new()
    {
        private readonly ReportingStubAnalyzer _analyzer;

        public OnePass(string id, Func<string, IReadOnlyDictionary<string, string?>?> propertiesFor)
        {
            _analyzer = new ReportingStubAnalyzer(id, ReportingStubAnalyzer.UriPattern, propertiesFor);
            IncludeSpeechSdk = false;
        }

        public string? FirstDiagnosticText { get; private set; }

        protected override IEnumerable<DiagnosticAnalyzer> GetAnalyzers() => new[] { _analyzer };

        protected override CodeFixProvider GetCodeFixProvider() => new TCodeFix();

        public async Task<Dictionary<string, string>> ApplyAsync()
        {
            var solution = CreateSolution(ParseState(TestCode, Sources, ExpectedDiagnostics, requireAllKeysUsed: false));
            var diagnostics = (await GetDiagnosticsAsync(solution, CancellationToken.None)).Where(d => d.Location.IsInSource).ToImmutableArray();
            Assert.NotEmpty(diagnostics);

            var fixer = GetCodeFixProvider();

            // The verifier orders diagnostics by path and position, as a test expects dotnet format to meet them.
            var first = diagnostics[0];
            var document = solution.GetDocument(first.Location.SourceTree)!;
            FirstDiagnosticText = first.Location.SourceTree!.GetText().ToString(first.Location.SourceSpan);
            CodeAction? action = null;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));

            var context = new FixAllContext(
                document, fixer, FixAllScope.Solution, action?.EquivalenceKey!, new[] { first.Id }, new FixedDiagnostics(diagnostics), CancellationToken.None);
            var fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context);
            Assert.NotNull(fixAll);
            var operations = await fixAll!.GetOperationsAsync(CancellationToken.None);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;

            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var changedDocument in changed.Projects.Single().Documents)
            {
                texts[changedDocument.FilePath!] = (await changedDocument.GetTextAsync()).ToString();
            }

            return texts;
        }

        public override Task RunAsync(CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Use ApplyAsync.");
    }

    /// <summary>Like dotnet format's provider: the diagnostics found before the pass, filtered by file.</summary>
    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(_diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}
