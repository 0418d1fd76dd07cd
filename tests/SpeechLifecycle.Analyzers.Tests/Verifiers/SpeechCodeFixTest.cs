using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>
/// A code-fix test: verifies the diagnostics of <see cref="SpeechAnalyzerTest.TestCode"/>, applies the fix one
/// diagnostic at a time through the registered <see cref="CodeAction"/> until none is left, compares with
/// <see cref="FixedCode"/> (whose markup gives the diagnostics expected afterwards, compiler errors included), then
/// does the same with the provider's Fix-All in document, project and solution scope against
/// <see cref="FixAllFixedCode"/> (default: <see cref="FixedCode"/>).
/// </summary>
public abstract class SpeechCodeFixTest : SpeechAnalyzerTest
{
    private const int MaxIterations = 50;

    public string? FixedCode { get; set; }

    /// <summary>The expected text of <see cref="SpeechAnalyzerTest.Sources"/> after the fix, same order; empty = unchanged.</summary>
    public List<(string Path, string Content)> FixedSources { get; } = new();

    public string? FixAllFixedCode { get; set; }

    /// <summary>Diagnostics expected in the fixed code besides those written as markup in it.</summary>
    public List<DiagnosticResult> FixedExpectedDiagnostics { get; } = new();

    /// <summary>Which registered action to apply: by equivalence key and/or by index (default: the first).</summary>
    public string? CodeActionEquivalenceKey { get; set; }

    public int? CodeActionIndex { get; set; }

    /// <summary>When set, the applied action's title must be exactly this.</summary>
    public string? CodeActionTitle { get; set; }

    /// <summary>The fixer must register no action for any diagnostic of the test code.</summary>
    public bool ExpectNoFix { get; set; }

    protected abstract CodeFixProvider GetCodeFixProvider();

    public override async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await base.RunAsync(cancellationToken).ConfigureAwait(false);

        var initial = ParseState(TestCode, Sources, ExpectedDiagnostics, requireAllKeysUsed: true);
        var solution = CreateSolution(initial);
        var provider = GetCodeFixProvider();

