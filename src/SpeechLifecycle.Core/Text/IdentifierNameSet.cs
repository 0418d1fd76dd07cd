using System;
using System.Collections.Generic;

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

    public int Count { get; }

    public bool Contains(string name) => name is not null && Find(name, 0, name.Length) is not null;

    /// <summary>Start positions of the whole-word occurrences of the set's names in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<int> FindIn(string text) => FindIn(text, 0, text?.Length ?? 0);

    /// <summary>As <see cref="FindIn(string)"/>, for the names that lie wholly inside <c>text[start..start+length]</c>.</summary>
    public IReadOnlyList<int> FindIn(string text, int start, int length)
    {
        if (Count == 0 || string.IsNullOrEmpty(text) || length <= 0)
        {
            return Array.Empty<int>();
        }

        if (start < 0 || length > text.Length - start)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        // A few names: the runtime's vectorised IndexOf per name beats reading every identifier of the file.
        return Count <= IndexOfPerNameLimit ? FindEachName(text, start, start + length) : ScanIdentifiers(text, start, start + length);
    }

    /// <summary>
    /// False when <paramref name="text"/> certainly spells every identifier plainly: C# allows <c>\uXXXX</c> and
    /// <c>\UXXXXXXXX</c> escapes in identifiers, which <see cref="FindIn"/> cannot see through.
    /// </summary>
    public static bool MayHoldEscapedIdentifier(string text) =>
        text is not null && (text.IndexOf("\\u", StringComparison.Ordinal) >= 0 || text.IndexOf("\\U", StringComparison.Ordinal) >= 0);

    private const int IndexOfPerNameLimit = 16;

    // Whole words are judged against the whole text, so a range boundary inside an identifier never makes a match.
    private List<int> FindEachName(string text, int start, int end)
    {
        var found = new List<int>();
        foreach (var bucket in _byHash.Values)
        {
            foreach (var name in bucket)
            {
                for (var at = text.IndexOf(name, start, end - start, StringComparison.Ordinal);
                     at >= 0;
                     at = at + name.Length < end ? text.IndexOf(name, at + name.Length, end - at - name.Length, StringComparison.Ordinal) : -1)
                {
                    if (at + name.Length <= end
                        && (at == 0 || !IsIdentifierChar(text[at - 1])) && (at + name.Length == text.Length || !IsIdentifierChar(text[at + name.Length])))
                    {
                        found.Add(at);
                    }
                }
            }
        }

        found.Sort();
        return found;
    }

    private List<int> ScanIdentifiers(string text, int start, int end)
    {
        var found = new List<int>();

        // Start at a word boundary: an identifier cut by the range's start is not a whole word inside it.
        var i = start;
        while (i > 0 && i < end && IsIdentifierChar(text[i - 1]) && IsIdentifierChar(text[i]))
        {
            i++;
        }

        while (i < end)
        {
            if (!IsIdentifierChar(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < text.Length && IsIdentifierChar(text[i]))
            {
                i++;
            }

            if (i <= end && i - wordStart <= _maxLength && Find(text, wordStart, i - wordStart) is not null)
            {
                found.Add(wordStart);
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
