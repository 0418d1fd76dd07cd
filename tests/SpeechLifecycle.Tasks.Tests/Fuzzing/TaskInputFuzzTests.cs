using System.Diagnostics;
using System.Globalization;
using System.Text;
using SpeechLifecycle.Json;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;
using Xunit.Abstractions;

namespace SpeechLifecycle.Tasks.Tests.Fuzzing;

/// <summary>
/// Fuzzes the task side's plain logic with mutated inputs: the project scanner (code and config files), the reference
/// recognizer, the snapshot reader (committed snapshot and cache files), the service response parser, <c>SpeechModel</c>
/// items and the knob validation. No exception may leave them except the ones their callers handle by contract
/// (<see cref="JsonParseException"/> from the config scanner, <see cref="JsonParseException"/>,
/// <see cref="FormatException"/> and <see cref="OverflowException"/> from the response parser: SpeechRestClient turns
/// those into a malformed answer). Seed and count as in the analyzer fuzzer (<c>SPL_FUZZ_SEED</c>, <c>SPL_FUZZ_COUNT</c>).
/// </summary>
public sealed class TaskInputFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20261206;
    private const int DefaultCount = 3_000;
    private const string Host = "eastus.api.cognitive.microsoft.com";

    private static readonly string[] Seeds =
    {
        $$"""var u = new Uri("https://{{Host}}/speechtotext/models/base/{{Seed.ExpiredBase}}?api-version=2025-10-15"); const string Id = "{{Seed.ExpiringCustom}}";""",
        $$"""config.EndpointId = "{{Seed.EndpointOnCustom}}"; var s = $"{host}/speechtotext/v3.1/models/{Id}"; var r = @"https://{{Host}}/stt/speech/recognition/conversation/cognitiveservices/v1?cid={{Seed.EndpointOnExpiredBase}}";""",
        $$""""var raw = """https://{{Host}}/speechtotext/endpoints/{{Seed.EndpointOnCustom}}"""; var u8 = "https://{{Host}}/speechtotext/models/{{Seed.ExpiringCustom}}"u8; // https://{{Host}}/speechtotext/models/{{Seed.Unknown}}"""",
        $$"""{ "Speech": { "EndpointId": "{{Seed.EndpointOnCustom}}", "ModelId": "{{Seed.ExpiredBase}}", "Model": { "self": "https://{{Host}}/speechtotext/models/{{Seed.ExpiringCustom}}" }, "baseModel": ["{{Seed.HealthyBase}}"] } }""",
        $$"""{ "self": "https://{{Host}}/speechtotext/models/base/{{Seed.ExpiredBase}}", "displayName": "x", "locale": "en-US", "createdDateTime": "9999-12-31T23:59:59Z", "properties": { "deprecationDates": { "adaptationDateTime": "2023-01-15T00:00:00Z", "transcriptionDateTime": "2024-01-15T00:00:00Z" }, "features": { "supportsTranscriptions": true } }, "baseModel": { "self": "https://{{Host}}/speechtotext/models/base/{{Seed.HealthyBase}}" }, "project": { "self": "https://{{Host}}/speechtotext/projects/{{Seed.Project}}" } }""",
        $$"""{ "values": [ { "self": "https://{{Host}}/speechtotext/endpoints/{{Seed.EndpointOnCustom}}", "model": { "self": "https://{{Host}}/speechtotext/models/{{Seed.ExpiringCustom}}" }, "locale": "en-US", "createdDateTime": "2024-06-02T00:00:00Z" } ], "@nextLink": "https://{{Host}}/speechtotext/models/base?skip=100" }""",
    };

    private static readonly string[] Troublemakers =
    {
        "\"", "\\", "{", "}", "[", "]", ":", ",", "\n", "\0", "\uD800", "\u2028", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00+05:00", "1e400",
        "99999999999999999999", "null", "true", "-", "speechtotext/", "models/", "base/", "?cid=", "/endpoints/", Seed.ExpiredBase.ToString(),
        "aaaabbbb-0000-cccc-1111-dddd2222eeee", "$\"", "\"\"\"", "@\"", "u8", "/*", "//", "#if X", "\\u0041", "%2F",
    };

    [Fact]
    public void Task_side_logic_survives_mutated_inputs()
    {
        var seed = Setting("SPL_FUZZ_SEED", DefaultSeed);
        var count = Setting("SPL_FUZZ_COUNT", DefaultCount);
        var start = Setting("SPL_FUZZ_START", 0);
        var snapshotSeed = SnapshotText();
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        for (var index = start; index < start + count; index++)
        {
            var random = new Random(unchecked((seed * 486187739) ^ (index * 16777619) ^ 0x2545f491));
            var text = Mutate(random, random.Next(4) == 0 ? snapshotSeed : Seeds[random.Next(Seeds.Length)]);
            try
            {
                Exercise(text, random);
            }
            catch (Exception ex)
            {
                failures.Add($"input {index} (replay: SPL_FUZZ_SEED={seed} SPL_FUZZ_START={index} SPL_FUZZ_COUNT=1): {ex.GetType().Name}: {ex.Message}\n  text: {Shorten(text)}\n  {ex.StackTrace?.Split('\n').FirstOrDefault()}");
            }
        }

        output.WriteLine($"task fuzz: seed {seed}, inputs {start}..{start + count - 1} ({count}), {failures.Count} failure(s), {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static void Exercise(string text, Random random)
    {
        ProjectReferenceScanner.ScanCodeFile(text);
        try
        {
            ProjectReferenceScanner.ScanConfig(text);
        }
        catch (JsonParseException)
        {
            // The task skips such a file with SPLT009.
        }

        foreach (var reference in ReferenceRecognizer.FindReferences(text))
        {
            ReferenceRewriter.ReplaceId(text, reference, Guid.NewGuid());
        }

        foreach (var path in ApiPathVersionFinder.Find(text))
        {
            if (path.IsCompleteUri)
            {
                ReferenceRewriter.ToCurrentApiVersion(text.Substring(path.CompleteUriStart, path.CompleteUriLength));
            }
        }

        // A snapshot that reads must also evaluate, write and read back (the cache round trip).
        if (LifecycleSnapshotReader.TryRead(text, out var snapshot, out _) && snapshot is not null)
        {
            var asOf = random.Next(3) switch { 0 => DateTime.MinValue, 1 => DateTime.MaxValue, _ => new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc) };
            var items = snapshot.Entries.Take(5).Select(e => SpeechModelItem.TryParse(e.Id.ToString(), e.Kind.ToString().Replace("Model", string.Empty, StringComparison.Ordinal).ToLowerInvariant(), out var item, out _) ? item : null).OfType<SpeechModelItem>().ToList();
            SpeechModelDiagnostics.Evaluate(items, snapshot, asOf, random.Next(2) == 0 ? 0 : int.MaxValue, "SPEECH_KEY", "https://" + Host).ToList();
            Assert.True(LifecycleSnapshotReader.TryRead(LifecycleSnapshotWriter.Write(snapshot), out _, out var error), error);
        }

        foreach (var parse in new Action[]
        {
            () => ResponseParser.ParseModel(text, ReferenceKind.BaseModel, Host),
            () => ResponseParser.ParseModel(text, ReferenceKind.CustomModel, Host),
            () => ResponseParser.ParseEndpoint(text, Host),
            () => ResponseParser.ParseModelPage(text, ReferenceKind.BaseModel, Host, out _),
            () => ResponseParser.ParseErrorMessage(text),
        })
        {
            try
            {
                parse();
            }
            catch (Exception ex) when (ex is JsonParseException or FormatException or OverflowException)
            {
                // SpeechRestClient: a malformed answer, not cached.
            }
        }

        var line = text.Length > 300 ? text.Substring(random.Next(text.Length - 300), 300) : text;
        SpeechModelItem.TryParse(line, random.Next(2) == 0 ? null : line, out _, out _);
        SpeechResource.TryParseAddress(line, out _, out _);
        var task = new ResolveSpeechLifecycle
        {
            CacheHours = line, WarningDays = line, TimeBudgetSeconds = line, AsOf = line, Enabled = line, Offline = line, ApiVersion = line,
            Endpoint = line, KeyVariable = line, CacheDirectory = line,
        };
        TaskSettings.Validate(task, out _);
    }

    private static string SnapshotText()
    {
        var snapshot = new LifecycleSnapshot { GeneratedAt = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc) };
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.BaseModel, Id = Seed.ExpiredBase, Host = Host, Locale = "en-US", DisplayName = "old", Lookup = LookupStatus.Resolved,
            CreatedDateTime = new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc), Origin = DataOrigin.Cache, FetchedAt = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc),
        });
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.Endpoint, Id = Seed.EndpointOnCustom, Host = Host, Lookup = LookupStatus.Resolved,
            Model = new EntityLink(ReferenceKind.CustomModel, Seed.ExpiringCustom, Host),
        });
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.CustomModel, Id = Seed.ExpiringCustom, Host = Host, Lookup = LookupStatus.Resolved, Locale = "en-US",
            CreatedDateTime = new DateTime(9998, 11, 30, 0, 0, 0, DateTimeKind.Utc), BaseModel = new EntityLink(ReferenceKind.BaseModel, Seed.ExpiredBase, Host),
        });
        snapshot.Entries.Add(new LifecycleEntry { Kind = ReferenceKind.Model, Id = Seed.Unknown, Lookup = LookupStatus.NotFound, Detail = "404" });
        snapshot.Candidates.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.BaseModel, Id = Seed.HealthyBase, Host = Host, Locale = "en-US", Lookup = LookupStatus.Resolved,
            TranscriptionDateTime = new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc), AdaptationDateTime = new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        });
        return LifecycleSnapshotWriter.Write(snapshot);
    }

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 9);
        for (var i = 0; i < edits && builder.Length > 0; i++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(6))
            {
                case 0:
                    builder.Remove(at, Math.Min(builder.Length - at, random.Next(1, 12)));
                    break;
                case 1:
                    builder.Insert(at, Troublemakers[random.Next(Troublemakers.Length)]);
                    break;
                case 2:
                    var length = Math.Min(builder.Length - at, random.Next(1, 60));
                    var copy = builder.ToString(at, length);
                    builder.Insert(random.Next(builder.Length), random.Next(10) == 0 ? string.Concat(Enumerable.Repeat(copy, random.Next(2, 300))) : copy);
                    break;
                case 3:
                    builder[at] = (char)random.Next(0x10000);
                    break;
                case 4:
                    builder.Length = at;
                    break;
                default:
                    var depth = random.Next(1, random.Next(10) == 0 ? 400 : 8);
                    builder.Insert(at, new string('[', depth)).Append(new string(']', depth));
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Shorten(string text) => text.Length > 300 ? text.Substring(0, 300) + "…" : text;

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
