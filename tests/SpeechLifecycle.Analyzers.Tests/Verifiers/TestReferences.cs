using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>
/// The reference assemblies of every test compilation: .NET 8's, resolved by the library from the global packages
/// folder (the test project downloads Microsoft.NETCore.App.Ref 8.0.0 at restore, so nothing is fetched at test time).
/// </summary>
public static class TestReferences
{
    public static ReferenceAssemblies Net80 => ReferenceAssemblies.Net.Net80;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyNet80Metadata =
        new(() => Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>The same assemblies as metadata references, resolved once, for compilations the library does not make (the SDK stub).</summary>
    public static ImmutableArray<MetadataReference> Net80Metadata => LazyNet80Metadata.Value;
}
