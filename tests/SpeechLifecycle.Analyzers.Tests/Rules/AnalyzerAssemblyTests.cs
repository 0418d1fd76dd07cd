using SpeechLifecycle.Analyzers.Rules;

namespace SpeechLifecycle.Analyzers.Tests.Rules;

/// <summary>The analyzer assembly loads in every compiler host: Roslyn and the BCL only (CONTRACT §1, engineering notes D3).</summary>
public sealed class AnalyzerAssemblyTests
{
    [Fact]
    public void AnalyzerAssembly_ReferencesOnlyTheCompilerAndTheFramework()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "netstandard",
            "Microsoft.CodeAnalysis",
            "Microsoft.CodeAnalysis.CSharp",
            "System.Collections.Immutable",
        };

        var references = typeof(ModelLifecycleAnalyzer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("Microsoft.CodeAnalysis.CSharp", references);
        Assert.All(references, name => Assert.Contains(name, allowed));
    }
}
