using System.Runtime.CompilerServices;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;
using static SpeechLifecycle.Core.Tests.Snapshots.SnapshotSamples;

namespace SpeechLifecycle.Core.Tests.Snapshots;

public sealed class LifecycleSnapshotFormatTests
{
    [Fact]
    public void RichSnapshot_RoundTrips()
    {
        var original = Rich();

        var text = LifecycleSnapshotWriter.Write(original);

        Assert.True(LifecycleSnapshotReader.TryRead(text, out var read, out var error), error);
        SnapshotEquality.AssertEquivalent(original, read!);
    }

    [Fact]
    public void WritingWhatWasRead_GivesTheSameText()
    {
        var text = LifecycleSnapshotWriter.Write(Rich());

        Assert.True(LifecycleSnapshotReader.TryRead(text, out var read, out _));
        Assert.Equal(text, LifecycleSnapshotWriter.Write(read!));
    }

    [Fact]
    public void Output_DoesNotDependOnInsertionOrder()
    {
        var forward = Rich();
        var backward = Rich();
        backward.Entries.Reverse();
        backward.Candidates.Reverse();

        Assert.Equal(LifecycleSnapshotWriter.Write(forward), LifecycleSnapshotWriter.Write(backward));
    }

    [Fact]
    public void Entries_AreSortedByKindHostId_AndCandidatesByLocaleHostId()
    {
        Assert.True(LifecycleSnapshotReader.TryRead(LifecycleSnapshotWriter.Write(Rich()), out var read, out _));

        Assert.Equal(
            new[] { "BaseModel -", "BaseModel eastus.api.cognitive.microsoft.com", "CustomModel eastus.api.cognitive.microsoft.com", "Endpoint westus.api.cognitive.microsoft.com", "Model -" },
            read!.Entries.Select(e => $"{e.Kind} {e.Host ?? "-"}"));
        Assert.Equal(new[] { "de-DE", "en-US" }, read.Candidates.Select(e => e.Locale));
    }

