using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpeechLifecycle.Analyzers.Rules;
using SpeechLifecycle.Analyzers.Tests.Infrastructure;
using SpeechLifecycle.CodeFixes.Rules;

namespace SpeechLifecycle.Analyzers.Tests.Fuzzing;

/// <summary>
/// Runs both analyzers in-process, as the IDE does, over any source (broken syntax included) and any additional files,
/// and then the code-fix providers on what they report. Unlike the markup verifier it expects nothing: it collects what
/// went wrong, i.e. an analyzer exception (AD0001, or the driver's exception callback), a code-fix exception, or no end
/// within the time limit. Independent of Verifiers/ on purpose, so that folder can change.
/// </summary>
public static class AnalyzerHarness
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        ImmutableArray.Create<DiagnosticAnalyzer>(new ModelLifecycleAnalyzer(), new RetiredApiVersionAnalyzer());

    private static readonly CodeFixProvider[] Fixers = { new ModelLifecycleCodeFixProvider(), new RetiredApiVersionCodeFixProvider() };

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public const string KindMetadata = "build_metadata.AdditionalFiles.SpeechLifecycleKind";

    /// <summary>What one run found; <see cref="Failures"/> is empty when nothing went wrong.</summary>
    public sealed class Outcome
    {
        public List<string> Failures { get; } = new();

        public ImmutableArray<Diagnostic> Diagnostics { get; set; } = ImmutableArray<Diagnostic>.Empty;
    }

    /// <summary>An additional file with its <c>SpeechLifecycleKind</c> metadata (<c>Snapshot</c>, <c>Config</c> or null).</summary>
    public sealed record AdditionalFile(string Path, string Text, string? Kind);

    /// <summary>The standard lifecycle data of the rule tests, as the task would pass it.</summary>
    public static AdditionalFile StandardSnapshot() => new("/0/obj/speech-lifecycle.g.json", SpeechData.Standard().ToJson(), "Snapshot");

    public static Dictionary<string, string> StandardGlobalOptions() => new(StringComparer.Ordinal)
    {
        ["build_property.SpeechLifecycleEvaluationDate"] = SpeechData.EvaluationDate,
        ["build_property.SpeechLifecycleEndpoint"] = "https://eastus.api.cognitive.microsoft.com",
    };

    public static async Task<Outcome> RunAsync(
        IReadOnlyList<string> sources,
        IReadOnlyList<AdditionalFile> additionalFiles,
        IReadOnlyDictionary<string, string> globalOptions,
        TimeSpan timeLimit,
        bool runCodeFixes = true,
        IReadOnlyDictionary<string, string>? fileOptions = null)
    {
        var outcome = new Outcome();
        using var timeout = new CancellationTokenSource(timeLimit);
        var exceptions = new ConcurrentQueue<string>();
        try
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
            var trees = sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, parseOptions, path: $"/0/Test{i}.cs", cancellationToken: timeout.Token)).ToList();
            var compilation = CSharpCompilation.Create(
                "Fuzzed",
                trees,
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var texts = additionalFiles.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();
            var optionsProvider = new OptionsProvider(globalOptions, additionalFiles, fileOptions ?? new Dictionary<string, string>());
            var analyzerOptions = new AnalyzerOptions(texts, optionsProvider);
            var withAnalyzers = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
                analyzerOptions,
                onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(timeout.Token).ConfigureAwait(false);
            outcome.Diagnostics = diagnostics;
            foreach (var crash in diagnostics.Where(d => d.Id == "AD0001"))
            {
                outcome.Failures.Add("AD0001: " + crash.GetMessage(CultureInfo.InvariantCulture));
            }

            if (runCodeFixes)
            {
                await RunCodeFixesAsync(sources, parseOptions, diagnostics, outcome, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            outcome.Failures.Add($"no result within {timeLimit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (a hang or a quadratic walk)");
        }
        catch (Exception ex)
        {
            outcome.Failures.Add("exception: " + ex);
        }

        outcome.Failures.AddRange(exceptions.Select(e => "analyzer exception: " + e));
        return outcome;
    }

    /// <summary>Each fixer's RegisterCodeFixesAsync on every diagnostic it fixes, then the first action's edit: cheap, and what a light bulb does.</summary>
    private static async Task RunCodeFixesAsync(IReadOnlyList<string> sources, CSharpParseOptions parseOptions, ImmutableArray<Diagnostic> diagnostics, Outcome outcome, CancellationToken cancellationToken)
    {
        var fixable = diagnostics.Where(d => d.Location.IsInSource && Fixers.Any(f => f.FixableDiagnosticIds.Contains(d.Id))).ToList();
        if (fixable.Count == 0)
        {
            return;
        }

        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Fuzzed", "Fuzzed", LanguageNames.CSharp, parseOptions: parseOptions));
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            var path = $"/0/Test{i}.cs";
            var document = workspace.AddDocument(DocumentInfo.Create(DocumentId.CreateNewId(project.Id), $"Test{i}.cs", loader: TextLoader.From(TextAndVersion.Create(SourceText.From(sources[i]), VersionStamp.Default)), filePath: path));
            documents[path] = document;
        }

        foreach (var diagnostic in fixable.Take(20))
        {
            if (!documents.TryGetValue(diagnostic.Location.SourceTree!.FilePath, out var document))
            {
                continue;
            }

            foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
                try
                {
                    await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                    if (actions.Count > 0)
                    {
                        await actions[0].GetOperationsAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    outcome.Failures.Add($"code fix {fixer.GetType().Name} on {diagnostic.Id}: {ex}");
                }
            }
        }
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var framework = trusted.Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
            .Where(path => Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();

        // The Speech SDK's surface, so the SDK routes (EndpointId, FromLanguage, SetProperty) run too.
        var sdk = CSharpCompilation.Create(
            "Microsoft.CognitiveServices.Speech.csharp",
            new[] { CSharpSyntaxTree.ParseText(SpeechSdkStub.Source) },
            framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = sdk.Emit(image);
        if (emitted.Success)
        {
            framework.Add(MetadataReference.CreateFromImage(image.ToArray()));
        }

        return framework.ToImmutableArray();
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;
        private readonly Options _files;
        private readonly Dictionary<string, Options> _additional = new(StringComparer.Ordinal);

        public OptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyList<AdditionalFile> additionalFiles, IReadOnlyDictionary<string, string> fileOptions)
        {
            _global = new Options(global);
            _files = new Options(fileOptions);
            foreach (var file in additionalFiles)
            {
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                if (file.Kind is not null)
                {
                    values[KindMetadata] = file.Kind;
                }

                _additional[file.Path] = new Options(values);
            }
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _files;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _additional.TryGetValue(textFile.Path, out var options) ? options : _files;
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
