using System.Text.Json;

namespace SpeechLifecycle.Emulator.Tests;

public sealed class PagingAndFilterTests
{
    private static async Task<List<JsonElement>> FollowAllPagesAsync(HttpClient client, string firstUrl, List<string>? links = null)
    {
        var items = new List<JsonElement>();
        string? url = firstUrl;
        while (url is not null)
        {
            (int status, JsonElement page) = await client.GetJsonAsync(url);
            Assert.Equal(200, status);
            items.AddRange(page.GetProperty("values").EnumerateArray());
            url = page.TryGetProperty("@nextLink", out JsonElement next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            if (url is not null)
            {
                links?.Add(url);
            }
        }

        return items;
    }

    [Theory]
    [InlineData("?2025-10-15")]
    [InlineData("?2024-11-15")]
    [InlineData("v3.2")]
    [InlineData("v3.1")]
    public async Task NextLinks_FollowedToTheEnd_YieldEveryItemOnceOldestFirst(string version)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();
        var links = new List<string>();

        List<JsonElement> items = await FollowAllPagesAsync(client, RouteTests.Url(version, "models/base", "top=3"), links);

        Assert.Equal(SampleIds.BaseModelCount, items.Count);
        Assert.Equal(SampleIds.BaseModelCount, items.Select(SampleEmulator.IdOf).Distinct().Count());
        DateTimeOffset[] created = items.Select(i => i.GetProperty("createdDateTime").GetDateTimeOffset()).ToArray();
        Assert.Equal(created.Order().ToArray(), created);
        Assert.Equal(3, links.Count);
        Assert.All(links, link => Assert.StartsWith(emulator.BaseAddress.ToString(), link, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NextLink_CarriesSkipTopFilterAndApiVersion()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (_, JsonElement page) = await client.GetJsonAsync("speechtotext/models/base?api-version=2025-10-15&filter=locale%20eq%20'en-US'&top=2");

        Assert.Equal(
            $"{emulator.BaseAddress}speechtotext/models/base?skip=2&top=2&filter=locale%20eq%20'en-US'&api-version=2025-10-15",
            page.GetProperty("@nextLink").GetString());
    }

    [Fact]
    public async Task LastPage_HasNoNextLink()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (_, JsonElement page) = await client.GetJsonAsync("speechtotext/endpoints?api-version=2025-10-15&skip=3&top=2");

        Assert.Equal(2, page.GetProperty("values").GetArrayLength());
        Assert.False(page.TryGetProperty("@nextLink", out _));
    }

    [Fact]
    public async Task DefaultPageSize_Is100()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o => o.DataJson = "{}");
        for (int i = 0; i < 150; i++)
        {
            emulator.Data.AddOrReplace(new BaseModelEntity
            {
                Id = Guid.NewGuid(),
                Locale = "en-US",
                DisplayName = $"model {i}",
                CreatedDateTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i),
            });
        }

        using HttpClient client = emulator.CreateClient();
        var links = new List<string>();

        List<JsonElement> all = await FollowAllPagesAsync(client, "speechtotext/models/base?api-version=2025-10-15", links);

        Assert.Equal(150, all.Count);
        Assert.Equal(new[] { $"{emulator.BaseAddress}speechtotext/models/base?skip=100&top=100&api-version=2025-10-15" }, links);
        Assert.Equal("model 0", all[0].GetProperty("displayName").GetString());
    }

    [Theory]
    [InlineData("locale eq 'en-US'", SampleIds.EnglishBaseModelCount)]
    [InlineData("locale eq 'de-DE'", 3)]
    [InlineData("locale ne 'en-US'", 3)]
    [InlineData("displayName eq '20240228 Whisper Large V2'", 2)]
    [InlineData("status eq 'Succeeded'", SampleIds.BaseModelCount)]
    [InlineData("status eq 'NotStarted' or status eq 'Running'", 0)]
    [InlineData("locale eq 'en-US' and displayName eq '20261020'", 1)]
    [InlineData("locale eq 'de-DE' or (locale eq 'en-US' and createdDateTime gt 2026-01-01T00:00:00Z)", 5)]
    [InlineData("not (locale eq 'en-US')", 3)]
    [InlineData("createdDateTime lt 2023-01-01T00:00:00Z", 2)]
    public async Task Filter_SelectsMatchingEntities(string filter, int expected)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        List<JsonElement> items = await FollowAllPagesAsync(client, $"speechtotext/models/base?api-version=2025-10-15&top=2&filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(expected, items.Count);
    }

    [Theory]
    [InlineData("deprecationDates eq '2027-01-15'")]
    [InlineData("locale gt 'en-US'")]
    [InlineData("locale eq 'en-US")]
    [InlineData("locale eq")]
    public async Task UnsupportedFilter_Answers400(string filter)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync($"speechtotext/models/base?api-version=2025-10-15&filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(400, status);
        Assert.Equal("UnsupportedFilter", body.GetProperty("innerError").GetProperty("code").GetString());
    }

    [Fact]
    public async Task V3_0_IgnoresFilter()
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync(o => o.RetiredPathVersions.Clear());
        using HttpClient client = emulator.CreateClient();

        (_, JsonElement page) = await client.GetJsonAsync("speechtotext/v3.0/models/base?filter=locale%20eq%20'de-DE'");

        Assert.Equal(SampleIds.BaseModelCount, page.GetProperty("values").GetArrayLength());
    }

    [Theory]
    [InlineData("top=0")]
    [InlineData("top=abc")]
    [InlineData("skip=-1")]
    public async Task InvalidPaging_Answers400(string query)
    {
        await using SpeechEmulator emulator = await SampleEmulator.StartAsync();
        using HttpClient client = emulator.CreateClient();

        (int status, JsonElement body) = await client.GetJsonAsync($"speechtotext/models?api-version=2025-10-15&{query}");

        Assert.Equal(400, status);
        Assert.Equal("InvalidRequest", body.GetProperty("code").GetString());
    }
}
