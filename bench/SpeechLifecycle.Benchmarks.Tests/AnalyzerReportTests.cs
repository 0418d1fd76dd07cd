using SpeechLifecycle.Benchmarks.Measurement;

namespace SpeechLifecycle.Benchmarks.Tests;

public sealed class AnalyzerReportTests
{
    // Shape printed by the .NET 10 SDK compiler with -p:ReportAnalyzer=true -v:detailed (trimmed real output).
    private const string Log = """
                 Task "Csc"
                 Total analyzer execution time: 6.271 seconds.
                 
                 Time (s)    %   Analyzer
                    4.055   64   Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers, Version=5.6.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35
                    3.232   51      Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.CSharpSymbolIsBannedAnalyzer (RS0030, RS0031)
                    0.823   13      Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.CSharpRestrictedInternalsVisibleToAnalyzer (RS0035)
                 
                    1.701   27   SpeechLifecycle.Analyzers, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
                    1.232   19      SpeechLifecycle.Analyzers.Rules.ModelLifecycleAnalyzer (SPL1001, SPL1002)
                    0.469    7      SpeechLifecycle.Analyzers.Rules.RetiredApiVersionAnalyzer (SPL2001)
                 
                   <0.001   <1   Microsoft.Interop.ComInterfaceGenerator, Version=10.0.14.42308, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a
                   <0.001   <1      Microsoft.Interop.Analyzers.AddGeneratedComClassAnalyzer (SYSLIB1097)
                 
                 Total generator execution time: 0.120 seconds.
                 
                 Time (s)    %   Generator
                    0.120  100   System.Text.Json.SourceGeneration, Version=10.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51
             Done executing task "Csc".
        """;

    [Fact]
    public void Parse_ReadsEveryAnalyzerAssemblyWithItsAnalyzers()
    {
        var assemblies = AnalyzerReport.Parse(Log);

        Assert.Equal(
            ["Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers", "SpeechLifecycle.Analyzers", "Microsoft.Interop.ComInterfaceGenerator"],
            assemblies.Select(a => a.Assembly));
        var ours = assemblies[1];
        Assert.Equal(1.701, ours.Seconds, 3);
        Assert.Equal(2, ours.Analyzers.Count);
        Assert.Equal("SpeechLifecycle.Analyzers.Rules.RetiredApiVersionAnalyzer (SPL2001)", ours.Analyzers[1].Analyzer);
        Assert.Equal(0.469, ours.Analyzers[1].Seconds, 3);
    }

    [Fact]
    public void Parse_CountsLessThanAMillisecondAsZero_AndStopsBeforeTheGeneratorTable()
    {
        var assemblies = AnalyzerReport.Parse(Log);

        Assert.Equal(0, assemblies[2].Seconds);
        Assert.DoesNotContain(assemblies, a => a.Assembly.StartsWith("System.Text.Json", StringComparison.Ordinal));
    }

    [Fact]
    public void Seconds_SumsTheSelectedAssemblies()
    {
        var assemblies = AnalyzerReport.Parse(Log);

        Assert.Equal(1.701, AnalyzerReport.Seconds(assemblies, a => a.StartsWith("SpeechLifecycle.", StringComparison.Ordinal)), 3);
        Assert.Equal(4.055, AnalyzerReport.Seconds(assemblies, a => a.Contains("BannedApiAnalyzers", StringComparison.Ordinal)), 3);
    }

    [Fact]
    public void Parse_UsesTheLastTable_WhenTheLogHoldsSeveral()
    {
        var twice = Log.Replace("1.701   27   SpeechLifecycle", "9.999   27   SpeechLifecycle", StringComparison.Ordinal) + "\n" + Log;

        var ours = AnalyzerReport.Parse(twice).Single(a => a.Assembly == "SpeechLifecycle.Analyzers");

        Assert.Equal(1.701, ours.Seconds, 3);
    }

    [Fact]
    public void Parse_ReturnsNothing_WithoutAReport()
    {
        Assert.Empty(AnalyzerReport.Parse("Build succeeded.\n    0 Warning(s)\n"));
    }

    [Fact]
    public void ParseAll_ReadsOneTablePerCompilation_WithItsProject()
    {
        static string Compile(string project) =>
            $"""
               Target "CoreCompile" in file "/usr/share/dotnet/sdk/10.0.401/Roslyn/Microsoft.CSharp.Core.targets" from project "{project}" (target "Compile" depends on it):
            """;
        var log = Compile("/w/many/Bench.P00/Bench.P00.csproj") + "\n" + Log + "\n"
            + Compile("/w/many/Bench.P01/Bench.P01.csproj") + "\n" + Log.Replace("1.701   27   SpeechLifecycle", "0.004   27   SpeechLifecycle", StringComparison.Ordinal);

        var compilations = AnalyzerReport.ParseAll(log);

        Assert.Equal(["/w/many/Bench.P00/Bench.P00.csproj", "/w/many/Bench.P01/Bench.P01.csproj"], compilations.Select(c => c.Project));
        Assert.Equal(1.701, compilations[0].Assemblies.Single(a => a.Assembly == "SpeechLifecycle.Analyzers").Seconds, 3);
        Assert.Equal(0.004, compilations[1].Assemblies.Single(a => a.Assembly == "SpeechLifecycle.Analyzers").Seconds, 3);
    }
}
