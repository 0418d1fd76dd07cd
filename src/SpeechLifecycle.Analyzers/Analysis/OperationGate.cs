using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpeechLifecycle.Analyzers.Analysis;

/// <summary>Which operation routes a code block needs; anything else registers no operation action there.</summary>
[Flags]
internal enum OperationRoutes
{
    None = 0,

    /// <summary><c>EndpointId =</c>, <c>FromLanguage(…)</c>, <c>SetProperty(…)</c>: simple assignments and invocations.</summary>
    EndpointId = 1,

    /// <summary>Interpolated strings and <c>new Uri(a + b)</c> that complete a constant into a URI.</summary>
    Composition = 2,
}

/// <summary>
/// Decides per code block whether the binding routes can report anything there, so the driver makes no per-operation
/// callbacks (tens of thousands of invocations and assignments) in blocks that cannot (docs/performance.md, target 1).
/// The decision is a conservative text test, exact for what the routes can report:
/// <list type="bullet">
/// <item>The endpoint-ID routes report only on an assignment to <c>EndpointId</c> or a call to <c>FromLanguage</c> or
/// <c>SetProperty</c>, whose names stand in the file's text.</item>
/// <item>A composition reports only on a <c>const</c> initialised with a string literal that holds the whole model ID
/// (a GUID), and the composition names that constant. So a block qualifies when its text names such a constant
/// (declared in any tree of the compilation); where the rest of the URI comes from (this file, another file's
/// constants, a referenced assembly, an anchor split across pieces) does not matter.</item>
/// <item>A unicode escape (<c>\u…</c>) can spell any of those names differently: such a file gets every route.</item>
/// </list>
/// </summary>
internal sealed class OperationGate
{
    private static readonly string[] EndpointAnchors = { "EndpointId", "FromLanguage", "SetProperty" };

    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly Lazy<IdConstantNames> _names;
    private readonly ConcurrentDictionary<SyntaxTree, TreeFacts> _trees = new();

