using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SpeechLifecycle.Analyzers.Analysis;
using SpeechLifecycle.Evaluation;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Analyzers.Rules;

/// <summary>
/// SPL1001–SPL1007, SPL9001, SPL9002: model and endpoint references in C# literals, Speech SDK endpoint IDs and JSON
/// config files, judged against the lifecycle snapshot the task passes. A thin shell: recognition and evaluation are
/// Core's; this maps syntax to text and verdicts to diagnostics.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelLifecycleAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ModelExpiredForTranscription,
        Descriptors.ModelExpiresSoonForTranscription,
        Descriptors.BaseModelTrainingClosed,
        Descriptors.BaseModelTrainingClosesSoon,
        Descriptors.EndpointModelExpired,
        Descriptors.EndpointModelExpiresSoon,
        Descriptors.ReferenceNotFound,
        Descriptors.LifecycleDataUnavailable,
        Descriptors.LifecycleDataStale);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Not None: see GeneratedFiles for why, and how generated code is still left alone.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var options = start.Options;
        var settings = AnalyzerSettings.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        if (!settings.Enabled)
        {
            return;
        }

        // A compilation with no Speech reference (most projects of a solution) registers nothing (CompilationGate): the
        // literal routes need an anchor in some file's text, the SDK route the SDK's member names and the SDK, the
        // composition route constants that can compose a reference, the config route a reference in a config file.
        var cancellationToken = start.CancellationToken;
        var compilation = start.Compilation;
        var hasAnchor = CompilationGate.AnyFileContains(compilation, ReferenceRecognizer.Anchors, cancellationToken);
        var sdk = hasAnchor || CompilationGate.AnyFileContains(compilation, CompilationGate.SpeechSdkUseMarkers, cancellationToken)
            ? SpeechSdkSymbols.Resolve(compilation)
            : null;
        var constants = CompositionConstants.Collect(compilation, cancellationToken);
        var codeMayReference = hasAnchor || sdk is not null || constants.MayComposeReference;
        if (!codeMayReference && !CompilationGate.ConfigFilesMayReference(options, cancellationToken))
        {
            return;
        }

        // Read here, once, rather than lazily on first use: the compiler counts the time a callback spends waiting for
        // another thread's first use as that callback's own (docs/performance.md, target 1). The snapshot is read in
        // every compilation that may report (its file is reported on when unreadable), and the constants are one text
        // search.
        var reporter = new LifecycleReporter(settings, LifecycleData.Read(options, cancellationToken));
        start.RegisterAdditionalFileAction(file => AnalyzeAdditionalFile(file, reporter));
        if (!codeMayReference)
        {
            return;
        }

        var constantsReported = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);

        // One callback per file, not one per literal or operation: the rules find the few nodes that matter by
        // searching the file's text (SourceSearch; docs/design.md). Literals need only syntax, so they are read in a
        // syntax-tree action; the binding routes need the semantic model the compiler shares.
        start.RegisterSyntaxTreeAction(tree => AnalyzeLiterals(tree, reporter));

        var uriType = compilation.GetTypeByMetadataName("System.Uri");
        start.RegisterSemanticModelAction(model => AnalyzeBindingRoutes(model, sdk, uriType, constants, reporter, constantsReported));
    }

    private static void AnalyzeBindingRoutes(
        SemanticModelAnalysisContext context,
        SpeechSdkSymbols? sdk,
        INamedTypeSymbol? uriType,
        CompositionConstants constants,
        LifecycleReporter reporter,
        ConcurrentDictionary<ISymbol, bool> constantsReported)
    {
        var model = context.SemanticModel;
        var sink = new Sink(context.ReportDiagnostic, context.Options, context.CancellationToken);
        foreach (var node in BindingCandidates.Find(model.SyntaxTree, sdk is not null, constants, context.CancellationToken))
        {
            switch (Unwrap(model.GetOperation(node, context.CancellationToken)))
            {
                case ISimpleAssignmentOperation assignment when sdk is not null:
                    AnalyzeEndpointIdAssignment(sink, assignment, sdk, reporter, constantsReported);
                    break;
                case IInvocationOperation invocation when sdk is not null:
                    AnalyzeEndpointIdInvocation(sink, invocation, sdk, reporter, constantsReported);
                    break;
                case IInterpolatedStringOperation interpolated:
                    AnalyzeComposition(sink, interpolated, reporter, constantsReported);
                    break;
                case IInterpolatedStringHandlerCreationOperation { Content: IInterpolatedStringOperation interpolated }:
                    AnalyzeComposition(sink, interpolated, reporter, constantsReported);
                    break;
                case IObjectCreationOperation creation when uriType is not null:
                    AnalyzeUriCreation(sink, creation, uriType, reporter, constantsReported);
                    break;
            }
        }
    }

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>Where diagnostics go and the options that configure them, whichever action found the reference.</summary>
    private readonly struct Sink
    {
        public Sink(Action<Diagnostic> report, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            Report = report;
            Options = options;
            CancellationToken = cancellationToken;
        }

        public Action<Diagnostic> Report { get; }

        public AnalyzerOptions Options { get; }

        public CancellationToken CancellationToken { get; }
    }

    private static void AnalyzeUriCreation(Sink sink, IObjectCreationOperation creation, INamedTypeSymbol uriType, LifecycleReporter reporter, ConcurrentDictionary<ISymbol, bool> constantsReported)
    {
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, uriType))
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            var value = argument.Value is IConversionOperation conversion ? conversion.Operand : argument.Value;
            if (value is IBinaryOperation)
            {
                AnalyzeComposition(sink, value, reporter, constantsReported);
            }
        }
    }

    /// <summary>
    /// A model ID held in a constant and completed into a URI by an interpolation or a concatenation: reported on the
    /// constant's literal, once per constant. References that lie inside one literal were reported by the literal scan.
    /// </summary>
    private static void AnalyzeComposition(Sink sink, IOperation operation, LifecycleReporter reporter, ConcurrentDictionary<ISymbol, bool> constantsReported)
    {
        if (operation.Parent is IInterpolationOperation or IBinaryOperation || !ComposedText.UsesConstant(operation))
        {
            return;
        }

        var composed = ComposedText.Compose(operation);
        if (!composed.HasConstants)
        {
            return;
        }

        var text = composed.Text;
        if (!ReferenceRecognizer.MightContainReference(text))
        {
            return;
        }

        foreach (var reference in ReferenceRecognizer.FindReferences(text))
        {
            if (reference.IdStart < 0
                || !composed.TryGetConstantAt(reference.IdStart, out var constant, out var segmentStart)
                || reference.Start >= segmentStart
                || ConstantLiteral(constant, sink) is not LiteralExpressionSyntax literal
                || LiteralText.From(literal.Token) is not { } literalText
                || reference.IdStart - segmentStart + 36 > literalText.Value.Length
                || !constantsReported.TryAdd(constant, true))
            {
                continue;
            }

            var decision = ReferenceContext.Decide(reference.Kind, (ExpressionSyntax)operation.Syntax, text, reference.Start);
            var location = Location.Create(literal.SyntaxTree, literalText.ToSourceSpan(reference.IdStart - segmentStart, 36));
            var warningDays = reporter.Settings.WarningDaysFor(sink.Options.AnalyzerConfigOptionsProvider.GetOptions(literal.SyntaxTree));
            reporter.Report(sink.Report, reference.Kind, reference.Id, reference.Host, decision.Route, location, warningDays, false);
        }
    }

    private static void AnalyzeLiterals(SyntaxTreeAnalysisContext context, LifecycleReporter reporter)
    {
        var tree = context.Tree;
        int? warningDays = null;
        foreach (var (token, literal) in SourceSearch.StringTokensWithAnchors(tree, ReferenceRecognizer.Anchors, context.CancellationToken))
        {
            if (LiteralText.From(token) is not { } text)
            {
                continue;
            }

            warningDays ??= reporter.Settings.WarningDaysFor(context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree));
            foreach (var reference in ReferenceRecognizer.FindReferences(text.Value))
            {
                var decision = ReferenceContext.Decide(reference.Kind, literal, text.Value, reference.Start);
                var location = Location.Create(tree, text.ToSourceSpan(reference.Start, reference.Length));
                reporter.Report(context.ReportDiagnostic, reference.Kind, reference.Id, reference.Host, decision.Route, location, warningDays.Value, decision.IsRequestModelMember);
            }
        }
    }

    /// <summary><c>config.EndpointId = "…"</c> on a SpeechConfig (or SpeechTranslationConfig) not used for synthesis.</summary>
    private static void AnalyzeEndpointIdAssignment(Sink sink, ISimpleAssignmentOperation assignment, SpeechSdkSymbols sdk, LifecycleReporter reporter, ConcurrentDictionary<ISymbol, bool> constantsReported)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property.Name: "EndpointId" } target || !sdk.IsSpeechConfig(target.Property.ContainingType))
        {
            return;
        }

        if (ConfigSymbol(target.Instance) is { } config && sdk.IsUsedForSynthesis(config, assignment.Syntax, assignment.SemanticModel!))
        {
            return;
        }

        ReportEndpointId(sink, assignment.Value, reporter, constantsReported);
    }

    /// <summary><c>SourceLanguageConfig.FromLanguage(lang, id)</c> and <c>SetProperty(PropertyId.SpeechServiceConnection_EndpointId, id)</c>.</summary>
    private static void AnalyzeEndpointIdInvocation(Sink sink, IInvocationOperation invocation, SpeechSdkSymbols sdk, LifecycleReporter reporter, ConcurrentDictionary<ISymbol, bool> constantsReported)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "FromLanguage"
            && invocation.Arguments.Length == 2
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, sdk.SourceLanguageConfig))
        {
            if (Argument(invocation, 1) is { } endpointId)
            {
                ReportEndpointId(sink, endpointId, reporter, constantsReported);
            }

            return;
        }

        if (method.Name == "SetProperty"
            && invocation.Arguments.Length == 2
            && sdk.EndpointIdPropertyValue is not null
            && sdk.IsSpeechConfig(method.ContainingType))
        {
            var property = Argument(invocation, 0);
            var value = Argument(invocation, 1);
            if (property is null || value is null || property.Type?.TypeKind != TypeKind.Enum || !property.ConstantValue.HasValue || !Equals(property.ConstantValue.Value, sdk.EndpointIdPropertyValue))
            {
                return;
            }

            if (ConfigSymbol(invocation.Instance) is { } config && sdk.IsUsedForSynthesis(config, invocation.Syntax, invocation.SemanticModel!))
            {
                return;
            }

            ReportEndpointId(sink, value, reporter, constantsReported);
        }
    }

    // By parameter position, so named arguments in any order work; null for code that does not bind.
    private static IOperation? Argument(IInvocationOperation invocation, int ordinal) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal)?.Value;

    private static ISymbol? ConfigSymbol(IOperation? instance) => instance switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        _ => null,
    };

    /// <summary>
    /// Reports an endpoint ID given as a literal (on the literal) or as a constant (on the constant's declaration,
    /// once however often it is used).
    /// </summary>
    private static void ReportEndpointId(Sink sink, IOperation value, LifecycleReporter reporter, ConcurrentDictionary<ISymbol, bool> constantsReported)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (!value.ConstantValue.HasValue || value.ConstantValue.Value is not string text || !ReferenceRecognizer.TryParseId(text, out var id))
        {
            return;
        }

        SyntaxNode? literal = value switch
        {
            ILiteralOperation => value.Syntax,
            IFieldReferenceOperation { Field.IsConst: true } field when constantsReported.TryAdd(field.Field, true) => ConstantLiteral(field.Field, sink),
            ILocalReferenceOperation { Local.IsConst: true } local when constantsReported.TryAdd(local.Local, true) => ConstantLiteral(local.Local, sink),
            _ => null,
        };
        if (literal is null)
        {
            return;
        }

        var warningDays = reporter.Settings.WarningDaysFor(sink.Options.AnalyzerConfigOptionsProvider.GetOptions(literal.SyntaxTree));
        reporter.Report(sink.Report, ReferenceKind.Endpoint, id, null, LifecycleRoute.Endpoint, literal.GetLocation(), warningDays, false);
    }

    /// <summary>The literal a constant is initialised with, unless it lies in generated or excluded code.</summary>
    private static SyntaxNode? ConstantLiteral(ISymbol constant, Sink sink)
    {
        var literal = constant.DeclaringSyntaxReferences.Select(r => r.GetSyntax(sink.CancellationToken)).OfType<VariableDeclaratorSyntax>()
            .Select(d => d.Initializer?.Value).FirstOrDefault(v => v is LiteralExpressionSyntax);
        return literal is null || SourceSearch.IsExcluded(literal) || GeneratedFiles.IsGenerated(literal.SyntaxTree, sink.Options, sink.CancellationToken) ? null : literal;
    }

    private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context, LifecycleReporter reporter)
    {
        var file = context.AdditionalFile;
        var kind = AnalyzerSettings.KindOf(context.Options, file);
        if (string.Equals(kind, "Snapshot", StringComparison.OrdinalIgnoreCase))
        {
            if (reporter.Data.TryGetError(file.Path, out var error))
            {
                context.ReportDiagnostic(LifecycleReporter.UnreadableSnapshot(file.Path, error, Location.Create(file.Path, default, default)));
            }

            return;
        }

        if (!string.Equals(kind, "Config", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var text = file.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        var warningDays = reporter.Settings.WarningDaysFor(context.Options.AnalyzerConfigOptionsProvider.GetOptions(file));
        foreach (var found in ConfigFileScanner.Scan(text))
        {
            var location = Location.Create(file.Path, found.Span, text.Lines.GetLinePositionSpan(found.Span));
            if (found.ParseError is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.LifecycleDataUnavailable,
                    location,
                    $"config file '{file.Path}'",
                    $"it is not valid JSON ({found.ParseError}), so its Speech references were not checked"));
                continue;
            }

            reporter.Report(context.ReportDiagnostic, found.Kind, found.Id, found.Host, found.Route, location, warningDays, false);
        }
    }
}
