using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks.Tests;

public sealed class ResponseParserTests
{
    private const string Host = "westus.api.cognitive.microsoft.com";

    [Fact]
    public void V30_model_without_features_reads_both_dates()
    {
        var entry = ResponseParser.ParseModel("""
            { "self": "https://westus.api.cognitive.microsoft.com/speechtotext/v3.0/models/base/8a043172-65b7-4cf3-a8b5-4449efa5a0f1",
              "displayName": "20200115", "locale": "en-US", "status": "Succeeded", "createdDateTime": "2020-01-15T10:00:00Z",
              "properties": { "deprecationDates": { "adaptationDateTime": "2021-01-15T00:00:00Z", "transcriptionDateTime": "2022-01-15T00:00:00Z" } } }
            """, ReferenceKind.BaseModel, Host);

        Assert.Equal(ReferenceKind.BaseModel, entry.Kind);
        Assert.Equal(Guid.Parse("8a043172-65b7-4cf3-a8b5-4449efa5a0f1"), entry.Id);
        Assert.Equal(new DateTime(2021, 1, 15), entry.AdaptationDateTime);
        Assert.Equal(new DateTime(2022, 1, 15), entry.TranscriptionDateTime);
        Assert.Equal(DateTimeKind.Utc, entry.TranscriptionDateTime!.Value.Kind);
        Assert.Equal("en-US", entry.Locale);
        Assert.Equal(new DateTime(2020, 1, 15, 10, 0, 0), entry.CreatedDateTime);
        Assert.True(entry.SupportsTranscriptions);
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z", true)]
    [InlineData("0001-01-01T00:00:00Z", true)]
    [InlineData("9999-12-31T23:00:00-05:00", false)]
    [InlineData("0001-01-01T00:00:00+05:00", false)]
    [InlineData("10000-01-01T00:00:00Z", false)]
    [InlineData("2026-02-30T00:00:00Z", false)]
    public void Dates_are_validated_where_they_enter_representable_or_a_malformed_answer(string created, bool valid)
    {
        var body = $$"""{ "self": "https://westus.api.cognitive.microsoft.com/speechtotext/models/base/8a043172-65b7-4cf3-a8b5-4449efa5a0f1", "locale": "en-US", "createdDateTime": "{{created}}" }""";

        if (valid)
        {
            Assert.Equal(DateTimeKind.Utc, ResponseParser.ParseModel(body, ReferenceKind.BaseModel, Host).CreatedDateTime!.Value.Kind);
        }
        else
        {
            // SpeechRestClient maps a FormatException to MalformedResponse: not cached, SPL9001/SPL9002.
            Assert.Throws<FormatException>(() => ResponseParser.ParseModel(body, ReferenceKind.BaseModel, Host));
        }
    }

    [Fact]
    public void V32_base_model_reads_features()
    {
        var entry = ResponseParser.ParseModel("""
            { "self": "https://westus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/e418c4a9-9937-4db7-b2c9-8afbff72d950",
              "links": { "manifest": "https://westus.api.cognitive.microsoft.com/speechtotext/v3.2/endpoints/manifest/e418c4a9-9937-4db7-b2c9-8afbff72d950" },
              "properties": { "deprecationDates": { "adaptationDateTime": "2025-04-15T00:00:00Z", "transcriptionDateTime": "2026-04-15T00:00:00Z" },
                "features": { "supportsTranscriptions": true, "supportsEndpoints": false, "supportsTranscriptionsOnSpeechContainers": false,
                              "supportedOutputFormats": ["Display"], "supportsAdaptationsWith": [] },
                "chargeForAdaptation": true },
              "displayName": "20240228 Whisper Large V2", "locale": "en-US", "createdDateTime": "2024-02-29T15:46:07Z", "status": "Succeeded" }
            """, ReferenceKind.BaseModel, Host);

        Assert.False(entry.SupportsEndpoints);
        Assert.False(entry.SupportsAdaptation);
        Assert.True(entry.SupportsTranscriptions);
        Assert.Equal(new DateTime(2026, 4, 15), entry.TranscriptionDateTime);
    }

    [Fact]
    public void V31_custom_model_reads_project_base_model_and_only_transcription_date()
    {
        var entry = ResponseParser.ParseModel("""
            { "self": "https://westus.api.cognitive.microsoft.com/speechtotext/v3.1/models/021a72d0-54c4-43d3-8254-27336ead9037",
              "baseModel": { "self": "https://westus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/1aae1070-7972-47e9-a977-87e3b05c457d" },
              "project": { "self": "https://westus.api.cognitive.microsoft.com/speechtotext/v3.1/projects/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" },
              "properties": { "deprecationDates": { "transcriptionDateTime": "2024-07-15T00:00:00Z" },
                "features": { "supportsTranscriptions": true, "supportsEndpoints": true } },
              "displayName": "Mine", "locale": "en-US", "createdDateTime": "2022-05-22T00:00:00Z" }
            """, ReferenceKind.CustomModel, Host);

        Assert.Equal(ReferenceKind.CustomModel, entry.Kind);
        Assert.Null(entry.AdaptationDateTime);
        Assert.Equal(new DateTime(2024, 7, 15), entry.TranscriptionDateTime);
        Assert.Equal("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", entry.Project);
        Assert.NotNull(entry.BaseModel);
        Assert.Equal(ReferenceKind.BaseModel, entry.BaseModel!.Kind);
        Assert.Equal(Guid.Parse("1aae1070-7972-47e9-a977-87e3b05c457d"), entry.BaseModel.Id);
        Assert.Equal(Host, entry.BaseModel.Host);
        Assert.False(entry.SupportsAdaptation);
    }

    [Fact]
    public void Query_version_model_reads_renamed_features_and_self_with_query()
    {
        var entry = ResponseParser.ParseModel("""
            { "links": { "manifest": "https://westus.api.cognitive.microsoft.com/speechtotext/models/base/827712a5-f942-4997-91c3-7c6cde35600b/manifest?api-version=2024-11-15" },
              "properties": { "deprecationDates": { "adaptationDateTime": "2022-11-04T00:00:00Z", "transcriptionDateTime": "2023-05-04T00:00:00Z" },
                "features": { "supportsAdaptationsWith": ["Language","Acoustic"], "supportsTranscriptionsSubmit": false,
                  "supportsTranscriptionsTranscribe": true, "supportsEndpoints": true }, "chargeForAdaptation": true },
              "self": "https://westus.api.cognitive.microsoft.com/speechtotext/models/base/827712a5-f942-4997-91c3-7c6cde35600b?api-version=2024-11-15",
              "displayName": "en-US Base model", "locale": "en-US", "createdDateTime": "2022-05-04T00:00:00Z", "status": "Succeeded" }
            """, ReferenceKind.BaseModel, Host);

        Assert.Equal(Guid.Parse("827712a5-f942-4997-91c3-7c6cde35600b"), entry.Id);
        Assert.False(entry.SupportsTranscriptions);
        Assert.True(entry.SupportsAdaptation);
        Assert.Equal(new DateTime(2023, 5, 4), entry.TranscriptionDateTime);
    }

    [Theory]
    [InlineData("https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/endpoints/9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.2/models/5b1f0c9e-2d7a-4c3b-8e6f-0a9d8c7b6e5f", ReferenceKind.CustomModel)]
    [InlineData("https://eastus.api.cognitive.microsoft.com/speechtotext/endpoints/9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b?api-version=2025-10-15", "https://eastus.api.cognitive.microsoft.com/speechtotext/models/base/5b1f0c9e-2d7a-4c3b-8e6f-0a9d8c7b6e5f?api-version=2025-10-15", ReferenceKind.BaseModel)]
    public void Endpoint_reads_its_model_link(string self, string model, ReferenceKind modelKind)
    {
        var entry = ResponseParser.ParseEndpoint($$"""
            { "self": "{{self}}", "model": { "self": "{{model}}" },
              "links": { "webSocket": "wss://eastus.stt.speech.microsoft.com/stt/speech/universal/v2?cid=9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b" },
              "properties": { "loggingEnabled": false }, "locale": "en-US", "displayName": "ep", "createdDateTime": "2024-06-02T00:00:00Z", "status": "Succeeded" }
            """, "eastus.api.cognitive.microsoft.com");

        Assert.Equal(ReferenceKind.Endpoint, entry.Kind);
        Assert.Equal(Guid.Parse("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"), entry.Id);
        Assert.Equal(modelKind, entry.Model!.Kind);
        Assert.Equal(Guid.Parse("5b1f0c9e-2d7a-4c3b-8e6f-0a9d8c7b6e5f"), entry.Model.Id);
        Assert.Null(entry.TranscriptionDateTime);
    }

    [Fact]
    public void Page_reads_values_and_next_link()
    {
        var models = ResponseParser.ParseModelPage("""
            { "values": [
                { "self": "https://h/speechtotext/models/base/8a043172-65b7-4cf3-a8b5-4449efa5a0f1?api-version=2025-10-15", "locale": "en-US" },
                { "self": "https://h/speechtotext/models/base/827712a5-f942-4997-91c3-7c6cde35600b?api-version=2025-10-15", "locale": "en-US" } ],
              "@nextLink": "https://h/speechtotext/models/base?skip=2&top=2&api-version=2025-10-15" }
            """, ReferenceKind.BaseModel, "h", out var next);

        Assert.Equal(2, models.Count);
        Assert.Equal("https://h/speechtotext/models/base?skip=2&top=2&api-version=2025-10-15", next);
    }

    [Fact]
    public void Last_page_has_no_next_link()
    {
        var models = ResponseParser.ParseModelPage("""{ "values": [], "@nextLink": null }""", ReferenceKind.BaseModel, "h", out var next);

        Assert.Empty(models);
        Assert.Null(next);
    }

    [Theory]
    [InlineData("""{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint."}}""", "401: Access denied due to invalid subscription key or wrong API endpoint.")]
    [InlineData("""{"code":"NotFound","message":"Entity cannot be found.","innerError":{"code":"NotFound","message":"x"}}""", "NotFound: Entity cannot be found. (NotFound)")]
    [InlineData("""{"code":"Unauthorized","message":"Authentication is required to access the resource.","innerError":null}""", "Unauthorized: Authentication is required to access the resource.")]
    public void Both_error_envelopes_are_read(string body, string expected) =>
        Assert.Equal(expected, ResponseParser.ParseErrorMessage(body));

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("[1,2]")]
    public void Non_envelope_error_bodies_give_no_message(string body) =>
        Assert.Null(ResponseParser.ParseErrorMessage(body));

    [Theory]
    [InlineData("""{ "displayName": "no self" }""")]
    [InlineData("""[ ]""")]
    [InlineData("""{ "self": "https://h/speechtotext/models/base/8a043172-65b7-4cf3-a8b5-4449efa5a0f1", "createdDateTime": "yesterday" }""")]
    public void Bodies_that_are_not_a_model_are_rejected(string body) =>
        Assert.ThrowsAny<FormatException>(() => ResponseParser.ParseModel(body, ReferenceKind.BaseModel, "h"));

    [Fact]
    public void Truncated_json_is_rejected() =>
        Assert.ThrowsAny<Exception>(() => ResponseParser.ParseModel("""{ "self": "https://h/speechtotext/models/""", ReferenceKind.BaseModel, "h"));
}
