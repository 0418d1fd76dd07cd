using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SpeechLifecycle.Text;

/// <summary>
/// A set of C# identifier names that can be searched for in source text in one pass, without allocating per
/// identifier: the analyzer uses it to find the few places in a file that name a constant holding a model ID, instead
/// of visiting every node of every file.
/// </summary>
/// <remarks>
/// Text-level and therefore approximate in the safe direction: every identifier spelled plainly in the text is found
/// (also inside strings and comments, which callers filter out with the syntax tree). Identifiers written with
/// unicode escapes (<c>\u0049d</c>) are not; callers handle those texts separately (<see cref="MayHoldEscapedIdentifier"/>).
/// </remarks>
public sealed class IdentifierNameSet
{
    private readonly Dictionary<int, List<string>> _byHash = new();
    private readonly int _maxLength;

    public IdentifierNameSet(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (string.IsNullOrEmpty(name) || Contains(name))
            {
                continue;
            }

            var hash = Hash(name, 0, name.Length);
            if (!_byHash.TryGetValue(hash, out var bucket))
            {
                _byHash[hash] = bucket = new List<string>(1);
            }

            bucket.Add(name);
            Count++;
            _maxLength = Math.Max(_maxLength, name.Length);
        }
    }

    public static IdentifierNameSet Empty { get; } = new(Array.Empty<string>());

    public int Count { get; }

    public bool Contains(string name) => name is not null && Find(name, 0, name.Length) is not null;

    /// <summary>Start positions of the whole-word occurrences of the set's names in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<int> FindIn(string text)
    {
        if (Count == 0 || string.IsNullOrEmpty(text))
        {
            return Array.Empty<int>();
        }

        // A few names: the runtime's vectorised IndexOf per name beats reading every identifier of the file.
        return Count <= IndexOfPerNameLimit ? FindEachName(text) : ScanIdentifiers(text);
    }

    /// <summary>
    /// False when <paramref name="text"/> certainly spells every identifier plainly: C# allows <c>\uXXXX</c> and
    /// <c>\UXXXXXXXX</c> escapes in identifiers, which <see cref="FindIn"/> cannot see through.
    /// </summary>
    public static bool MayHoldEscapedIdentifier(string text) =>
        text is not null && (text.IndexOf("\\u", StringComparison.Ordinal) >= 0 || text.IndexOf("\\U", StringComparison.Ordinal) >= 0);

    private const int IndexOfPerNameLimit = 16;

    private List<int> FindEachName(string text)
    {
        var found = new List<int>();
        foreach (var bucket in _byHash.Values)
        {
            foreach (var name in bucket)
            {
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    if ((at == 0 || !IsIdentifierChar(text[at - 1])) && (at + name.Length == text.Length || !IsIdentifierChar(text[at + name.Length])))
                    {
                        found.Add(at);
                    }
                }
            }
        }

        found.Sort();
        return found;
    }

    [MethodImpl(Jit.Optimized)]
    private List<int> ScanIdentifiers(string text)
    {
        var found = new List<int>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsIdentifierChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsIdentifierChar(text[i]))
            {
                i++;
            }

            if (i - start <= _maxLength && Find(text, start, i - start) is not null)
            {
                found.Add(start);
            }
        }

        return found;
    }

    private string? Find(string text, int start, int length)
    {
        if (!_byHash.TryGetValue(Hash(text, start, length), out var bucket))
        {
            return null;
        }

        foreach (var name in bucket)
        {
            if (name.Length == length && string.CompareOrdinal(text, start, name, 0, length) == 0)
            {
                return name;
            }
        }

        return null;
    }

    // ASCII letters, digits and '_'; every non-ASCII character counts too, so a run is never split inside an identifier
    // of another script (in code, a non-ASCII character next to an identifier is part of it).
    private static bool IsIdentifierChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c > 0x7f;

    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ text[i]) * 16777619;
            }

            return hash;
        }
    }
}
