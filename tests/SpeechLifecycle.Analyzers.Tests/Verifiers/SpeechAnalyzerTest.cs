using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Testing.Model;
using Microsoft.CodeAnalysis.Text;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>
/// An analyzer test on Microsoft.CodeAnalysis.Testing (<c>DefaultVerifier</c>, .NET 8 reference assemblies, C# latest):
/// set the inputs, then <c>RunAsync</c>. What this layer adds to the library is the project's test vocabulary, mapped
/// onto the library's state just before it runs: <see cref="GlobalOptions"/> and the <c>SpeechLifecycleKind</c> item
/// metadata of <see cref="AdditionalFiles"/> become a <c>.globalconfig</c> (what the SDK generates from
/// CompilerVisibleProperty / CompilerVisibleItemMetadata), <see cref="EditorConfig"/> becomes <c>/0/.editorconfig</c>,
/// the Speech SDK stub is referenced, and <see cref="DiagnosticResult.WithProperty"/> expectations are checked.
/// It derives from the library's code-fix test so that <see cref="SpeechCodeFixTest"/> can derive from it: without
/// FixedCode the library runs it as a plain analyzer test.
/// </summary>
public abstract class SpeechAnalyzerTest : CodeFixTest<DefaultVerifier>
{
    /// <summary>Every file of the test project lives under this folder, like a real project directory.</summary>
    public const string ProjectDirectory = "/0/";

    public const string SpeechLifecycleKindMetadata = "build_metadata.AdditionalFiles.SpeechLifecycleKind";

    private const string GlobalConfigPath = ProjectDirectory + "TestProject.GeneratedMSBuildEditorConfig.globalconfig";

    private readonly List<string> _additionalFileOrder = new();

    protected SpeechAnalyzerTest()
    {
        ReferenceAssemblies = TestReferences.Net80;
        DiagnosticVerifier = ExpectedProperties.Verify;
    }

    public override string Language => LanguageNames.CSharp;

    protected override string DefaultFileExt => "cs";

    public override Type SyntaxKindType => typeof(SyntaxKind);

    /// <summary>The main source, with markup.</summary>
    public new string TestCode { get; set; } = string.Empty;

    public string TestCodePath { get; set; } = "Test0.cs";

    /// <summary>Further source files (path relative to the project, content with markup), e.g. <c>Generated/X.g.cs</c>.</summary>
    public List<(string Path, string Content)> Sources { get; } = new();

    /// <summary>AdditionalFiles items in item order (the compiler's order, which the analyzers see); markup works inside.</summary>
    public List<TestAdditionalFile> AdditionalFiles { get; } = new();

    /// <summary>Global analyzer options, e.g. <c>["build_property.SpeechLifecycleEvaluationDate"] = "2026-11-21"</c>.</summary>
    public Dictionary<string, string> GlobalOptions { get; } = new(StringComparer.Ordinal);

    /// <summary>Text of <c>/0/.editorconfig</c> (sections such as <c>[*.cs]</c> or <c>[Legacy/**.cs]</c>), or null for none.</summary>
    public string? EditorConfig { get; set; }

    /// <summary>Further <c>.editorconfig</c> files, one per folder of the project (e.g. <c>("Legacy", "[*.cs]\n…")</c>), nearer ones winning as in a build.</summary>
    public List<(string Folder, string Text)> FolderEditorConfigs { get; } = new();

    /// <summary>Diagnostics expected besides those written as markup.</summary>
    public new List<DiagnosticResult> ExpectedDiagnostics { get; } = new();

    /// <summary>Adds the stub of the Speech SDK (<see cref="SpeechSdkStub"/>) as a referenced assembly.</summary>
    public bool IncludeSpeechSdk { get; set; } = true;

    public List<MetadataReference> AdditionalReferences { get; } = new();

    public static string FullPath(string relativePath) =>
        relativePath.StartsWith('/') ? relativePath : ProjectDirectory + relativePath.Replace('\\', '/');

    protected abstract IEnumerable<DiagnosticAnalyzer> GetAnalyzers();

    protected sealed override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => GetAnalyzers();

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => Array.Empty<CodeFixProvider>();

