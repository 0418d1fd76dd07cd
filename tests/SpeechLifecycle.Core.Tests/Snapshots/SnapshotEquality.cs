using System.Reflection;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Core.Tests.Snapshots;

/// <summary>
/// Compares snapshots property by property through reflection, so a property added to LifecycleEntry later and
/// forgotten by the reader or writer makes the round-trip test fail.
/// </summary>
internal static class SnapshotEquality
{
    public static void AssertEquivalent(LifecycleSnapshot expected, LifecycleSnapshot actual)
    {
        Assert.Equal(expected.FormatVersion, actual.FormatVersion);
        AssertSameInstant(expected.GeneratedAt, actual.GeneratedAt, "generatedAt");
        Assert.Equal(expected.Generator, actual.Generator);
        AssertEntries(expected.Entries, actual.Entries, "entries");
        AssertEntries(expected.Candidates, actual.Candidates, "candidates");
    }

    private static void AssertEntries(List<LifecycleEntry> expected, List<LifecycleEntry> actual, string name)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var wanted in expected)
        {
            var match = actual.Single(e => e.Kind == wanted.Kind && e.Id == wanted.Id && e.Host == wanted.Host && e.Locale == wanted.Locale);
            foreach (var property in typeof(LifecycleEntry).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var path = $"{name} {wanted.Id} {property.Name}";
                var left = property.GetValue(wanted);
                var right = property.GetValue(match);
                switch (left)
                {
                    case DateTime date:
                        AssertSameInstant(date, (DateTime?)right, path);
                        break;
                    case EntityLink link:
                        var other = Assert.IsType<EntityLink>(right);
                        Assert.Equal((link.Kind, link.Id, link.Host), (other.Kind, other.Id, other.Host));
                        break;
                    default:
                        Assert.True(Equals(left, right), $"{path}: expected {left ?? "null"}, got {right ?? "null"}");
                        break;
                }
            }
        }
    }

    private static void AssertSameInstant(DateTime? expected, DateTime? actual, string path)
    {
        Assert.True(expected.HasValue == actual.HasValue, path);
        if (expected is { } left && actual is { } right)
        {
            Assert.Equal(left.Ticks, right.Ticks);
            Assert.Equal(DateTimeKind.Utc, right.Kind);
        }
    }
}
