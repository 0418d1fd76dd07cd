namespace SpeechLifecycle.Emulator;

public enum FaultKind
{
    Latency, TooManyRequests, ServerError, Hang, MalformedBody, OversizedBody, Redirect,

    /// <summary>200 with the whole Content-Length announced, then the body one byte per <see cref="FaultRule.Delay"/>.</summary>
    Trickle,

    /// <summary>200 with an HTML page, as a proxy or captive portal answers.</summary>
    HtmlBody,

    /// <summary>The normal answer, but a list page's <c>@nextLink</c> points at <see cref="FaultRule.RedirectTo"/> (another host).</summary>
    ForeignNextLink,
}

/// <summary>Makes matching requests misbehave the way a real network or service can.</summary>
public sealed class FaultRule
{
    /// <summary>Matched against the path and query (raw and decoded), ordinal, case-insensitive. Empty matches everything.</summary>
    public string PathContains { get; set; } = "";

    public FaultKind Kind { get; set; }

    /// <summary>Latency: delay, then answer normally.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>TooManyRequests: the Retry-After header, in seconds; null sends a 429 without Retry-After.</summary>
    public int? RetryAfterSeconds { get; set; } = 1;

    /// <summary>
    /// ServerError: any 5xx; 401, 403 and 404 are answered with the body the real service uses for them (a 404 storm
    /// answers <c>NotFound</c> for every entity).
    /// </summary>
    public int StatusCode { get; set; } = 500;

    /// <summary>
    /// 0 to 1: the share of matching requests the rule applies to, drawn from the injector's seeded random source so a
    /// run is repeatable; a request it skips goes on to the next rule. 1 (default) = every matching request.
    /// </summary>
    public double Probability { get; set; } = 1;

    /// <summary>Redirect: 307 with this Location. ForeignNextLink: the <c>@nextLink</c> written into list pages.</summary>
    public string? RedirectTo { get; set; }

    /// <summary>null = every matching request; n = only the next n.</summary>
    public int? Times { get; set; }
}

/// <summary>Thread-safe list of fault rules; the first matching rule that still has uses (and wins its draw) applies.</summary>
public sealed class FaultInjector
{
    private readonly object gate = new();
    private readonly List<ActiveRule> rules = new();
    private readonly Random random;

    /// <param name="seed">Seeds the draws of rules with a <see cref="FaultRule.Probability"/> below 1.</param>
    public FaultInjector(int seed = 0) => random = new Random(seed);

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
                    if (active.Rule.Probability < 1 && random.NextDouble() >= active.Rule.Probability)
                    {
                        continue;
                    }

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