    protected override CompilationOptions CreateCompilationOptions() =>
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true);

    protected override ParseOptions CreateParseOptions() =>
        new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

    protected override async Task RunImplAsync(CancellationToken cancellationToken)
    {
        ApplyTestState();
        ApplyFixedStates();
        VerifyLocationMarkupIsClaimed();
        await base.RunImplAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The library ignores a <c>{|#n:…|}</c> that no expected diagnostic names; here it is a mistake in the test (a
    /// diagnostic the test meant to expect and forgot), so it fails, as it did before the library.
    /// </summary>
    private void VerifyLocationMarkupIsClaimed()
    {
        var claimed = new HashSet<string>(ExpectedDiagnostics.Where(d => d.MarkupKey is not null).Select(d => "#" + d.MarkupKey), StringComparer.Ordinal);
        foreach (var (_, text) in TestState.Sources.Concat(TestState.AdditionalFiles))
        {
            TestFileMarkupParser.GetSpans(text.ToString(), out string _, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
            foreach (var key in spans.Keys.Where(k => k.StartsWith('#') && !claimed.Contains(k)).OrderBy(k => k, StringComparer.Ordinal))
            {
                throw new InvalidOperationException($"Markup location {key} is not claimed by any expected diagnostic (use .WithLocation({key.Substring(1)})).");
            }
        }
    }

    /// <summary>Maps what a code-fix test expects onto the library's <c>FixedState</c> / <c>BatchFixedState</c>; none here.</summary>
    protected virtual void ApplyFixedStates()
    {
    }

    /// <summary>Maps this test's inputs onto the library's <c>TestState</c> (idempotent).</summary>
    protected virtual void ApplyTestState()
    {
        var state = TestState;
        state.Sources.Clear();
        state.Sources.Add((FullPath(TestCodePath), TestCode));
        foreach (var (path, content) in Sources)
        {
            state.Sources.Add((FullPath(path), content));
        }

        state.AdditionalFiles.Clear();
        _additionalFileOrder.Clear();
        foreach (var file in AdditionalFiles)
        {
            state.AdditionalFiles.Add((FullPath(file.Path), file.Content));
            _additionalFileOrder.Add(FullPath(file.Path));
        }

        state.AnalyzerConfigFiles.Clear();
        foreach (var (path, text) in AnalyzerConfigFiles())
        {
            state.AnalyzerConfigFiles.Add((path, text));
        }

        state.AdditionalReferences.Clear();
        if (IncludeSpeechSdk)
        {
            state.AdditionalReferences.Add(SpeechSdkStub.Reference);
        }

        state.AdditionalReferences.AddRange(AdditionalReferences);

        state.ExpectedDiagnostics.Clear();
        state.ExpectedDiagnostics.AddRange(ExpectedDiagnostics.Select(d => d.ToLibraryResult()));
    }

    /// <summary>The <c>.globalconfig</c> (always) and the <c>.editorconfig</c> files (when set) of the test project.</summary>
    protected IEnumerable<(string Path, string Text)> AnalyzerConfigFiles()
    {
        var globalConfig = new StringBuilder("is_global = true\n");
        foreach (var option in GlobalOptions)
        {
            globalConfig.Append(option.Key).Append(" = ").Append(option.Value).Append('\n');
        }

        foreach (var file in AdditionalFiles.Where(f => f.Kind is not null))
        {
            globalConfig.Append('[').Append(FullPath(file.Path)).Append("]\n").Append(SpeechLifecycleKindMetadata).Append(" = ").Append(file.Kind).Append('\n');
        }

        yield return (GlobalConfigPath, globalConfig.ToString());
        if (EditorConfig is not null)
        {
            yield return (ProjectDirectory + ".editorconfig", EditorConfig);
        }

        foreach (var (folder, text) in FolderEditorConfigs)
        {
            yield return (FullPath(folder.TrimEnd('/') + "/.editorconfig"), text);
        }
    }

    /// <summary>
    /// The workspace keeps additional documents in document-ID order; the compiler hands AdditionalFiles over in item
    /// order, and the analyzers rely on that (the first snapshot wins), so restore the order the test declared.
    /// </summary>
    protected override AnalyzerOptions GetAnalyzerOptions(Project project)
    {
        var options = base.GetAnalyzerOptions(project);
        var ordered = options.AdditionalFiles
            .OrderBy(file => _additionalFileOrder.IndexOf(file.Path) is var index && index >= 0 ? index : int.MaxValue)
            .ToImmutableArray();
        // Not WithAdditionalFiles: it drops the AnalyzerConfigOptionsProvider (global options, item metadata).
        return new AnalyzerOptions(ordered, options.AnalyzerConfigOptionsProvider);
    }

    /// <summary>
    /// The library enters every enabled-by-default descriptor in the compilation's specific options as
    /// <c>ReportDiagnostic.Default</c>; with Roslyn 4.5 that entry stops an <c>.editorconfig</c> from raising a
    /// warning to an error (lowering still works). A real build has no such entries, so drop them.
    /// </summary>
    protected override Project ApplyCompilationOptions(Project project)
    {
        project = base.ApplyCompilationOptions(project);
        var options = project.CompilationOptions!;
        var specific = options.SpecificDiagnosticOptions.RemoveRange(
            options.SpecificDiagnosticOptions.Where(option => option.Value == ReportDiagnostic.Default).Select(option => option.Key));
        return project.WithCompilationOptions(options.WithSpecificDiagnosticOptions(specific));
    }

    /// <summary>The test project as the library builds it (no markup expected) and every diagnostic the analyzers and compiler report there.</summary>
    protected async Task<(Solution Solution, ImmutableArray<Diagnostic> Diagnostics)> CreateSolutionWithDiagnosticsAsync(CancellationToken cancellationToken)
    {
        ApplyTestState();
        var state = TestState.WithInheritedValuesApplied(null, ImmutableArray<string>.Empty);
        var project = await CreateProjectAsync(new EvaluatedProjectState(state, ReferenceAssemblies), ImmutableArray<EvaluatedProjectState>.Empty, cancellationToken).ConfigureAwait(false);
        var diagnostics = await GetSortedDiagnosticsAsync(project.Solution, GetAnalyzers().ToImmutableArray(), ImmutableArray<(Project, Diagnostic)>.Empty, CompilerDiagnostics, Verify, cancellationToken).ConfigureAwait(false);
        return (project.Solution, diagnostics.Select(d => d.diagnostic).ToImmutableArray());
    }
}
