using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>
/// An analyzer test in the shape of Microsoft.CodeAnalysis.Testing: set the inputs, then <see cref="RunAsync"/>.
/// Sources are compiled with the running runtime's assemblies and C# latest; compiler errors count as diagnostics
/// (so unexpected ones fail the test) and an analyzer exception (AD0001) always fails it with the exception text.
/// </summary>
public abstract class SpeechAnalyzerTest
{
    /// <summary>Every file of the test project lives under this folder, like a real project directory.</summary>
    public const string ProjectDirectory = "/0/";

    public const string SpeechLifecycleKindMetadata = "build_metadata.AdditionalFiles.SpeechLifecycleKind";

    /// <summary>The main source, with markup.</summary>
    public string TestCode { get; set; } = string.Empty;

    public string TestCodePath { get; set; } = "Test0.cs";

    /// <summary>Further source files (path relative to the project, content with markup), e.g. <c>Generated/X.g.cs</c>.</summary>
    public List<(string Path, string Content)> Sources { get; } = new();

    public List<TestAdditionalFile> AdditionalFiles { get; } = new();

    /// <summary>Global analyzer options, e.g. <c>["build_property.SpeechLifecycleEvaluationDate"] = "2026-11-21"</c>.</summary>
    public Dictionary<string, string> GlobalOptions { get; } = new(StringComparer.Ordinal);

    /// <summary>Text of <c>/0/.editorconfig</c> (sections such as <c>[*.cs]</c> or <c>[Legacy/**.cs]</c>), or null for none.</summary>
    public string? EditorConfig { get; set; }

    /// <summary>Diagnostics expected besides those written as markup.</summary>
    public List<DiagnosticResult> ExpectedDiagnostics { get; } = new();

    /// <summary>IDs suppressed in the compilation options: neither reported nor compared.</summary>
    public List<string> DisabledDiagnostics { get; } = new();

    /// <summary>Adds the stub of the Speech SDK (<see cref="SpeechSdkStub"/>) as a referenced assembly.</summary>
    public bool IncludeSpeechSdk { get; set; } = true;

    public List<MetadataReference> AdditionalReferences { get; } = new();

    private readonly Dictionary<string, int> _additionalFileOrder = new(StringComparer.Ordinal);

    protected abstract IEnumerable<DiagnosticAnalyzer> GetAnalyzers();