        if (ExpectNoFix)
        {
            await VerifyNoFixAsync(solution, provider, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (FixedCode is null)
        {
            throw new VerificationException("Set FixedCode (or ExpectNoFix = true) in a code-fix test.");
        }

        var fixedSources = FixedSources.Count > 0 ? FixedSources : Sources;
        var expectedFixed = ParseState(FixedCode, fixedSources, FixedExpectedDiagnostics, requireAllKeysUsed: false);
        var fixedBySingleActions = await FixOneByOneAsync(solution, provider, cancellationToken).ConfigureAwait(false);
        await VerifyFixedStateAsync(fixedBySingleActions, expectedFixed, "after applying the code fix", cancellationToken).ConfigureAwait(false);

        var fixAllProvider = provider.GetFixAllProvider()
            ?? throw new VerificationException($"{provider.GetType().Name} has no Fix-All provider: every fix must support Fix-All (dotnet format applies fixes through it).");
        var expectedFixAll = FixAllFixedCode is null
            ? expectedFixed
            : ParseState(FixAllFixedCode, fixedSources, FixedExpectedDiagnostics, requireAllKeysUsed: false);
        foreach (var scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution })
        {
            if (!fixAllProvider.GetSupportedFixAllScopes().Contains(scope))
            {
                continue;
            }

            var fixedByFixAll = await FixAllAsync(solution, provider, fixAllProvider, scope, cancellationToken).ConfigureAwait(false);
            await VerifyFixedStateAsync(fixedByFixAll, expectedFixAll, $"after Fix-All in {scope} scope", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task VerifyNoFixAsync(Solution solution, CodeFixProvider provider, CancellationToken cancellationToken)
    {
        foreach (var diagnostic in await FixableDiagnosticsAsync(solution, provider, cancellationToken).ConfigureAwait(false))
        {
            var actions = await ActionsForAsync(solution, provider, diagnostic, cancellationToken).ConfigureAwait(false);
            if (actions.Count > 0)
            {
                throw new VerificationException($"Expected no code fix, but {Describe(diagnostic)} offers: {string.Join(", ", actions.Select(a => $"'{a.Title}' ({a.EquivalenceKey})"))}.");
            }
        }
    }

    private async Task<Solution> FixOneByOneAsync(Solution solution, CodeFixProvider provider, CancellationToken cancellationToken)
    {
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var next = await FirstActionAsync(solution, provider, cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                return solution;
            }

            solution = await ApplyAsync(solution, next.Value.Action, cancellationToken).ConfigureAwait(false);
        }

        throw new VerificationException($"The code fix did not converge after {MaxIterations} applications: it keeps offering a fix.");
    }

    private async Task<Solution> FixAllAsync(Solution solution, CodeFixProvider provider, FixAllProvider fixAllProvider, FixAllScope scope, CancellationToken cancellationToken)
    {
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var next = await FirstActionAsync(solution, provider, cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                return solution;
            }

            var (diagnostic, action) = next.Value;
            var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
            var diagnosticProvider = new SolutionDiagnosticProvider(this, solution);
            var context = new FixAllContext(document, provider, scope, action.EquivalenceKey!, provider.FixableDiagnosticIds, diagnosticProvider, cancellationToken);
            var fixAll = await fixAllProvider.GetFixAsync(context).ConfigureAwait(false)
                ?? throw new VerificationException($"Fix-All in {scope} scope returned no action for '{action.EquivalenceKey}'.");
            solution = await ApplyAsync(solution, fixAll, cancellationToken).ConfigureAwait(false);
        }

        throw new VerificationException($"Fix-All in {scope} scope did not converge after {MaxIterations} applications.");
    }

    private async Task VerifyFixedStateAsync(Solution actual, ParsedState expected, string when, CancellationToken cancellationToken)
    {
        foreach (var (path, text) in expected.Sources)
        {
            var document = actual.Projects.Single().Documents.Single(d => d.FilePath == path);
            var actualText = (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
            if (!string.Equals(actualText, text, StringComparison.Ordinal))
            {
                throw new VerificationException($"{path} {when} differs from the expected code.\n{FirstDifference(text, actualText)}\n--- expected ---\n{text}\n--- actual ---\n{actualText}");
            }
        }

        var diagnostics = await GetDiagnosticsAsync(actual, cancellationToken).ConfigureAwait(false);
        VerifyDiagnostics(diagnostics, expected.Expected, $"Diagnostics {when}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of text>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of text>";
            if (e != a)
            {
                return $"First difference on line {i + 1}:\n  expected: {e}\n  actual:   {a}";
            }
        }

        return "The texts differ only in line endings.";
    }

    private async Task<(Diagnostic Diagnostic, CodeAction Action)?> FirstActionAsync(Solution solution, CodeFixProvider provider, CancellationToken cancellationToken)
    {
        foreach (var diagnostic in await FixableDiagnosticsAsync(solution, provider, cancellationToken).ConfigureAwait(false))
        {
            var actions = await ActionsForAsync(solution, provider, diagnostic, cancellationToken).ConfigureAwait(false);
            if (actions.Count == 0)
            {
                continue;
            }

            return (diagnostic, Select(actions, diagnostic));
        }

        return null;
    }

    private CodeAction Select(IReadOnlyList<CodeAction> actions, Diagnostic diagnostic)
    {
        string Available() => string.Join(", ", actions.Select((a, i) => $"[{i}] '{a.Title}' ({a.EquivalenceKey})"));

        CodeAction chosen;
        if (CodeActionIndex is int index)
        {
            if (index >= actions.Count)
            {
                throw new VerificationException($"CodeActionIndex {index} is out of range for {Describe(diagnostic)}; available: {Available()}.");
            }

            chosen = actions[index];
            if (CodeActionEquivalenceKey is not null && chosen.EquivalenceKey != CodeActionEquivalenceKey)
            {
                throw new VerificationException($"Action [{index}] has equivalence key '{chosen.EquivalenceKey}', expected '{CodeActionEquivalenceKey}'; available: {Available()}.");
            }
        }
        else if (CodeActionEquivalenceKey is not null)
        {
            chosen = actions.FirstOrDefault(a => a.EquivalenceKey == CodeActionEquivalenceKey)
                ?? throw new VerificationException($"No action with equivalence key '{CodeActionEquivalenceKey}' for {Describe(diagnostic)}; available: {Available()}.");
        }
        else
        {
            chosen = actions[0];
        }

        if (CodeActionTitle is not null && chosen.Title != CodeActionTitle)
        {
            throw new VerificationException($"The applied action is titled '{chosen.Title}', expected '{CodeActionTitle}'.");
        }

        if (chosen.EquivalenceKey is null)
        {
            throw new VerificationException($"Action '{chosen.Title}' has no equivalence key: Fix-All and dotnet format need one.");
        }

        return chosen;
    }

    private async Task<IReadOnlyList<Diagnostic>> FixableDiagnosticsAsync(Solution solution, CodeFixProvider provider, CancellationToken cancellationToken)
    {
        var diagnostics = await GetDiagnosticsAsync(solution, cancellationToken).ConfigureAwait(false);
        return diagnostics.Where(d => d.Location.IsInSource && provider.FixableDiagnosticIds.Contains(d.Id)).ToList();
    }

    private static async Task<IReadOnlyList<CodeAction>> ActionsForAsync(Solution solution, CodeFixProvider provider, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions.SelectMany(Flatten).ToList();
    }

    // Roslyn 4.5 keeps CodeAction.NestedCodeActions internal; a group's children are what a user picks from.
    private static readonly PropertyInfo? NestedActionsProperty =
        typeof(CodeAction).GetProperty("NestedCodeActions", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    private static IEnumerable<CodeAction> Flatten(CodeAction action)
    {
        if (NestedActionsProperty?.GetValue(action) is ImmutableArray<CodeAction> { IsDefaultOrEmpty: false } nested)
        {
            return nested.SelectMany(Flatten);
        }

        return new[] { action };
    }

    private static async Task<Solution> ApplyAsync(Solution solution, CodeAction action, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        var changes = operations.OfType<ApplyChangesOperation>().ToList();
        if (changes.Count != 1)
        {
            throw new VerificationException($"Action '{action.Title}' produced {changes.Count} solution changes; expected exactly one.");
        }

        return changes[0].ChangedSolution;
    }

    private sealed class SolutionDiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly SpeechCodeFixTest _test;
        private readonly Solution _solution;

        public SolutionDiagnosticProvider(SpeechCodeFixTest test, Solution solution)
        {
            _test = test;
            _solution = solution;
        }

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var all = await _test.GetDiagnosticsAsync(_solution, cancellationToken).ConfigureAwait(false);
            return all.Where(d => d.Location.IsInSource && d.Location.SourceTree!.FilePath == document.FilePath);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            var all = await _test.GetDiagnosticsAsync(_solution, cancellationToken).ConfigureAwait(false);
            return all.Where(d => !d.Location.IsInSource);
        }

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await _test.GetDiagnosticsAsync(_solution, cancellationToken).ConfigureAwait(false);
    }
}
