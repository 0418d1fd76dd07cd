using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using SpeechLifecycle.IntegrationTests.Infrastructure;

namespace SpeechLifecycle.IntegrationTests;

/// <summary>
/// The precompiled analyzer assembly (docs/msbuild.md "SpeechLifecycleReadyToRun", docs/performance.md "Target 5"):
/// packed where crossgen2 runs (linux-x64), used by command-line builds on linux-x64 with a .NET 10 SDK, never by
/// design-time builds, and it reports exactly what the IL assembly reports.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class ReadyToRunTests
{
    private const string IlAnalyzer = "analyzers/dotnet/cs/SpeechLifecycle.Analyzers.dll";
    private const string ReadyToRunAnalyzer = "readytorun/linux-x64/SpeechLifecycle.Analyzers.dll";

    private readonly PackedPackage package;

    public ReadyToRunTests(PackedPackage package) => this.package = package;

    /// <summary>This machine is one the image is made and used on; elsewhere the IL assembly is the only one.</summary>
    private static bool OnLinuxX64 => RuntimeInformation.RuntimeIdentifier == "linux-x64";

    [Fact]
    public void The_package_carries_a_precompiled_copy_of_the_same_analyzer_assembly()
    {
        using var zip = ZipFile.OpenRead(package.NupkgPath);
        var il = Read(zip, IlAnalyzer)!;
        var readyToRun = Read(zip, ReadyToRunAnalyzer);

        Assert.False(HasNativeCode(il));
        if (!OnLinuxX64)
        {
            Assert.Null(readyToRun);
            return;
        }

        Assert.NotNull(readyToRun);
        Assert.True(HasNativeCode(readyToRun), "the readytorun/ copy has no ReadyToRun header");
        Assert.Equal(Identity(il), Identity(readyToRun));
    }

    [Fact]
    public async Task A_command_line_build_compiles_with_the_precompiled_analyzer_and_reports_what_the_IL_one_reports()
    {
        var workspace = new ConsumerWorkspace(package, "ready-to-run");
        var source = SampleData.ModelsClass(
            "ReadyToRun",
            SampleData.BaseModelUri(SampleData.ExpiredBaseModel),
            SampleData.CustomModelUri(SampleData.ExpiringCustomModel),
            SampleData.BaseModelUri(SampleData.HealthyBaseModel));
        workspace.AddProject("ReadyToRun", new Dictionary<string, string>
        {
            ["Models.cs"] = source,
            ["speech-lifecycle.json"] = package.SampleSnapshot(SampleData.BatchSnapshotSample),
        });

        // -v:n prints the compiler's command line, and with it the analyzer assemblies it was given.
        var precompiled = await workspace.BuildAsync("ReadyToRun", "-v:n");
        var intermediate = await workspace.BuildAsync("ReadyToRun", "-v:n", "-p:SpeechLifecycleReadyToRun=false");

        Assert.Equal(OnLinuxX64, UsesAnalyzer(precompiled.Output, ReadyToRunAnalyzer));
        Assert.Equal(!OnLinuxX64, UsesAnalyzer(precompiled.Output, IlAnalyzer));
        Assert.True(UsesAnalyzer(intermediate.Output, IlAnalyzer), intermediate.ToString());
        Assert.False(UsesAnalyzer(intermediate.Output, ReadyToRunAnalyzer));
        var expected = Findings(intermediate.Output);
        Assert.Contains(expected, d => d.StartsWith("SPL1001 error", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.StartsWith("SPL1002 warning", StringComparison.Ordinal));
        Assert.Equal(expected, Findings(precompiled.Output));
        Assert.Equal(intermediate.ExitCode, precompiled.ExitCode);
    }

    [Fact]
    public async Task Design_time_builds_and_argument_only_builds_keep_the_IL_analyzer_and_an_invalid_value_is_SPLT001()
    {
        var workspace = new ConsumerWorkspace(package, "ready-to-run-design-time");
        workspace.AddProject("DesignTime", new Dictionary<string, string>
        {
            ["Models.cs"] = SampleData.ModelsClass("DesignTime", SampleData.BaseModelUri(SampleData.HealthyBaseModel)),
        });
        var restored = await workspace.DotnetAsync("restore", "DesignTime");
        Assert.True(restored.ExitCode == 0, restored.ToString());

        var designTime = await AnalyzerItems(workspace, "-p:DesignTimeBuild=true");
        var argumentsOnly = await AnalyzerItems(workspace, "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true");
        var commandLine = await AnalyzerItems(workspace);
        var invalid = await workspace.BuildAsync("DesignTime", "-p:SpeechLifecycleReadyToRun=sometimes");

        Assert.Contains(designTime, path => path.EndsWith(IlAnalyzer, StringComparison.Ordinal));
        Assert.DoesNotContain(designTime, path => path.EndsWith(ReadyToRunAnalyzer, StringComparison.Ordinal));
        Assert.Contains(argumentsOnly, path => path.EndsWith(IlAnalyzer, StringComparison.Ordinal));
        Assert.DoesNotContain(argumentsOnly, path => path.EndsWith(ReadyToRunAnalyzer, StringComparison.Ordinal));
        Assert.Equal(OnLinuxX64, commandLine.Any(path => path.EndsWith(ReadyToRunAnalyzer, StringComparison.Ordinal)));
        Assert.NotEqual(0, invalid.ExitCode);
        Assert.Contains(BuildDiagnostic.Parse(invalid.Output), d => d is { Id: "SPLT001", Severity: "error" }
            && d.Message.Contains("SpeechLifecycleReadyToRun has the invalid value 'sometimes'", StringComparison.Ordinal));
    }

    /// <summary>The Analyzer items the compiler would get: the SDK's resolution, then the package's choice.</summary>
    private static async Task<List<string>> AnalyzerItems(ConsumerWorkspace workspace, params string[] extraArguments)
    {
        var result = await workspace.DotnetAsync(new[]
        {
            "msbuild", "DesignTime", "-nologo", "-t:ResolveLockFileAnalyzers;_SpeechLifecycleUseReadyToRunAnalyzer",
            "-getItem:Analyzer",
        }.Concat(extraArguments).ToArray());
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Output.Split('\n')
            .Select(line => line.Trim().TrimEnd(',').Trim('"'))
            .Where(line => line.EndsWith(".dll", StringComparison.Ordinal))
            .Select(line => line.Replace('\\', '/'))
            .ToList();
    }

    private static bool UsesAnalyzer(string buildOutput, string packagePath) =>
        buildOutput.Replace('\\', '/').Contains("/" + packagePath, StringComparison.OrdinalIgnoreCase);

    private static List<string> Findings(string buildOutput) => BuildDiagnostic.Parse(buildOutput)
        .Where(d => d.Id.StartsWith("SPL", StringComparison.Ordinal))
        .Select(d => $"{d.Id} {d.Severity} {Path.GetFileName(d.File)}({d.Line}) {d.Message}")
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    private static byte[]? Read(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool HasNativeCode(byte[] image)
    {
        using var reader = new PEReader(new MemoryStream(image));
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static string Identity(byte[] image)
    {
        using var reader = new PEReader(new MemoryStream(image));
        var metadata = reader.GetMetadataReader();
        var definition = metadata.GetAssemblyDefinition();
        return $"{metadata.GetString(definition.Name)} {definition.Version} mvid {metadata.GetGuid(metadata.GetModuleDefinition().Mvid)}";
    }
}
