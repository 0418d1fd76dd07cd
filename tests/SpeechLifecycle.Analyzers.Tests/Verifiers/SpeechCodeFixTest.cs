using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace SpeechLifecycle.Analyzers.Tests.Verifiers;

/// <summary>
/// A code-fix test on Microsoft.CodeAnalysis.Testing: verifies the diagnostics of <see cref="SpeechAnalyzerTest.TestCode"/>,
/// applies the fix one diagnostic at a time, compares with <see cref="FixedCode"/> (whose markup gives the diagnostics
/// expected afterwards, compiler errors included), then does the same with the provider's Fix-All in document,
/// project and solution scope against <see cref="FixAllFixedCode"/> (default: <see cref="FixedCode"/>). The library
/// bounds the iterations (<c>NumberOfIncrementalIterations</c>, <c>NumberOfFixAllIterations</c>: by default at most
/// one per fixable diagnostic, one Fix-All per scope).
/// </summary>
public abstract class SpeechCodeFixTest : SpeechAnalyzerTest
{
    protected SpeechCodeFixTest()
    {
        CodeActionVerifier = VerifyAppliedAction;
    }

    public new string? FixedCode { get; set; }

    /// <summary>The expected text of <see cref="SpeechAnalyzerTest.Sources"/> after the fix, same order; empty = unchanged.</summary>
    public List<(string Path, string Content)> FixedSources { get; } = new();

    public string? FixAllFixedCode { get; set; }

    /// <summary>Diagnostics expected in the fixed code besides those written as markup in it.</summary>
    public List<DiagnosticResult> FixedExpectedDiagnostics { get; } = new();

    /// <summary>When set, the applied action's title must be exactly this.</summary>
    public string? CodeActionTitle { get; set; }

    /// <summary>
    /// The fixer must register no action for any diagnostic of the test code: the library's "fixed state equals the
    /// test state", which means zero iterations and fails when an action is offered.
    /// </summary>
    public bool ExpectNoFix { get; set; }

    protected abstract CodeFixProvider GetCodeFixProvider();

    protected sealed override IEnumerable<CodeFixProvider> GetCodeFixProviders()
    {
        yield return GetCodeFixProvider();
    }

    protected override void ApplyFixedStates()
    {
        FixedState.Sources.Clear();
        FixedState.AdditionalFiles.Clear();
        FixedState.AnalyzerConfigFiles.Clear();
        FixedState.AdditionalReferences.Clear();
        FixedState.ExpectedDiagnostics.Clear();
        BatchFixedState.Sources.Clear();
        BatchFixedState.AdditionalFiles.Clear();
        BatchFixedState.AnalyzerConfigFiles.Clear();
        BatchFixedState.AdditionalReferences.Clear();
        BatchFixedState.ExpectedDiagnostics.Clear();

        if (ExpectNoFix)
        {
            FixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;
            return;
        }

        if (FixedCode is null)
        {
            throw new InvalidOperationException("Set FixedCode (or ExpectNoFix = true) in a code-fix test.");
        }

        if (GetCodeFixProvider().GetFixAllProvider() is null)
        {
            throw new InvalidOperationException($"{GetCodeFixProvider().GetType().Name} has no Fix-All provider: every fix must support Fix-All (dotnet format applies fixes through it).");
        }

        // Explicit states, so that the fixed code's markup alone (plus FixedExpectedDiagnostics) says what remains,
        // fixable diagnostics included, as the test reads.
        FillExpectedState(FixedState, FixedCode);
        if (FixAllFixedCode is not null)
        {
            FillExpectedState(BatchFixedState, FixAllFixedCode);
        }
    }

    private void FillExpectedState(SolutionState state, string code)
    {
        state.InheritanceMode = StateInheritanceMode.Explicit;
        state.MarkupHandling = MarkupMode.Allow;
        state.Sources.Add((FullPath(TestCodePath), code));
        foreach (var (path, content) in FixedSources.Count > 0 ? FixedSources : Sources)
        {
            state.Sources.Add((FullPath(path), content));
        }

        state.AdditionalFiles.AddRange(TestState.AdditionalFiles);
        state.AnalyzerConfigFiles.AddRange(TestState.AnalyzerConfigFiles);
        state.AdditionalReferences.AddRange(TestState.AdditionalReferences);
        state.ExpectedDiagnostics.AddRange(FixedExpectedDiagnostics.Select(d => d.ToLibraryResult()));
    }

    private void VerifyAppliedAction(CodeAction action, IVerifier verifier)
    {
        verifier.True(action.EquivalenceKey is not null, $"Action '{action.Title}' has no equivalence key: Fix-All and dotnet format need one.");
        if (CodeActionTitle is not null)
        {
            verifier.Equal(CodeActionTitle, action.Title, $"The applied action is titled '{action.Title}', expected '{CodeActionTitle}'.");
        }
    }
}
