using System.Globalization;
using System.Text;

namespace SpeechLifecycle.Benchmarks.Generation;

/// <summary>
/// Writes the workload project for targets 1 and 2: sources, a Speech SDK stub (the real SDK is not on this package
/// source; the analyzer recognises its members by name), ten banned symbols for BannedApiAnalyzers, an
/// appsettings.json with config references, and a project file that references the package from a local feed
/// when <c>packageVersion</c> is given. Nothing outside the target folder is read (empty Directory.Build.* files
/// stop MSBuild from walking up into whatever folder holds it).
/// </summary>
public static class WorkloadGenerator
{
    /// <summary>Ten symbols, as target 1 specifies; four of them are used in every <see cref="WorkloadOptions.BannedApiEvery"/>th file.</summary>
    public static readonly IReadOnlyList<string> BannedSymbols =
    [
        "P:System.DateTime.Now;Use TimeProvider",
        "P:System.DateTime.UtcNow;Use TimeProvider",
        "M:System.Console.WriteLine(System.String);Use ILogger",
        "M:System.Threading.Thread.Sleep(System.Int32);Use Task.Delay",
        "M:System.Environment.GetEnvironmentVariable(System.String);Use IConfiguration",
        "M:System.GC.Collect;Do not force collections",
        "T:System.Net.WebClient;Use HttpClient",
        "M:System.Guid.NewGuid;Use an injected ID source",
        "M:System.IO.File.ReadAllText(System.String);Use IFileProvider",
        "M:System.Random.#ctor;Use Random.Shared or a seeded instance",
    ];

    public static GeneratedWorkload Generate(string directory, WorkloadOptions options, ModelCatalog catalog, string? packageVersion, string? feed)
    {
        Directory.CreateDirectory(directory);
        var sources = Path.Combine(directory, "src");
        Directory.CreateDirectory(sources);
        foreach (var stale in Directory.EnumerateFiles(sources, "Component*.cs"))
        {
            var number = Path.GetFileNameWithoutExtension(stale)["Component".Length..];
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= options.Files)
            {
                File.Delete(stale);
            }
        }

        // Not the catalog's seed: the same sequence would turn noise GUIDs into copies of the model IDs.
        var composer = new SourceFileComposer(new Random(unchecked(options.Seed * 31 + 7)));
        var perFile = AssignReferences(options, catalog);
        long bytes = 0;
        long lines = 0;
        for (var i = 0; i < options.Files; i++)
        {
            var banned = options.BannedApiEvery > 0 && i % options.BannedApiEvery == 3;
            var text = composer.Compose(i, perFile[i], banned, options.SpeechNoise);
            bytes += Encoding.UTF8.GetByteCount(text);
            lines += CountLines(text);
            WriteIfChanged(Path.Combine(sources, $"Component{i}.cs"), text);
        }

        var speech = options.SpeechNoise || options.References > 0;
        var stubs = Path.Combine(sources, "SpeechSdkStubs.cs");
        if (speech)
        {
            WriteIfChanged(stubs, SpeechSdkStubs);
        }
        else
        {
            File.Delete(stubs);
        }

