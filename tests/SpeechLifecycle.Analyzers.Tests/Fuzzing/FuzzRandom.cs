namespace SpeechLifecycle.Analyzers.Tests.Fuzzing;

/// <summary>
/// The fuzzers' source of choices: one <see cref="Random"/> per input, derived from the run's seed and the input's
/// index, so any single input can be regenerated alone (<c>SPL_FUZZ_SEED</c> + <c>SPL_FUZZ_START</c>).
/// </summary>
public sealed class FuzzRandom
{
    private readonly Random _random;

    public FuzzRandom(int seed, int index)
    {
        // A fixed mix (not HashCode.Combine, which is randomised per process): the same input on every machine.
        unchecked
        {
            _random = new Random((seed * 486187739) ^ (index * 16777619) ^ 0x5bd1e995);
        }
    }

    public int Next(int maxExclusive) => maxExclusive <= 0 ? 0 : _random.Next(maxExclusive);

    public int Between(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    public bool Chance(int percent) => _random.Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public Guid Guid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>A character from anywhere in Unicode's BMP, or one of the troublemakers of C# and JSON text.</summary>
    public char AnyChar()
    {
        const string Troublemakers = "\"'\\{}$@/?&=#%:\r\n\t\0\u2028\u2029\uFEFF\uD800\uDC00\u00A0\u200B\u202E`<>[]()+-";
        return Chance(60) ? Troublemakers[Next(Troublemakers.Length)] : (char)Next(0x10000);
    }

    public string AnyText(int maxLength)
    {
        var length = Next(maxLength + 1);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = AnyChar();
        }

        return new string(chars);
    }

    /// <summary>A copy of <paramref name="text"/> with a few random edits: deletions, insertions, duplications, swaps, truncation.</summary>
    public string Mutate(string text, int edits)
    {
        var builder = new System.Text.StringBuilder(text);
        for (var i = 0; i < edits && builder.Length > 0; i++)
        {
            var at = Next(builder.Length);
            switch (Next(6))
            {
                case 0:
                    builder.Remove(at, Math.Min(builder.Length - at, Between(1, 8)));
                    break;
                case 1:
                    builder.Insert(at, AnyText(4));
                    break;
                case 2:
                    var length = Math.Min(builder.Length - at, Between(1, 40));
                    builder.Insert(Next(builder.Length), builder.ToString(at, length));
                    break;
                case 3:
                    builder[at] = AnyChar();
                    break;
                case 4:
                    builder.Length = at;
                    break;
                default:
                    var other = Next(builder.Length);
                    (builder[at], builder[other]) = (builder[other], builder[at]);
                    break;
            }
        }

        return builder.ToString();
    }
}
