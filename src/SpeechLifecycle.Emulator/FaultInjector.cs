namespace SpeechLifecycle.Emulator;

public enum FaultKind { Latency, TooManyRequests, ServerError, Hang, MalformedBody, OversizedBody, Redirect }

/// <summary>Makes matching requests misbehave the way a real network or service can.</summary>
public sealed class FaultRule
{
    /// <summary>Matched against the path and query (raw and decoded), ordinal, case-insensitive. Empty matches everything.</summary>
    public string PathContains { get; set; } = "";

    public FaultKind Kind { get; set; }

    /// <summary>Latency: delay, then answer normally.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>TooManyRequests: the Retry-After header, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>ServerError: any 5xx; 401 and 403 are answered with the envelope the real service uses for them.</summary>
    public int StatusCode { get; set; } = 500;

    /// <summary>Redirect: 307 with this Location.</summary>
    public string? RedirectTo { get; set; }

    /// <summary>null = every matching request; n = only the next n.</summary>
    public int? Times { get; set; }
}

/// <summary>Thread-safe list of fault rules; the first matching rule that still has uses applies.</summary>
public sealed class FaultInjector
{
    private readonly object gate = new();
    private readonly List<ActiveRule> rules = new();

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (gate)
        {
            rules.Add(new ActiveRule(rule, rule.Times));
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }
    }

    internal FaultRule? Take(string pathAndQuery)
    {
        string decoded = Uri.UnescapeDataString(pathAndQuery);
        lock (gate)
        {
            foreach (ActiveRule active in rules)
            {
                if (active.Remaining is <= 0)
                {
                    continue;
                }

                if (pathAndQuery.Contains(active.Rule.PathContains, StringComparison.OrdinalIgnoreCase)
                    || decoded.Contains(active.Rule.PathContains, StringComparison.OrdinalIgnoreCase))
                {
                    if (active.Remaining is not null)
                    {
                        active.Remaining--;
                    }

                    return active.Rule;
                }
            }
        }

        return null;
    }

    private sealed class ActiveRule(FaultRule rule, int? remaining)
    {
        public FaultRule Rule { get; } = rule;

        public int? Remaining { get; set; } = remaining;
    }
}
