using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SpeechLifecycle.Analyzers.Rules;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
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
    private const string WestHost = "https://westeurope.api.cognitive.microsoft.com";
    private const string Expired = "0b1c7e3e-95a6-4a44-8c37-2f0a1d5e9b21";
    private const string ExpiredDe = "5d9e2f10-7c3b-4e8a-9f61-3b2c1a0d4e77";
    private const string ExpiredWest = "2e4d6c8a-0b1f-4a3c-9e5d-7f8a9b0c1d2e";
    private const string ExpiredCustom = "8c7b6a59-4d3e-4f21-9a0b-1c2d3e4f5a6b";
    private const string Newest = "c4a1e2b3-6d5f-4a7b-8c9d-0e1f2a3b4c5d";
    private const string NewestDe = "7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910";
    private const string NewestWest = "6a5b4c3d-2e1f-4a0b-8c9d-7e6f5a4b3c2d";

    private static Dictionary<string, string?> Replacement(string id, string reference = "BaseModel") => new()
    {
        [DiagnosticProperties.ReplacementId] = id,
        [DiagnosticProperties.ReplacementKind] = "BaseModel",
        [DiagnosticProperties.ReplacementName] = id,
        [DiagnosticProperties.ReferenceKind] = reference,
    };

    /// <summary>en-US and de-DE on the east US resource, en-US on west Europe; a custom model with only a base replacement.</summary>
    private static IReadOnlyDictionary<string, string?>? TwoLocalesTwoHostsAndALossyCustomModel(string text) =>
        text.Contains(ExpiredCustom, StringComparison.Ordinal) ? Replacement(Newest, reference: "CustomModel")
        : text.Contains(ExpiredWest, StringComparison.Ordinal) ? Replacement(NewestWest)
        : text.Contains(ExpiredDe, StringComparison.Ordinal) ? Replacement(NewestDe)
        : text.Contains(Expired, StringComparison.Ordinal) ? Replacement(Newest)
        : null;

    [Fact]
    public async Task OnePass_ReplacesEveryReferenceThatSharesTheFirstReplacement_InAllDocuments()
    {
        var run = new OnePass<ModelLifecycleCodeFixProvider>(DiagnosticIds.ModelExpiredForTranscription, text => text.Contains(Expired, StringComparison.Ordinal) ? Replacement(Newest) : null)
        {
            TestCode = $$"""class A { const string M = "{{Host}}/speechtotext/models/base/{{Expired}}"; const string N = @"{{Host}}/speechtotext/models/base/{{Expired}}"; }""",
        };
        run.Sources.Add(("B.cs", $$"""class B { const string M = "{{Host}}/speechtotext/models/base/{{Expired}}"; }"""));

        var after = await run.ApplyAsync();

        Assert.Equal(ModelLifecycleCodeFixProvider.ReplaceModelEquivalenceKey, run.EquivalenceKey);
        Assert.Equal($$"""class A { const string M = "{{Host}}/speechtotext/models/base/{{Newest}}"; const string N = @"{{Host}}/speechtotext/models/base/{{Newest}}"; }""", after["/0/Test0.cs"]);
        Assert.Equal($$"""class B { const string M = "{{Host}}/speechtotext/models/base/{{Newest}}"; }""", after["/0/B.cs"]);
    }

    [Fact]
    public async Task OnePass_WithReplacementsForTwoLocalesAndTwoHosts_GivesEveryReferenceItsOwn()
    {
        // One key for "the replacement the analyzer chose": a single run fixes every locale and host, each reference
        // with the model of its own diagnostic, never the first diagnostic's model.
        var run = new OnePass<ModelLifecycleCodeFixProvider>(DiagnosticIds.ModelExpiredForTranscription, TwoLocalesTwoHostsAndALossyCustomModel)
        {
            TestCode = $$"""class A { const string En = "{{Host}}/speechtotext/models/base/{{Expired}}"; const string De = "{{Host}}/speechtotext/models/base/{{ExpiredDe}}"; }""",
        };
        run.Sources.Add(("B.cs", $$"""class B { const string De = @"{{Host}}/speechtotext/v3.2/models/base/{{ExpiredDe}}"; const string West = "{{WestHost}}/speechtotext/models/base/{{ExpiredWest}}"; }"""));

        var after = await run.ApplyAsync();

        Assert.Equal($$"""class A { const string En = "{{Host}}/speechtotext/models/base/{{Newest}}"; const string De = "{{Host}}/speechtotext/models/base/{{NewestDe}}"; }""", after["/0/Test0.cs"]);
        Assert.Equal($$"""class B { const string De = @"{{Host}}/speechtotext/v3.2/models/base/{{NewestDe}}"; const string West = "{{WestHost}}/speechtotext/models/base/{{NewestWest}}"; }""", after["/0/B.cs"]);
    }

    [Fact]
    public async Task OnePass_DrivenByThePlainReplacement_LeavesACustomModelWithOnlyABaseReplacementAlone()
    {
        var run = new OnePass<ModelLifecycleCodeFixProvider>(DiagnosticIds.ModelExpiredForTranscription, TwoLocalesTwoHostsAndALossyCustomModel)
        {
            TestCode = $$"""class A { const string En = "{{Host}}/speechtotext/models/base/{{Expired}}"; const string Custom = "{{Host}}/speechtotext/models/{{ExpiredCustom}}"; const string De = "{{Host}}/speechtotext/models/base/{{ExpiredDe}}"; }""",
        };

        var after = await run.ApplyAsync();

        Assert.Equal(ModelLifecycleCodeFixProvider.ReplaceModelEquivalenceKey, run.EquivalenceKey);
        Assert.Equal($$"""class A { const string En = "{{Host}}/speechtotext/models/base/{{Newest}}"; const string Custom = "{{Host}}/speechtotext/models/{{ExpiredCustom}}"; const string De = "{{Host}}/speechtotext/models/base/{{NewestDe}}"; }""", after["/0/Test0.cs"]);
    }

    [Fact]
    public async Task OnePass_StartedOnTheLossyFix_AcceptsTheLoss_AndStillGivesTheOthersTheirOwnReplacement()
    {
        // The first diagnostic dotnet format meets decides the key (here: the first by path, Test0.cs before Z.cs); a
        // run that starts on a custom model with only a base replacement must still fix the other references.
        var run = new OnePass<ModelLifecycleCodeFixProvider>(DiagnosticIds.ModelExpiredForTranscription, TwoLocalesTwoHostsAndALossyCustomModel)
        {
            TestCode = $$"""class A { const string Custom = "{{Host}}/speechtotext/models/{{ExpiredCustom}}"; const string De = "{{Host}}/speechtotext/models/base/{{ExpiredDe}}"; }""",
        };
        run.Sources.Add(("Z.cs", $$"""class Z { const string West = "{{WestHost}}/speechtotext/models/base/{{ExpiredWest}}"; }"""));

        var after = await run.ApplyAsync();

        Assert.Equal(ModelLifecycleCodeFixProvider.ReplaceModelLosingCustomisationEquivalenceKey, run.EquivalenceKey);
        Assert.Equal($$"""class A { const string Custom = "{{Host}}/speechtotext/models/base/{{Newest}}"; const string De = "{{Host}}/speechtotext/models/base/{{NewestDe}}"; }""", after["/0/Test0.cs"]);
        Assert.Equal($$"""class Z { const string West = "{{WestHost}}/speechtotext/models/base/{{NewestWest}}"; }""", after["/0/Z.cs"]);
    }

    [Fact]
    public async Task OnePass_WithoutKey_AppliesEachReferencesReplacement_ButNeverTheLossyOne()
    {
        // The first diagnostic has no usable replacement, so dotnet format passes no key.
        var run = new OnePass<ModelLifecycleCodeFixProvider>(
            DiagnosticIds.ModelExpiredForTranscription,
            text => text.Contains(ExpiredWest, StringComparison.Ordinal) ? new Dictionary<string, string?> { [DiagnosticProperties.ReferenceKind] = "BaseModel" } : TwoLocalesTwoHostsAndALossyCustomModel(text))
        {
            TestCode = $$"""class A { const string West = "{{WestHost}}/speechtotext/models/base/{{ExpiredWest}}"; const string Custom = "{{Host}}/speechtotext/models/{{ExpiredCustom}}"; const string De = "{{Host}}/speechtotext/models/base/{{ExpiredDe}}"; }""",
        };

        var after = await run.ApplyAsync();

        Assert.Null(run.EquivalenceKey);
        Assert.Equal($$"""class A { const string West = "{{WestHost}}/speechtotext/models/base/{{ExpiredWest}}"; const string Custom = "{{Host}}/speechtotext/models/{{ExpiredCustom}}"; const string De = "{{Host}}/speechtotext/models/base/{{NewestDe}}"; }""", after["/0/Test0.cs"]);
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

    [Fact]
    public async Task OnePass_OnTheRealAnalyzer_FixesTwoLocalesWithTheirTwoReplacements()
    {
        // The analyzer chooses per locale (en-US → 20250515 Fast, de-DE → its own newest base model); one run of
        // dotnet format applies both.
        var snapshot = SpeechData.Standard()
            .BaseModel(ExpiredDe, "20210831 (de-DE)", adaptation: "2023-01-15", transcription: "2024-01-15", locale: "de-DE", created: "2021-10-13")
            .BaseCandidate(NewestDe, "20250515 (de-DE)", adaptation: "2027-07-15", transcription: "2028-07-15", created: "2025-05-15", locale: "de-DE");
        var run = new OnePass<ModelLifecycleCodeFixProvider>(new ModelLifecycleAnalyzer())
        {
            TestCode = $$"""
                class Models
                {
                    public const string En = "{{Host}}/speechtotext/models/base/{{SpeechData.ExpiredBase}}?api-version=2025-10-15";
                    public const string De = "{{Host}}/speechtotext/models/base/{{ExpiredDe}}?api-version=2025-10-15";
                }
                """,
        }.WithLifecycleData(snapshot);
        run.Sources.Add(("Other.cs", $$"""class Other { const string De = @"{{Host}}/speechtotext/models/base/{{ExpiredDe}}"; }"""));

        var after = await run.ApplyAsync();

        Assert.Equal($$"""
            class Models
            {
                public const string En = "{{Host}}/speechtotext/models/base/{{SpeechData.HealthyBase}}?api-version=2025-10-15";
                public const string De = "{{Host}}/speechtotext/models/base/{{NewestDe}}?api-version=2025-10-15";
            }
            """, after["/0/Test0.cs"]);
        Assert.Equal($$"""class Other { const string De = @"{{Host}}/speechtotext/models/base/{{NewestDe}}"; }""", after["/0/Other.cs"]);
    }

    private sealed class OnePass<TCodeFix> : SpeechCodeFixTest
        where TCodeFix : CodeFixProvider, new()
    {
        private readonly DiagnosticAnalyzer _analyzer;
        private readonly string _id;

        public OnePass(string id, Func<string, IReadOnlyDictionary<string, string?>?> propertiesFor)
            : this(new ReportingStubAnalyzer(id, ReportingStubAnalyzer.UriPattern, propertiesFor), id)
        {
        }

        public OnePass(DiagnosticAnalyzer analyzer, string id = DiagnosticIds.ModelExpiredForTranscription)
        {
            _analyzer = analyzer;
            _id = id;
            IncludeSpeechSdk = false;
        }

        public string? FirstDiagnosticText { get; private set; }

        /// <summary>The key the pass ran with: the first action's of the first diagnostic, or none.</summary>
        public string? EquivalenceKey { get; private set; }

        protected override IEnumerable<DiagnosticAnalyzer> GetAnalyzers() => new[] { _analyzer };

        protected override CodeFixProvider GetCodeFixProvider() => new TCodeFix();

        public async Task<Dictionary<string, string>> ApplyAsync()
        {
            var (solution, all) = await CreateSolutionWithDiagnosticsAsync(CancellationToken.None);
            // Like --diagnostics ID: only that ID's diagnostics, and only those in source.
            var diagnostics = all.Where(d => d.Id == _id && d.Location.IsInSource).ToImmutableArray();
            Assert.NotEmpty(diagnostics);

            var fixer = GetCodeFixProvider();

            // The library orders diagnostics by path and position, as a test expects dotnet format to meet them.
            var first = diagnostics[0];
            var document = solution.GetDocument(first.Location.SourceTree)!;
            FirstDiagnosticText = first.Location.SourceTree!.GetText().ToString(first.Location.SourceSpan);
            CodeAction? action = null;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));
            EquivalenceKey = action?.EquivalenceKey;

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

        protected override Task RunImplAsync(CancellationToken cancellationToken) =>
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
