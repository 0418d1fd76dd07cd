using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>The Speech SDK types whose members take endpoint IDs, resolved once per compilation; null when the SDK is not referenced.</summary>
internal sealed class SpeechSdkSymbols
{
    private SpeechSdkSymbols(INamedTypeSymbol speechConfig, INamedTypeSymbol? sourceLanguageConfig, INamedTypeSymbol? speechSynthesizer, object? endpointIdPropertyValue)
    {
        SpeechConfig = speechConfig;
        SourceLanguageConfig = sourceLanguageConfig;
        SpeechSynthesizer = speechSynthesizer;
        EndpointIdPropertyValue = endpointIdPropertyValue;
    }

    public INamedTypeSymbol SpeechConfig { get; }

    public INamedTypeSymbol? SourceLanguageConfig { get; }

    public INamedTypeSymbol? SpeechSynthesizer { get; }

    /// <summary>The constant value of <c>PropertyId.SpeechServiceConnection_EndpointId</c>.</summary>
    public object? EndpointIdPropertyValue { get; }

    public static SpeechSdkSymbols? Resolve(Compilation compilation)
    {
        var config = compilation.GetTypeByMetadataName("Microsoft.CognitiveServices.Speech.SpeechConfig");
        if (config is null)
        {
            return null;
        }

        var propertyId = compilation.GetTypeByMetadataName("Microsoft.CognitiveServices.Speech.PropertyId");
        var endpointIdField = propertyId?.GetMembers("SpeechServiceConnection_EndpointId").OfType<IFieldSymbol>().FirstOrDefault();
        return new SpeechSdkSymbols(
            config,
            compilation.GetTypeByMetadataName("Microsoft.CognitiveServices.Speech.SourceLanguageConfig"),
            compilation.GetTypeByMetadataName("Microsoft.CognitiveServices.Speech.SpeechSynthesizer"),
            endpointIdField?.HasConstantValue == true ? endpointIdField.ConstantValue : null);
    }

    public bool IsSpeechConfig(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, SpeechConfig))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="config"/> (a local, parameter, field or property holding a SpeechConfig) is used for
    /// speech synthesis in the same method (locals, parameters) or type (fields, properties): it sets
    /// <c>SpeechSynthesisVoiceName</c>/<c>SpeechSynthesisLanguage</c> or is passed to a <c>SpeechSynthesizer</c>.
    /// Its <c>EndpointId</c> is then a custom-voice deployment, not a speech-to-text endpoint.
    /// </summary>
    public bool IsUsedForSynthesis(ISymbol config, SyntaxNode usage, SemanticModel model)
    {
        SyntaxNode? scope = config.Kind is SymbolKind.Local or SymbolKind.Parameter
            ? usage.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or GlobalStatementSyntax or CompilationUnitSyntax)
            : usage.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        if (scope is null)
        {
            return false;
        }

        foreach (var node in scope.DescendantNodes())
        {
            switch (node)
            {
                case MemberAccessExpressionSyntax access
                    when access.Name.Identifier.ValueText is "SpeechSynthesisVoiceName" or "SpeechSynthesisLanguage"
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(access.Expression).Symbol, config):
                    return true;
                case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation
                    when SpeechSynthesizer is not null
                    && (creation is ImplicitObjectCreationExpressionSyntax || ((ObjectCreationExpressionSyntax)creation).Type.ToString().EndsWith("SpeechSynthesizer", System.StringComparison.Ordinal))
                    && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(creation).Type, SpeechSynthesizer)
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(creation.ArgumentList!.Arguments[0].Expression).Symbol, config):
                    return true;
            }
        }

        return false;
    }
}