        WriteIfChanged(Path.Combine(directory, "BannedSymbols.txt"), string.Join('\n', BannedSymbols) + "\n");
        WriteIfChanged(Path.Combine(directory, "appsettings.json"), speech ? AppSettings(catalog) : PlainAppSettings);
        WriteIfChanged(Path.Combine(directory, ".editorconfig"), "root = true\n");
        WriteIfChanged(Path.Combine(directory, "severities.globalconfig"), SeverityConfig);
        WriteIfChanged(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        WriteIfChanged(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        WriteIfChanged(Path.Combine(directory, options.ProjectName + ".csproj"), ProjectFile(options, packageVersion));
        if (feed is not null)
        {
            WriteIfChanged(Path.Combine(directory, "nuget.config"), NuGetConfig(feed));
        }

        return new GeneratedWorkload(directory, options.Files, options.References, catalog.Models.Count, bytes, lines);
    }

    /// <summary>Reference j goes to file j·Files/References (evenly spread) and names model j mod Distinct, so every model is used.</summary>
    internal static List<CatalogModel>[] AssignReferences(WorkloadOptions options, ModelCatalog catalog)
    {
        var perFile = new List<CatalogModel>[options.Files];
        for (var i = 0; i < perFile.Length; i++)
        {
            perFile[i] = new List<CatalogModel>();
        }

        for (var j = 0; j < options.References; j++)
        {
            var file = (int)((long)j * options.Files / options.References);
            perFile[file].Add(catalog.Models[j % catalog.Models.Count]);
        }

        return perFile;
    }

    private static string ProjectFile(WorkloadOptions options, string? packageVersion)
    {
        var package = packageVersion is null
            ? ""
            : $"    <PackageReference Include=\"SpeechLifecycle.Analyzers\" Version=\"{packageVersion}\" PrivateAssets=\"all\" />\n";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Generated by bench/SpeechLifecycle.Benchmarks. The SDK's own CA analyzers are off so the compiler's
                   time (the denominator of target 1) is not inflated by them. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <EnableNETAnalyzers>false</EnableNETAnalyzers>
                <GenerateDocumentationFile>false</GenerateDocumentationFile>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
                <SpeechLifecycleAsOf>{options.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</SpeechLifecycleAsOf>
              </PropertyGroup>
              <ItemGroup>
                <Compile Remove="obj/**;bin/**" />
                <PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" Version="5.6.0" PrivateAssets="all" />
                <AdditionalFiles Include="BannedSymbols.txt" />
                <GlobalAnalyzerConfigFiles Include="severities.globalconfig" />
                <None Include="appsettings.json" />
            {package}  </ItemGroup>
            </Project>

            """;
    }

    internal static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <!-- The machine-level source stays (no clear) for BannedApiAnalyzers; the local feed holds the packed product. -->
        <configuration>
          <packageSources>
            <add key="speechlifecycle-bench" value="{feed}" />
          </packageSources>
        </configuration>

        """;

    private static string AppSettings(ModelCatalog catalog)
    {
        var endpoint = catalog.Models.First(m => m.Kind == CatalogKind.Endpoint);
        var custom = catalog.Models.First(m => m.Kind == CatalogKind.CustomModel);
        return $$"""
            {
              "Logging": { "LogLevel": { "Default": "Information" } },
              "Tenant": "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
              "Speech": {
                "Region": "eastus",
                "EndpointId": "{{endpoint.Id:D}}",
                "CustomModelId": "{{custom.Id:D}}",
                "Placeholder": "aaaabbbb-0000-cccc-1111-dddd2222eeee"
              }
            }

            """;
    }

    /// <summary>What most projects' appsettings.json hold: no Speech key, a GUID that is not a Speech ID.</summary>
    private const string PlainAppSettings = """
        {
          "Logging": { "LogLevel": { "Default": "Information" } },
          "AzureAd": { "Instance": "https://login.microsoftonline.com/", "ClientId": "3f2504e0-4f89-41d3-9a0c-0305e82c3301" }
        }

        """;

    /// <summary>
    /// The expired-model rules default to Error; the workload must build to be measured, so they are lowered to
    /// warnings. The analyzers still find and report every one of them (the run counts them). A global config, not
    /// .editorconfig: only a global config reaches diagnostics located in additional files (appsettings.json).
    /// </summary>
    private const string SeverityConfig = """
        is_global = true
        dotnet_diagnostic.SPL1001.severity = warning
        dotnet_diagnostic.SPL1003.severity = warning
        dotnet_diagnostic.SPL1005.severity = warning

        """;

    private const string SpeechSdkStubs = """
        // Stand-ins for the Speech SDK (Microsoft.CognitiveServices.Speech is not on this package source). Same
        // namespace and member names, so the analyzer's symbol checks see what they would see in a real project.
        namespace Microsoft.CognitiveServices.Speech;

        public class SpeechConfig
        {
            protected SpeechConfig()
            {
            }

            public string EndpointId { get; set; } = "";

            public string SpeechRecognitionLanguage { get; set; } = "";

            public static SpeechConfig FromSubscription(string subscriptionKey, string region) => new SpeechConfig();
        }

        public sealed class SpeechRecognizer
        {
            public SpeechRecognizer(SpeechConfig speechConfig) => Config = speechConfig;

            public SpeechConfig Config { get; }
        }

        public sealed class SourceLanguageConfig
        {
            private SourceLanguageConfig()
            {
            }

            public static SourceLanguageConfig FromLanguage(string language) => new SourceLanguageConfig();

            public static SourceLanguageConfig FromLanguage(string language, string endpointId) => new SourceLanguageConfig();
        }

        """;

    /// <summary>Rewriting identical content would bump timestamps and turn a no-change build into a recompile.</summary>
    private static void WriteIfChanged(string path, string content)
    {
        if (File.Exists(path) && File.ReadAllText(path) == content)
        {
            return;
        }

        File.WriteAllText(path, content);
    }

    private static long CountLines(string text)
    {
        long count = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }
}

public sealed record GeneratedWorkload(string Directory, int Files, int References, int Distinct, long Bytes, long Lines);
