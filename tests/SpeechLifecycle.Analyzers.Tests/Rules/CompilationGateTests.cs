using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;
using SpeechLifecycle.Analyzers.Rules;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

/// <summary>
/// A compilation with no Speech reference registers no per-file action (docs/performance.md, "Fixed cost per
/// compilation"); one anchor, the Speech SDK or a config file is enough to register them. The rule tests show what is
/// reported once they are registered; these show when they are registered, through the driver's own action counts.
/// </summary>
public sealed class CompilationGateTests
{
    private const string NoSpeech = """
        class Orders
        {
            const string Id = "0f8fad5b-d9cb-469f-a165-70867728950e";
            string Url => "https://contoso.blob.core.windows.net/orders/" + Id;
        }
        """;

    [Fact]
    public async Task CompilationWithoutReferences_RegistersNoPerFileAction()
    {
        var telemetry = await RunAsync(new ModelLifecycleAnalyzer(), NoSpeech, NoSpeech.Replace("Orders", "Invoices", StringComparison.Ordinal));

        Assert.Equal(0, telemetry.SyntaxTreeActionsCount);
        Assert.Equal(0, telemetry.SemanticModelActionsCount);
        Assert.Equal(0, telemetry.AdditionalFileActionsCount);
    }

    [Fact]
    public async Task AnchorInOneFile_RegistersTheFileActions()
    {
        var telemetry = await RunAsync(new ModelLifecycleAnalyzer(), NoSpeech, """class Batch { string Path = "SpeechToText/models/base"; }""");

        Assert.Equal(1, telemetry.SyntaxTreeActionsCount);
        Assert.Equal(1, telemetry.SemanticModelActionsCount);
    }

    [Fact]
    public async Task SpeechSdkWithoutAnchors_RegistersTheBindingRoutes()
    {
        const string sdk = """
            namespace Microsoft.CognitiveServices.Speech { public class SpeechConfig { public string EndpointId { get; set; } = ""; } }
            """;
        var telemetry = await RunAsync(new ModelLifecycleAnalyzer(), NoSpeech, sdk);

        Assert.Equal(1, telemetry.SemanticModelActionsCount);
    }

    [Fact]
    public async Task ConfigFileWithReference_RegistersTheConfigScanOnly()
    {
        var model = await RunWithConfigAsync(new ModelLifecycleAnalyzer(), """{ "Speech": { "EndpointId": "9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1" } }""", NoSpeech);
        var api = await RunWithConfigAsync(new RetiredApiVersionAnalyzer(), """{ "Batch": "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.0/transcriptions" }""", NoSpeech);

        Assert.Equal(1, model.AdditionalFileActionsCount);
        Assert.Equal(0, model.SyntaxTreeActionsCount);
        Assert.Equal(1, api.AdditionalFileActionsCount);
        Assert.Equal(0, api.SyntaxTreeActionsCount);
    }

    [Fact]
    public async Task ConfigFileWithoutReference_RegistersNothing()
    {
        // A GUID under a key that is not a Speech key, and no anchor: what most appsettings.json files hold.
        const string appSettings = """{ "AzureAd": { "ClientId": "3f2504e0-4f89-41d3-9a0c-0305e82c3301" }, "Logging": { "LogLevel": { "Default": "Information" } } }""";
        var model = await RunWithConfigAsync(new ModelLifecycleAnalyzer(), appSettings, NoSpeech);
        var api = await RunWithConfigAsync(new RetiredApiVersionAnalyzer(), appSettings, NoSpeech);

        Assert.Equal(0, model.AdditionalFileActionsCount);
        Assert.Equal(0, api.AdditionalFileActionsCount);
    }

    [Fact]
    public async Task RetiredApiVersionAnalyzer_RegistersOnlyWhereItsAnchorIs()
    {
        var without = await RunAsync(new RetiredApiVersionAnalyzer(), NoSpeech, """class Batch { string Path = "speechtotext/models"; }""");
        var with = await RunAsync(new RetiredApiVersionAnalyzer(), NoSpeech, """class Batch { string Path = "speechtotext/v3.0/transcriptions"; }""");

        Assert.Equal(0, without.SyntaxTreeActionsCount);
        Assert.Equal(1, with.SyntaxTreeActionsCount);
    }

    private static Task<AnalyzerTelemetryInfo> RunAsync(DiagnosticAnalyzer analyzer, params string[] sources) =>
        RunWithConfigAsync(analyzer, configFile: null, sources);

    private static async Task<AnalyzerTelemetryInfo> RunWithConfigAsync(DiagnosticAnalyzer analyzer, string? configFile, params string[] sources)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Gate",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, path: $"/0/File{i}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var global = new Dictionary<string, string> { ["build_property.SpeechLifecycleEvaluationDate"] = "2026-11-21" };
        var additional = ImmutableArray<AdditionalText>.Empty;
        var perFile = new Dictionary<string, string>();
        if (configFile is not null)
        {
            additional = additional.Add(new InMemoryFile("/0/appsettings.json", configFile));
            perFile["build_metadata.AdditionalFiles.SpeechLifecycleKind"] = "Config";
        }

        var options = new AnalyzerOptions(additional, new Options(global, perFile));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(Dictionary<string, string> global, Dictionary<string, string> perAdditionalFile) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(perAdditionalFile);

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
