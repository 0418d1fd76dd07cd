using SpeechLifecycle.Acceptances;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Core.Tests.Snapshots;

/// <summary>The optional <c>projects</c> (shared committed snapshots) and <c>acceptances</c> fields: written only when present, read back, old files unaffected.</summary>
public sealed class SharedAndAcceptanceFieldsTests
{
    private static readonly Guid Id = Guid.Parse("9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1");

    [Fact]
    public void A_snapshot_without_them_is_written_exactly_as_before()
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(new LifecycleEntry { Kind = ReferenceKind.CustomModel, Id = Id });

        var text = LifecycleSnapshotWriter.Write(snapshot);

        Assert.DoesNotContain("projects", text, StringComparison.Ordinal);
        Assert.DoesNotContain("acceptances", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Projects_and_acceptances_round_trip_in_a_stable_order()
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(new LifecycleEntry { Kind = ReferenceKind.CustomModel, Id = Id, Projects = new List<string> { "b/B.csproj", "A.csproj" } });
        snapshot.Acceptances.Add(new LifecycleAcceptance("z", ReferenceKind.Endpoint, Id, new DateTime(2027, 1, 31), "second", new[] { "SPL1005" }));
        snapshot.Acceptances.Add(new LifecycleAcceptance(Id.ToString(), ReferenceKind.Model, Id, new DateTime(2027, 1, 31), "first", LifecycleAcceptance.AcceptableRules));

        var text = LifecycleSnapshotWriter.Write(snapshot);
        Assert.True(LifecycleSnapshotReader.TryRead(text, out var read, out var error), error);

        Assert.Equal(new[] { "A.csproj", "b/B.csproj" }, read!.Entries[0].Projects);
        Assert.Equal(new[] { ReferenceKind.Endpoint, ReferenceKind.Model }, read.Acceptances.Select(a => a.Kind));
        Assert.Equal("2027-01-31", read.Acceptances[0].UntilText);
        Assert.Equal(new[] { "SPL1005" }, read.Acceptances[0].Rules);
        Assert.Equal(7, read.Acceptances[1].Rules.Count);
        Assert.Equal(text, LifecycleSnapshotWriter.Write(read));
    }

    [Theory]
    [InlineData("""{ "reference": "x", "kind": "customModel", "id": "9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1", "until": "31.01.2027", "reason": "r" }""", "acceptances[0].until")]
    [InlineData("""{ "reference": "x", "kind": "customModel", "id": "9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1", "until": "2027-01-31" }""", "has no \"reason\"")]
    [InlineData("""{ "kind": "voice", "id": "9e240dc1-3b53-4f7e-8a2c-6c7fd8e0b6a1", "until": "2027-01-31", "reason": "r" }""", "acceptances[0].kind")]
    public void A_malformed_acceptance_fails_loudly_naming_the_field(string acceptance, string expected)
    {
        var text = $$"""{ "formatVersion": 1, "acceptances": [ {{acceptance}} ] }""";

        Assert.False(LifecycleSnapshotReader.TryRead(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Acceptance_is_active_before_Until_and_its_note_says_when_it_ended()
    {
        var acceptance = new LifecycleAcceptance("x", ReferenceKind.CustomModel, Id, new DateTime(2027, 1, 31), "Vendor contract", LifecycleAcceptance.AcceptableRules);

        Assert.True(acceptance.IsActiveOn(new DateTime(2027, 1, 30)));
        Assert.False(acceptance.IsActiveOn(new DateTime(2027, 1, 31)));
        Assert.Equal(" (accepted until 2027-01-31: Vendor contract)", acceptance.MessageNote(new DateTime(2027, 1, 30)));
        Assert.Equal(" (accepted until 2027-01-31: Vendor contract; that acceptance has ended)", acceptance.MessageNote(new DateTime(2027, 2, 1)));
    }
}
