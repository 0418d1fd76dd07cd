using System.Globalization;

namespace SpeechLifecycle.Benchmarks;

/// <summary><c>command --name value ...</c>; unknown names are an error so a typo cannot silently change a run.</summary>
public sealed class SuiteArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public SuiteArguments(IReadOnlyList<string> args)
    {
        Command = args.Count > 0 ? args[0] : "help";
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"expected --name value, got '{args[i]}'");
            }

            _options[args[i][2..]] = args[++i];
        }
    }

    public string Command { get; }

    public string? Text(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var value) ? value : null;
    }

    public string Required(string name) => Text(name) ?? throw new ArgumentException($"--{name} is required");

    public int Number(string name, int fallback) =>
        Text(name) is { } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;

    public IReadOnlyList<int> Numbers(string name, params int[] fallback) =>
        Text(name) is { } text ? text.Split(',').Select(t => int.Parse(t, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray() : fallback;

    /// <summary>Call after reading every option.</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}");
        }
    }
}
