using System.Composition;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SpeechLifecycle.CodeFixes.Rules;

namespace SpeechLifecycle.Analyzers.Tests.CodeFixes;

/// <summary>What every exported fixer must have for the IDE and <c>dotnet format analyzers</c> to use it.</summary>
public sealed class CodeFixProviderConventionTests
{
    private static readonly Assembly CodeFixAssembly = typeof(ModelLifecycleCodeFixProvider).Assembly;

    private static readonly string[] KnownIds = typeof(DiagnosticIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    public static TheoryData<Type> Fixers()
    {
        var data = new TheoryData<Type>();
        foreach (var type in ExportedFixers())
        {
            data.Add(type);
        }

        return data;
    }

    private static IEnumerable<Type> ExportedFixers() =>
        CodeFixAssembly.GetTypes().Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal);

    [Fact]
    public void TheAssemblyExportsTheTwoFixers()
    {
        Assert.Equal(
            new[] { nameof(ModelLifecycleCodeFixProvider), nameof(RetiredApiVersionCodeFixProvider) },
            ExportedFixers().Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(Fixers))]
    public void IsExportedForCSharpWithItsOwnName_Shared_Sealed(Type type)
    {
        var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
        Assert.NotNull(export);
        Assert.Equal(type.Name, export!.Name);
        Assert.Equal(new[] { LanguageNames.CSharp }, export.Languages);
        Assert.NotNull(type.GetCustomAttribute<SharedAttribute>());
        Assert.True(type.IsSealed && type.IsPublic, $"{type.Name} should be public sealed");
    }

    [Theory]
    [MemberData(nameof(Fixers))]
    public void FixesOnlyKnownIds_AndSupportsFixAllInEveryScopeDotnetFormatUses(Type type)
    {
        var fixer = (CodeFixProvider)Activator.CreateInstance(type)!;

        Assert.NotEmpty(fixer.FixableDiagnosticIds);
        Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(id, KnownIds));

        var fixAll = fixer.GetFixAllProvider();
        Assert.NotNull(fixAll);
        var scopes = fixAll!.GetSupportedFixAllScopes();
        Assert.Contains(FixAllScope.Document, scopes);
        Assert.Contains(FixAllScope.Project, scopes);
        Assert.Contains(FixAllScope.Solution, scopes);
    }

    [Fact]
    public void NoDiagnosticIdHasTwoFixers()
    {
        // dotnet format runs every fixer of an ID on the diagnostics it computed once; a second fixer would edit
        // text the first one already changed.
        var ids = ExportedFixers().SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    [Fact]
    public void EndpointAndDataRulesHaveNoFix()
    {
        // SPL1005/SPL1006: the remedy is redeploying the endpoint's model, which code cannot do; SPL1007/SPL9xxx
        // are about the data, not the code.
        var fixable = ExportedFixers().SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds).ToHashSet();
        Assert.Equal(
            new[] { "SPL1001", "SPL1002", "SPL1003", "SPL1004", "SPL2001", "SPL2002" },
            fixable.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void EquivalenceKeysAreStableAndNameTheChoice()
    {
        // One key per kind of choice, never per model: dotnet format runs one Fix-All per ID with one key.
        Assert.Equal("SPL.ReplaceModel", ModelLifecycleCodeFixProvider.ReplaceModelEquivalenceKey);
        Assert.Equal("SPL.ReplaceModelLosingCustomisation", ModelLifecycleCodeFixProvider.ReplaceModelLosingCustomisationEquivalenceKey);
        Assert.Equal("SPL.RemoveModelMember", ModelLifecycleCodeFixProvider.RemoveModelMemberKey);
        Assert.Equal("SPL.UseApiVersion:2025-10-15", RetiredApiVersionCodeFixProvider.UseCurrentApiVersionKey);
    }
}