    public OperationGate(Compilation compilation, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _cancellationToken = cancellationToken;
        _names = new Lazy<IdConstantNames>(() => IdConstantNames.Collect(_compilation, _cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public OperationRoutes RoutesFor(ImmutableArray<IOperation> blocks)
    {
        var routes = OperationRoutes.None;
        foreach (var block in blocks)
        {
            var syntax = block.Syntax;
            var facts = _trees.GetOrAdd(syntax.SyntaxTree, tree => TreeFacts.Of(tree, _names.Value, _cancellationToken));
            if (facts.AllRoutes)
            {
                return OperationRoutes.EndpointId | OperationRoutes.Composition;
            }

            if (facts.EndpointAnchor)
            {
                routes |= OperationRoutes.EndpointId;
            }

            if (facts.NamesIdConstantWithin(syntax.FullSpan.Start, syntax.FullSpan.End))
            {
                routes |= OperationRoutes.Composition;
            }
        }

        return routes;
    }

    /// <summary>A 36-character 8-4-4-4-12 hex run anywhere in <paramref name="value"/> (looser than the recogniser: no boundary check).</summary>
    internal static bool ContainsGuidShape(string value)
    {
        for (var i = 0; i + 36 <= value.Length; i++)
        {
            if (value[i + 8] != '-' || value[i + 13] != '-' || value[i + 18] != '-' || value[i + 23] != '-')
            {
                continue;
            }

            var hex = true;
            for (var k = 0; k < 36 && hex; k++)
            {
                hex = k is 8 or 13 or 18 or 23 || IsHex(value[i + k]);
            }

            if (hex)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    // Identifier characters for splitting text into words: ASCII letters, digits and '_', and any non-ASCII character
    // that is not white space (so a non-ASCII identifier is never split; a word may come out longer, never shorter).
    private static bool IsWordChar(char c) =>
        c < 128 ? c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' : !char.IsWhiteSpace(c);

    private static int Hash(string text, int start, int end)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < end; i++)
            {
                hash = (hash ^ text[i]) * 16777619;
            }

            return hash;
        }
    }

    /// <summary>Names of the compilation's <c>const</c>s initialised with a string literal that holds a GUID.</summary>
    private sealed class IdConstantNames
    {
        private readonly HashSet<string> _names;
        private readonly HashSet<int> _hashes = new();

        private IdConstantNames(HashSet<string> names)
        {
            _names = names;
            foreach (var name in names)
            {
                _hashes.Add(Hash(name, 0, name.Length));
            }
        }

        public bool IsEmpty => _names.Count == 0;

        /// <summary>Ascending start positions of whole words of <paramref name="text"/> that are one of the names.</summary>
        public int[] FindWords(string text)
        {
            List<int>? uses = null;
            if (_names.Count <= 16)
            {
                // Few names (the usual case): a vectorised IndexOf per name beats splitting the text into words.
                foreach (var name in _names)
                {
                    for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                    {
                        if ((at == 0 || !IsWordChar(text[at - 1])) && (at + name.Length == text.Length || !IsWordChar(text[at + name.Length])))
                        {
                            (uses ??= new List<int>()).Add(at);
                        }
                    }
                }

                uses?.Sort();
                return uses?.ToArray() ?? Array.Empty<int>();
            }

            var i = 0;
            while (i < text.Length)
            {
                if (!IsWordChar(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                if (Contains(text, start, i))
                {
                    (uses ??= new List<int>()).Add(start);
                }
            }

            return uses?.ToArray() ?? Array.Empty<int>();
        }

        public bool Contains(string text, int start, int end) =>
            _hashes.Contains(Hash(text, start, end)) && _names.Contains(text.Substring(start, end - start));

        public static IdConstantNames Collect(Compilation compilation, CancellationToken cancellationToken)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
            {
                // Only the 'const' keywords are visited: found in the text, then located in the tree.
                var text = tree.GetText(cancellationToken).ToString();
                SyntaxNode? root = null;
                for (var at = text.IndexOf("const", StringComparison.Ordinal); at >= 0; at = text.IndexOf("const", at + 5, StringComparison.Ordinal))
                {
                    root ??= tree.GetRoot(cancellationToken);
                    var token = root.FindToken(at);
                    if (!token.IsKind(SyntaxKind.ConstKeyword) || token.SpanStart != at)
                    {
                        continue;
                    }

                    var declaration = token.Parent switch
                    {
                        FieldDeclarationSyntax field => field.Declaration,
                        LocalDeclarationStatementSyntax local => local.Declaration,
                        _ => null,
                    };
                    if (declaration is null)
                    {
                        continue;
                    }

                    foreach (var variable in declaration.Variables)
                    {
                        if (variable.Initializer?.Value is LiteralExpressionSyntax literal
                            && LiteralText.From(literal.Token) is { } value
                            && ContainsGuidShape(value.Value))
                        {
                            names.Add(variable.Identifier.ValueText);
                        }
                    }
                }
            }

            return new IdConstantNames(names);
        }
    }

    private sealed class TreeFacts
    {
        private static readonly int[] NoUses = Array.Empty<int>();

        private readonly int[] _idConstantUses;

        private TreeFacts(bool allRoutes, bool endpointAnchor, int[] idConstantUses)
        {
            AllRoutes = allRoutes;
            EndpointAnchor = endpointAnchor;
            _idConstantUses = idConstantUses;
        }

        public bool AllRoutes { get; }

        public bool EndpointAnchor { get; }

        public bool NamesIdConstantWithin(int start, int end)
        {
            // Positions are ascending: the first one at or after start decides.
            int lo = 0, hi = _idConstantUses.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (_idConstantUses[mid] < start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo < _idConstantUses.Length && _idConstantUses[lo] < end;
        }

        public static TreeFacts Of(SyntaxTree tree, IdConstantNames names, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken).ToString();
            if (text.IndexOf("\\u", StringComparison.Ordinal) >= 0 || text.IndexOf("\\U", StringComparison.Ordinal) >= 0)
            {
                return new TreeFacts(true, true, NoUses);
            }

            var endpointAnchor = false;
            foreach (var anchor in EndpointAnchors)
            {
                if (text.IndexOf(anchor, StringComparison.Ordinal) >= 0)
                {
                    endpointAnchor = true;
                    break;
                }
            }

            if (names.IsEmpty)
            {
                return new TreeFacts(false, endpointAnchor, NoUses);
            }

            var uses = names.FindWords(text);
            return new TreeFacts(false, endpointAnchor, uses);
        }
    }
}
