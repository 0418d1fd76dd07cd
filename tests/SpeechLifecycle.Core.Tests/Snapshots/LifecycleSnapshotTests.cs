using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;
using static SpeechLifecycle.Core.Tests.Snapshots.SnapshotSamples;

namespace SpeechLifecycle.Core.Tests.Snapshots;

public sealed class LifecycleSnapshotTests
{
    private static readonly Guid ModelId = Guid.Parse("1aae1070-7972-47e9-a977-87e3b05c457d");

    private static LifecycleEntry Entry(ReferenceKind kind, string? host, string? name = null) =>
        new() { Kind = kind, Id = ModelId, Host = host, DisplayName = name ?? host };

    [Fact]
    public void Find_PrefersTheExactHost()
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(Entry(ReferenceKind.BaseModel, WestUs));
        snapshot.Entries.Add(Entry(ReferenceKind.BaseModel, EastUs));

        Assert.Equal(EastUs, snapshot.Find(ReferenceKind.BaseModel, ModelId, EastUs)!.Host);
        Assert.Equal(EastUs, snapshot.Find(ReferenceKind.BaseModel, ModelId, "EastUS.api.cognitive.microsoft.com")!.Host);
    }

    [Fact]
    public void Find_FallsBackToAnyHost()
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(Entry(ReferenceKind.BaseModel, WestUs));

        Assert.Equal(WestUs, snapshot.Find(ReferenceKind.BaseModel, ModelId, EastUs)!.Host);
        Assert.Equal(WestUs, snapshot.Find(ReferenceKind.BaseModel, ModelId, null)!.Host);
    }

    [Fact]
    public void Find_MatchesAnEntryStoredWithoutHost()
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(Entry(ReferenceKind.Endpoint, null, "bare"));

        Assert.Equal("bare", snapshot.Find(ReferenceKind.Endpoint, ModelId, EastUs)!.DisplayName);
        Assert.Equal("bare", snapshot.Find(ReferenceKind.Endpoint, ModelId, null)!.DisplayName);
    }

    [Theory]
    [InlineData(ReferenceKind.Model, ReferenceKind.BaseModel, true)]
    [InlineData(ReferenceKind.Model, ReferenceKind.CustomModel, true)]
    [InlineData(ReferenceKind.BaseModel, ReferenceKind.Model, true)]
    [InlineData(ReferenceKind.Model, ReferenceKind.Endpoint, false)]
    [InlineData(ReferenceKind.Endpoint, ReferenceKind.Model, false)]
    [InlineData(ReferenceKind.BaseModel, ReferenceKind.CustomModel, false)]
    [InlineData(ReferenceKind.Endpoint, ReferenceKind.CustomModel, false)]
    public void Find_MatchesKinds(ReferenceKind wanted, ReferenceKind stored, bool found)
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(Entry(stored, EastUs));

        Assert.Equal(found, snapshot.Find(wanted, ModelId, EastUs) is not null);
    }

    [Fact]
    public void Find_SearchesEntriesBeforeCandidates_AndCandidatesToo()
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Candidates.Add(Entry(ReferenceKind.BaseModel, EastUs, "candidate"));

        Assert.Equal("candidate", snapshot.Find(ReferenceKind.BaseModel, ModelId, EastUs)!.DisplayName);

        snapshot.Entries.Add(Entry(ReferenceKind.BaseModel, WestUs, "entry"));

        Assert.Equal("entry", snapshot.Find(ReferenceKind.BaseModel, ModelId, EastUs)!.DisplayName);
        Assert.Null(snapshot.Find(ReferenceKind.BaseModel, Guid.Parse("69adf293-9664-4040-932b-02ed16332e00"), EastUs));
    }

    [Fact]
    public void MergeFrom_KeepsEntriesAlreadyPresent_AndAddsTheRest()
    {
        var task = new LifecycleSnapshot { Generator = "task" };
        task.Entries.Add(Entry(ReferenceKind.BaseModel, EastUs, "from task"));
        var committed = new LifecycleSnapshot { Generator = "committed" };
        committed.Entries.Add(Entry(ReferenceKind.BaseModel, "EASTUS.api.cognitive.microsoft.com", "from committed"));
        committed.Entries.Add(Entry(ReferenceKind.BaseModel, WestUs, "other host"));
        committed.Entries.Add(Entry(ReferenceKind.CustomModel, EastUs, "other kind"));
        committed.Candidates.Add(Entry(ReferenceKind.BaseModel, EastUs, "candidate"));

        task.MergeFrom(committed);

        Assert.Equal("task", task.Generator);
        Assert.Equal(new[] { "from task", "other host", "other kind" }, task.Entries.Select(e => e.DisplayName));
        Assert.Equal("candidate", Assert.Single(task.Candidates).DisplayName);
    }

    [Fact]
    public void MergeFrom_IsIdempotent()
    {
        var target = Rich();
        target.MergeFrom(Rich());
        target.MergeFrom(Rich());

        Assert.Equal(LifecycleSnapshotWriter.Write(Rich()), LifecycleSnapshotWriter.Write(target));
    }
}