    public virtual async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var state = ParseState(TestCode, Sources, ExpectedDiagnostics, requireAllKeysUsed: true);
        var solution = CreateSolution(state);
        var actual = await GetDiagnosticsAsync(solution, cancellationToken).ConfigureAwait(false);
        VerifyDiagnostics(actual, state.Expected, "Diagnostics of the test code");
    }

    /// <summary>The test project's files after markup was removed, and the diagnostics the markup and lists expect.</summary>
    protected sealed class ParsedState
    {
        public List<(string Path, string Text)> Sources { get; } = new();

        public List<(string Path, string Text, string? Kind)> AdditionalFiles { get; } = new();

        public List<DiagnosticResult> Expected { get; } = new();
    }

    protected ParsedState ParseState(string testCode, IEnumerable<(string Path, string Content)> sources, IEnumerable<DiagnosticResult> explicitExpected, bool requireAllKeysUsed)
    {
        var state = new ParsedState();
        var keyed = new Dictionary<int, (string Path, TextSpan Span)>();
        var markupResults = new List<DiagnosticResult>();

        void Add(string relativePath, string markup, Action<string, string> addText)
        {
            var path = FullPath(relativePath);
            var (text, spans) = TestMarkup.Parse(markup);
            addText(path, text);
            foreach (var span in spans)
            {
                switch (span.Kind)
                {
                    case MarkupSpanKind.LocationKey:
                        if (keyed.ContainsKey(span.Key))
                        {
                            throw new VerificationException($"Markup location #{span.Key} is declared twice.");
                        }

                        keyed[span.Key] = (path, span.Span);
                        break;
                    case MarkupSpanKind.DiagnosticId:
                        markupResults.Add(DiagnosticFor(span.DiagnosticId!).WithResolvedLocation(path, span.Span));
                        break;
                    default:
                        markupResults.Add(new DiagnosticResult(SingleDescriptor()).WithResolvedLocation(path, span.Span));
                        break;
                }
            }
        }

        Add(TestCodePath, testCode, (path, text) => state.Sources.Add((path, text)));
        foreach (var (path, content) in sources)
        {
            Add(path, content, (full, text) => state.Sources.Add((full, text)));
        }

        foreach (var file in AdditionalFiles)
        {
            Add(file.Path, file.Content, (full, text) => state.AdditionalFiles.Add((full, text, file.Kind)));
        }

        var usedKeys = new HashSet<int>();
        foreach (var result in explicitExpected)
        {
            if (result.MarkupKey is int key)
            {
                if (!keyed.TryGetValue(key, out var location))
                {
                    throw new VerificationException($"{result.Id}: markup location #{key} does not exist in the sources or additional files.");
                }

                usedKeys.Add(key);
                state.Expected.Add(result.WithResolvedLocation(location.Path, location.Span));
            }
            else
            {
                state.Expected.Add(result);
            }
        }

        if (requireAllKeysUsed)
        {
            foreach (var key in keyed.Keys.Where(k => !usedKeys.Contains(k)))
            {
                throw new VerificationException($"Markup location #{key} is not claimed by any expected diagnostic (use .WithLocation({key})).");
            }
        }

        state.Expected.AddRange(markupResults);
        return state;
    }

    public static string FullPath(string relativePath) =>
        relativePath.StartsWith('/') ? relativePath : ProjectDirectory + relativePath.Replace('\\', '/');

    private DiagnosticDescriptor SingleDescriptor()
    {
        var descriptors = GetAnalyzers().SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => g.First()).ToList();
        if (descriptors.Count != 1)
        {
            throw new VerificationException(
                $"'[|…|]' markup needs an analyzer with exactly one descriptor, but it supports {string.Join(", ", descriptors.Select(d => d.Id))}: use '{{|ID:…|}}'.");
        }

        return descriptors[0];
    }

    private DiagnosticResult DiagnosticFor(string id)
    {
        var descriptor = GetAnalyzers().SelectMany(a => a.SupportedDiagnostics).FirstOrDefault(d => d.Id == id);
        return descriptor is null ? new DiagnosticResult(id) : new DiagnosticResult(descriptor);
    }

    protected Solution CreateSolution(ParsedState state)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId("TestProject");
        var specificOptions = DisabledDiagnostics.ToImmutableDictionary(id => id, _ => ReportDiagnostic.Suppress);
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(specificOptions);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        var references = new List<MetadataReference>(RuntimeReferences.All);
        if (IncludeSpeechSdk)
        {
            references.Add(SpeechSdkStub.Reference);
        }

        references.AddRange(AdditionalReferences);

        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "TestProject",
            "TestProject",
            LanguageNames.CSharp,
            filePath: ProjectDirectory + "TestProject.csproj",
            compilationOptions: compilationOptions,
            parseOptions: parseOptions,
            metadataReferences: references));

        foreach (var (path, text) in state.Sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId, path), FileName(path), SourceText.From(text, Encoding.UTF8), Folders(path), path);
        }

        _additionalFileOrder.Clear();
        foreach (var (path, text, _) in state.AdditionalFiles)
        {
            _additionalFileOrder[path] = _additionalFileOrder.Count;
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId, path), FileName(path), SourceText.From(text, Encoding.UTF8), Folders(path), path);
        }

        // What the SDK generates from CompilerVisibleProperty / CompilerVisibleItemMetadata.
        var globalConfig = new StringBuilder("is_global = true\n");
        foreach (var option in GlobalOptions)
        {
            globalConfig.Append(option.Key).Append(" = ").Append(option.Value).Append('\n');
        }

        foreach (var (path, _, kind) in state.AdditionalFiles.Where(f => f.Kind is not null))
        {
            globalConfig.Append('[').Append(path).Append("]\n").Append(SpeechLifecycleKindMetadata).Append(" = ").Append(kind).Append('\n');
        }

        const string globalConfigPath = ProjectDirectory + "TestProject.GeneratedMSBuildEditorConfig.editorconfig";
        solution = solution.AddAnalyzerConfigDocument(
            DocumentId.CreateNewId(projectId, globalConfigPath), "TestProject.GeneratedMSBuildEditorConfig.editorconfig", SourceText.From(globalConfig.ToString()), filePath: globalConfigPath);

        if (EditorConfig is not null)
        {
            const string editorConfigPath = ProjectDirectory + ".editorconfig";
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId, editorConfigPath), ".editorconfig", SourceText.From(EditorConfig), filePath: editorConfigPath);
        }

        return solution;
    }

    private static string FileName(string path) => path.Substring(path.LastIndexOf('/') + 1);

    private static IEnumerable<string> Folders(string path) =>
        path.Substring(ProjectDirectory.Length).Split('/').SkipLast(1);

    /// <summary>The analyzers' diagnostics plus the compiler's errors; throws when an analyzer threw.</summary>
    protected async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Solution solution, CancellationToken cancellationToken)
    {
        var project = solution.Projects.Single();
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var exceptions = new ConcurrentQueue<string>();

        // The workspace keeps additional documents in ID order; the compiler sees AdditionalFiles in item order, and
        // the analyzers rely on that (the first snapshot wins), so hand them over in the order the test declared.
        var additionalFiles = ImmutableArray.CreateBuilder<AdditionalText>();
        foreach (var document in project.AdditionalDocuments.OrderBy(d => _additionalFileOrder.TryGetValue(d.FilePath!, out var index) ? index : int.MaxValue))
        {
            additionalFiles.Add(new InMemoryAdditionalText(document.FilePath!, await document.GetTextAsync(cancellationToken).ConfigureAwait(false)));
        }

        var analyzerOptions = new AnalyzerOptions(additionalFiles.ToImmutable(), project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
        var options = new CompilationWithAnalyzersOptions(
            analyzerOptions,
            (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(GetAnalyzers().ToImmutableArray(), options);
        var analyzerDiagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var crashes = analyzerDiagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).Concat(exceptions).ToList();
        if (crashes.Count > 0)
        {
            throw new VerificationException("The analyzer threw (AD0001):\n" + string.Join("\n", crashes));
        }

        var compilerErrors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error);
        return analyzerDiagnostics.Concat(compilerErrors).OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }

    protected static void VerifyDiagnostics(IReadOnlyList<Diagnostic> actual, IReadOnlyList<DiagnosticResult> expected, string what)
    {
        var unmatched = actual.ToList();
        var missing = new List<DiagnosticResult>();

        // The most constrained expectations pick first so a loose one cannot take a diagnostic a strict one needs.
        foreach (var result in expected.OrderByDescending(Specificity))
        {
            var match = unmatched.FindIndex(d => Matches(result, d));
            if (match < 0)
            {
                missing.Add(result);
            }
            else
            {
                unmatched.RemoveAt(match);
            }
        }

        if (missing.Count == 0 && unmatched.Count == 0)
        {
            return;
        }

        var report = new StringBuilder(what).Append(" differ from the expected ones.\n");
        if (missing.Count > 0)
        {
            report.Append("Expected but not reported:\n");
            foreach (var result in missing)
            {
                report.Append("  ").Append(result).Append('\n');
            }
        }

        if (unmatched.Count > 0)
        {
            report.Append("Reported but not expected:\n");
            foreach (var diagnostic in unmatched)
            {
                report.Append("  ").Append(Describe(diagnostic)).Append('\n');
            }
        }

        report.Append("All reported:\n");
        foreach (var diagnostic in actual)
        {
            report.Append("  ").Append(Describe(diagnostic)).Append('\n');
        }

        throw new VerificationException(report.ToString());
    }

    private static int Specificity(DiagnosticResult result) =>
        (result.Path is not null || result.HasNoLocation ? 4 : 0) + (result.Message is not null || result.HasArguments ? 2 : 0) + (result.Severity is not null ? 1 : 0) + (result.Properties.IsEmpty ? 0 : 1);

    private static bool Matches(DiagnosticResult expected, Diagnostic actual)
    {
        if (!string.Equals(expected.Id, actual.Id, StringComparison.Ordinal))
        {
            return false;
        }

        if (expected.HasNoLocation && actual.Location != Location.None)
        {
            return false;
        }

        if (expected.Path is not null)
        {
            if (!actual.Location.IsInSource && actual.Location.Kind != LocationKind.ExternalFile)
            {
                return false;
            }

            if (actual.Location.GetLineSpan().Path != expected.Path || actual.Location.SourceSpan != expected.Span)
            {
                return false;
            }
        }

        if (expected.Severity is { } severity && actual.Severity != severity)
        {
            return false;
        }

        foreach (var property in expected.Properties)
        {
            actual.Properties.TryGetValue(property.Key, out var value);
            if (!string.Equals(property.Value, value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        var message = expected.ExpectedMessage(actual);
        return message is null || string.Equals(message, actual.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    protected static string Describe(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var where = "no location";
        if (location != Location.None)
        {
            var line = location.GetLineSpan();
            where = $"{line.Path}{location.SourceSpan} (line {line.StartLinePosition.Line + 1}, column {line.StartLinePosition.Character + 1})";
            var text = location.SourceTree?.GetText().ToString(location.SourceSpan);
            if (text is not null)
            {
                where += $" on `{(text.Length > 80 ? text.Substring(0, 80) + "…" : text)}`";
            }
        }

        var properties = diagnostic.Properties.IsEmpty ? string.Empty : " {" + string.Join(", ", diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")) + "}";
        return $"{diagnostic.Id} at {where} [{diagnostic.Severity}] \"{diagnostic.GetMessage(CultureInfo.InvariantCulture)}\"{properties}";
    }

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