    [Fact]
    public void Output_IsIndentedUtcAndEndsWithANewline()
    {
        var text = LifecycleSnapshotWriter.Write(Rich());

        Assert.StartsWith("{\n  \"formatVersion\": 1,\n  \"generatedAt\": \"2026-11-21T09:30:00.1234567Z\",\n", text, StringComparison.Ordinal);
        Assert.Contains("\"transcriptionDateTime\": \"2024-01-15T00:00:00Z\"", text, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"customModel\"", text, StringComparison.Ordinal);
        Assert.Contains("\"unavailableReason\": \"noKeyForHost\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalAndUnspecifiedDates_AreWrittenAsUtc()
    {
        var snapshot = new LifecycleSnapshot { GeneratedAt = new DateTime(2026, 4, 15, 12, 0, 0, DateTimeKind.Unspecified) };
        var local = new DateTime(2026, 4, 15, 12, 0, 0, DateTimeKind.Local);
        snapshot.Entries.Add(new LifecycleEntry { Id = Guid.Parse("1aae1070-7972-47e9-a977-87e3b05c457d"), TranscriptionDateTime = local });

        var text = LifecycleSnapshotWriter.Write(snapshot);

        Assert.Contains("\"generatedAt\": \"2026-04-15T12:00:00Z\"", text, StringComparison.Ordinal);
        Assert.Contains($"\"transcriptionDateTime\": \"{local.ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss}Z\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentationExample_IsAValidSnapshot()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "snapshot-format.md"));
        var start = doc.IndexOf("```json\n", StringComparison.Ordinal) + 8;
        var example = doc.Substring(start, doc.IndexOf("```", start, StringComparison.Ordinal) - start);

        Assert.True(LifecycleSnapshotReader.TryRead(example, out var snapshot, out var error), error);
        Assert.Equal(3, snapshot!.Entries.Count);
        Assert.Equal(UnavailableReason.NoKeyForHost, snapshot.Entries[2].UnavailableReason);
        Assert.Equal(Utc(2026, 4, 15), snapshot.Candidates[0].TranscriptionDateTime);
    }

    [Theory]
    [InlineData("noKeyForHost", UnavailableReason.NoKeyForHost)]
    [InlineData("noCredentialForHost", UnavailableReason.NoCredentialForHost)]
    public void UnavailableReasons_OfBeforeAndAfterTokens_AreRead_AndWrittenBack(string text, UnavailableReason reason)
    {
        var json = $$"""{ "formatVersion": 1, "entries": [ { "kind": "endpoint", "id": "4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91", "lookup": "unavailable", "unavailableReason": "{{text}}" } ] }""";

        Assert.True(LifecycleSnapshotReader.TryRead(json, out var snapshot, out var error), error);
        Assert.Equal(reason, snapshot!.Entries[0].UnavailableReason);
        Assert.Contains($"\"unavailableReason\": \"{text}\"", LifecycleSnapshotWriter.Write(snapshot), StringComparison.Ordinal);
    }

    [Fact]
    public void MinimalEntry_TakesTheDocumentedDefaults()
    {
        const string text = """{ "formatVersion": 1, "entries": [ { "kind": "endpoint", "id": "4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91" } ] }""";

        Assert.True(LifecycleSnapshotReader.TryRead(text, out var snapshot, out var error), error);
        var entry = Assert.Single(snapshot!.Entries);
        Assert.Empty(snapshot.Candidates);
        Assert.Null(snapshot.GeneratedAt);
        Assert.Null(entry.Host);
        Assert.Null(entry.TranscriptionDateTime);
        Assert.Null(entry.Model);
        Assert.False(entry.DatesEstimated);
        Assert.True(entry.SupportsTranscriptions && entry.SupportsEndpoints && entry.SupportsAdaptation);
        Assert.Equal(DataOrigin.Snapshot, entry.Origin);
        Assert.Equal(LookupStatus.Resolved, entry.Lookup);
        Assert.Equal(UnavailableReason.None, entry.UnavailableReason);
        Assert.False(entry.IsStale);
    }

    [Fact]
    public void UnknownFields_AreIgnored_AndNullsMeanAbsent()
    {
        const string text = """
            {
              "formatVersion": 1,
              "futureTopLevel": { "anything": [1, 2] },
              "entries": [
                {
                  "kind": "BaseModel", "id": "1AAE1070-7972-47E9-A977-87E3B05C457D", "host": "EastUS.api.cognitive.microsoft.com",
                  "transcriptionDateTime": "2024-01-15", "adaptationDateTime": "2023-01-15T01:00:00+01:00",
                  "locale": null, "model": null, "stale": null,
                  "futureField": "ignored"
                }
              ],
              "candidates": null
            }
            """;

        Assert.True(LifecycleSnapshotReader.TryRead(text, out var snapshot, out var error), error);
        var entry = Assert.Single(snapshot!.Entries);
        Assert.Equal(ReferenceKind.BaseModel, entry.Kind);
        Assert.Equal(Guid.Parse("1aae1070-7972-47e9-a977-87e3b05c457d"), entry.Id);
        Assert.Equal(EastUs, entry.Host);
        Assert.Equal(Utc(2024, 1, 15), entry.TranscriptionDateTime);
        Assert.Equal(Utc(2023, 1, 15), entry.AdaptationDateTime);
        Assert.Null(entry.Locale);
        Assert.False(entry.IsStale);
    }

    [Fact]
    public void NewerFormatVersion_FailsWithAClearMessage()
    {
        Assert.False(LifecycleSnapshotReader.TryRead("{ \"formatVersion\": 2, \"entries\": [] }", out var snapshot, out var error));

        Assert.Null(snapshot);
        Assert.Contains("format version 2", error, StringComparison.Ordinal);
        Assert.Contains("(1)", error, StringComparison.Ordinal);
        Assert.Contains("update SpeechLifecycle.Analyzers", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"formatVersion\": 1, \"entries\": [ }", "not valid JSON", 1)]
    [InlineData("", "not valid JSON", 1)]
    [InlineData("[]", "must be a JSON object", 1)]
    [InlineData("{ \"entries\": [] }", "no \"formatVersion\"", 1)]
    [InlineData("{ \"formatVersion\": \"1\" }", "whole number", 1)]
    [InlineData("{ \"formatVersion\": 1.5 }", "whole number", 1)]
    [InlineData("{ \"formatVersion\": 0 }", "does not exist", 1)]
    [InlineData("{ \"formatVersion\": 1,\n \"entries\": {} }", "\"entries\" must be an array", 2)]
    [InlineData("{ \"formatVersion\": 1,\n \"entries\": [ 5 ] }", "entries[0] must be an object", 2)]
    [InlineData("{ \"formatVersion\": 1,\n \"entries\": [\n { \"id\": \"4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91\" } ] }", "entries[0] has no \"kind\"", 3)]
    [InlineData("{ \"formatVersion\": 1,\n \"entries\": [\n { \"kind\": \"endpoint\" } ] }", "entries[0] has no \"id\"", 3)]
    [InlineData("{ \"formatVersion\": 1,\n \"entries\": [\n { \"kind\": \"endpoint\",\n \"id\": \"4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e9\" } ] }", "entries[0].id: \"4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e9\" is not a GUID", 4)]
    [InlineData("{ \"formatVersion\": 1,\n \"entries\": [\n { \"kind\": \"voice\", \"id\": \"4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91\" } ] }", "entries[0].kind: \"voice\" is not one of: baseModel, customModel, endpoint, model", 3)]
    [InlineData("{ \"formatVersion\": 1,\n \"entries\": [\n { \"kind\": \"1\", \"id\": \"4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91\" } ] }", "entries[0].kind: \"1\" is not one of", 3)]
    [InlineData("{ \"formatVersion\": 1,\n \"candidates\": [\n { \"kind\": \"baseModel\", \"id\": \"4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91\",\n \"transcriptionDateTime\": \"15/04/2026\" } ] }", "candidates[0].transcriptionDateTime: \"15/04/2026\" is not an ISO-8601 date", 4)]
    [InlineData("{ \"formatVersion\": 1,\n \"entries\": [\n { \"kind\": \"endpoint\", \"id\": \"4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91\",\n \"stale\": \"yes\" } ] }", "entries[0].stale must be true or false", 4)]
    [InlineData("{ \"formatVersion\": 1,\n \"entries\": [\n { \"kind\": \"endpoint\", \"id\": \"4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91\",\n \"locale\": 5 } ] }", "entries[0].locale must be a string", 4)]
    [InlineData("{ \"formatVersion\": 1,\n \"entries\": [\n { \"kind\": \"endpoint\", \"id\": \"4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91\",\n \"lookup\": \"gone\" } ] }", "entries[0].lookup: \"gone\" is not one of: resolved, notFound, unavailable", 4)]
    [InlineData("{ \"formatVersion\": 1,\n \"entries\": [\n { \"kind\": \"endpoint\", \"id\": \"4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91\",\n \"model\": { \"kind\": \"customModel\" } } ] }", "entries[0].model has no \"id\"", 4)]
    [InlineData("{ \"formatVersion\": 1,\n \"generatedAt\": \"yesterday\" }", "generatedAt: \"yesterday\" is not an ISO-8601 date", 2)]
    public void CorruptSnapshot_FailsWithAMessageNamingTheProblemAndLine(string text, string problem, int line)
    {
        Assert.False(LifecycleSnapshotReader.TryRead(text, out var snapshot, out var error));

        Assert.Null(snapshot);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.Contains($"line {line},", error, StringComparison.Ordinal);
    }

    [Fact]
    public void NullText_FailsWithoutThrowing()
    {
        Assert.False(LifecycleSnapshotReader.TryRead(null!, out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void MutatedSnapshots_NeverThrow()
    {
        var text = LifecycleSnapshotWriter.Write(Rich());
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var chars = text.ToCharArray();
            for (var e = 0; e < 3; e++)
            {
                chars[random.Next(chars.Length)] = "{}[]\":,0a-Z \n"[random.Next(13)];
            }

            var ok = LifecycleSnapshotReader.TryRead(new string(chars), out var snapshot, out var error);

            Assert.Equal(ok, snapshot is not null);
            Assert.Equal(ok, error is null);
        }
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
