namespace SpeechLifecycle.Benchmarks.Reporting;

/// <summary>
/// One measured figure of a target: a ratio (or a rate) from one run, the limit the issue sets for it, and whether it
/// met it. <see cref="Detail"/> keeps the raw numbers the ratio came from.
/// </summary>
public sealed record Finding(string Target, string Metric, double Value, string Unit, double Limit, bool LowerIsBetter, string Detail)
{
    public bool Met => double.IsNaN(Value) ? false : LowerIsBetter ? Value <= Limit : Value >= Limit;
}
