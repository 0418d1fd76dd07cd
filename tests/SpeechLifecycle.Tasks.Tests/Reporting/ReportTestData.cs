using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;
using SpeechLifecycle.Tasks.Reporting;

namespace SpeechLifecycle.Tasks.Tests.Reporting;

/// <summary>A small snapshot in the samples' shape (en-US, eastus) and helpers to build a report from source texts.</summary>
internal static class ReportTestData
{
    public const string Host = "eastus.api.cognitive.microsoft.com";
    public static readonly DateTime AsOf = new(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc);

    public static readonly Guid ExpiredBase = Guid.Parse("1aae1070-7972-47e9-a977-87e3b05c457d");
    public static readonly Guid NewestBase = Guid.Parse("e3ef2040-4845-44c6-80c2-cc5ff8001c7a");
    public static readonly Guid ExpiringCustom = Guid.Parse("d669666d-2c1c-43be-90e1-d9f030a2021d");
    public static readonly Guid HealthyCustom = Guid.Parse("e9aab48e-571d-4ddc-9694-827e9690deea");
    public static readonly Guid ExpiredEndpoint = Guid.Parse("8403fae2-354d-4000-afc9-10112fc90c3c");
    public static readonly Guid ExpiredCustom = Guid.Parse("9c9cf17e-a36a-4d78-b716-dd252c0a3477");
    public static readonly Guid MissingModel = Guid.Parse("0b7f8e62-5a3c-4d1e-9f20-6c4b3a2d1e0f");
    public static readonly Guid VoiceEndpoint = Guid.Parse("29171cfb-095d-4a40-8ab5-279aacb4181a");

    public static string BaseUri(Guid id) => $"https://{Host}/speechtotext/models/base/{id:D}?api-version=2025-10-15";

    public static string CustomUri(Guid id) => $"https://{Host}/speechtotext/models/{id:D}?api-version=2025-10-15";

    public static LifecycleSnapshot Snapshot(string expiredBaseName = "20210831 + Audio file adaptation")
    {
        var snapshot = new LifecycleSnapshot();
        snapshot.Entries.Add(Model(ReferenceKind.BaseModel, ExpiredBase, expiredBaseName, new DateTime(2024, 1, 15), new DateTime(2023, 1, 15)));
        snapshot.Entries.Add(Model(ReferenceKind.CustomModel, ExpiringCustom, "Contoso call center 2025-01", new DateTime(2027, 1, 15), null));
        snapshot.Entries.Add(Model(ReferenceKind.CustomModel, ExpiredCustom, "Contoso call center 2024-05", new DateTime(2026, 7, 15), null));
        snapshot.Entries.Add(Model(ReferenceKind.CustomModel, HealthyCustom, "Contoso call center 2026-09", new DateTime(2028, 10, 15), null));
        snapshot.Entries.Add(new LifecycleEntry
        {
            Kind = ReferenceKind.Endpoint,
            Id = ExpiredEndpoint,
            Host = Host,
            Locale = "en-US",
            DisplayName = "Contoso call center (2024-05 model)",
            Model = new EntityLink(ReferenceKind.CustomModel, ExpiredCustom, Host),
            Lookup = LookupStatus.Resolved,
            Origin = DataOrigin.Snapshot,
        });
        snapshot.Entries.Add(new LifecycleEntry { Kind = ReferenceKind.CustomModel, Id = MissingModel, Host = Host, Lookup = LookupStatus.NotFound, Origin = DataOrigin.Cache });
        snapshot.Candidates.Add(Model(ReferenceKind.BaseModel, NewestBase, "20261020", new DateTime(2029, 1, 15), new DateTime(2028, 1, 15)));
        return snapshot;
    }

    public static LifecycleEntry Model(ReferenceKind kind, Guid id, string name, DateTime transcription, DateTime? adaptation) => new()
    {
        Kind = kind,
        Id = id,
        Host = Host,
        Locale = "en-US",
        DisplayName = name,
        Project = kind == ReferenceKind.CustomModel ? "contoso" : null,
        CreatedDateTime = DateTime.SpecifyKind(transcription.AddYears(-2), DateTimeKind.Utc),
        TranscriptionDateTime = DateTime.SpecifyKind(transcription, DateTimeKind.Utc),
        AdaptationDateTime = adaptation is { } date ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : null,
        SupportsAdaptation = kind == ReferenceKind.BaseModel,
        Lookup = LookupStatus.Resolved,
        Origin = DataOrigin.Snapshot,
    };

    /// <summary>Sources that reference everything in <see cref="Snapshot"/> once, with known lines.</summary>
    public static (List<SourceText> Code, List<SourceText> Config) Sources(string root)
    {
        var code = new List<SourceText>
        {
            new(Path.Combine(root, "App", "Client.cs"), $$"""
                namespace App;
                public static class Client
                {
                    public static object Expired = new { model = new { self = "{{BaseUri(ExpiredBase)}}" } };
                    public static object Training = new { baseModel = new { self = "{{BaseUri(ExpiredBase)}}" } };
                    public const string Soon = "{{CustomUri(ExpiringCustom)}}";
                    public const string Fine = "{{CustomUri(HealthyCustom)}}";
                    public const string Gone = "{{CustomUri(MissingModel)}}";
                }
                """),
            new(Path.Combine(root, "App", "Recognition.cs"), $$"""
                namespace App;
                public static class Recognition
                {
                    public static void Run(dynamic config, dynamic voice)
                    {
                        config.EndpointId = "{{ExpiredEndpoint:D}}";
                        voice.EndpointId = "{{VoiceEndpoint:D}}";
                    }
                }
                """),
        };
        var config = new List<SourceText>
        {
            new(Path.Combine(root, "App", "appsettings.json"), $$"""
                {
                  "Speech": {
                    "CustomModelId": "{{ExpiredCustom:D}}"
                  }
                }
                """),
        };
        return (code, config);
    }

    public static ProjectReport Project(string root, string name = "App", LifecycleSnapshot? snapshot = null, IReadOnlyList<ReportAcceptance>? acceptances = null, DateTime? asOf = null)
    {
        var (code, config) = Sources(root);
        var located = ReferenceLocator.Locate(code, config, Array.Empty<SpeechModelItem>(), null, root);
        var builder = new ReportBuilder(snapshot ?? Snapshot(), asOf ?? AsOf, 90, "SPEECH_KEY", "https://" + Host);
        var projectFile = Path.Combine(root, name, name + ".csproj");
        return builder.Build(name, ReferenceLocator.RelativePath(root, projectFile), projectFile, located, acceptances ?? Array.Empty<ReportAcceptance>());
    }

    public static LifecycleReport Report(params ProjectReport[] projects)
    {
        var report = new LifecycleReport();
        report.Projects.AddRange(projects);
        return report;
    }
}
