using System.Globalization;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;
using Fields = SpeechLifecycle.Snapshots.SnapshotFields;

namespace SpeechLifecycle.Core.Tests.Snapshots;

public sealed class SnapshotFieldsParsingTests
{
    /// <summary>
    /// The formats SnapshotFields.TryParseDate accepts besides its fast path, copied as the expected behaviour: whatever
    /// the fast path does, the answer must be the one the general parser gives with these formats.
    /// </summary>
    private static readonly string[] GeneralDateFormats =
    {
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd",
    };

    public static TheoryData<string> Dates => new()
    {
        // The written form (fast path), valid.
        "2026-11-21T10:00:00Z",
        "2028-02-29T00:00:00Z",
        "2028-02-29T23:59:59Z",
        "2000-02-29T12:34:56Z",
        "2024-01-15T00:00:00Z",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",

        // The written form's shape, but not a date.
        "2026-02-29T00:00:00Z",
        "2026-02-30T00:00:00Z",
        "2026-13-01T00:00:00Z",
        "2026-00-10T00:00:00Z",
        "2026-11-00T00:00:00Z",
        "2026-11-31T00:00:00Z",
        "1900-02-29T00:00:00Z",
        "0000-01-01T00:00:00Z",
        "2026-11-21T24:00:00Z",
        "2026-11-21T23:60:00Z",
        "2026-11-21T23:59:60Z",
        "2026-11-21T1a:00:00Z",
        "2026-11-21T10:00:00Y",
        "2026-11-21 10:00:00Z",
        "2026/11/21T10:00:00Z",
        "-026-11-21T10:00:00Z",
        "２０２６-11-21T10:00:00Z",

        // Forms the fast path leaves to the general parser.
        "2026-11-21T10:00:00z",
        "2026-11-21T10:00:00.5Z",
        "2026-11-21T10:00:00.1234567Z",
        "2026-11-21T10:00:00+02:00",
        "2026-11-21T10:00:00-05:30",
        "9999-12-31T23:59:59-05:00",
        "0001-01-01T00:00:00+05:00",
        "2026-11-21T10:00:00",
        "2026-11-21T10:00Z",
        "2026-11-21",
        "2028-02-29",
        "2026-02-29",
        "2026-02-29T00:00:00.5Z",
        " 2026-11-21T10:00:00Z",
        "2026-11-21T10:00:00Z ",
        "2026-11-21T10:00:00ZZ",
        "",
        "not a date",
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void TryParseDate_GivesTheGeneralParsersAnswer(string text)
    {
        var expected = DateTimeOffset.TryParseExact(text, GeneralDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed);

        var actual = Fields.TryParseDate(text, out var value);

        Assert.Equal(expected, actual);
        if (expected)
        {
            Assert.Equal(parsed.UtcDateTime, value);
            Assert.Equal(DateTimeKind.Utc, value.Kind);
        }
    }

    [Theory]
    [InlineData("2026-11-21T10:00:00Z", "2026-11-21T10:00:00.0000000")]
    [InlineData("2028-02-29T23:59:59Z", "2028-02-29T23:59:59.0000000")]
    [InlineData("2026-11-21T10:00:00.5Z", "2026-11-21T10:00:00.5000000")]
    [InlineData("2026-11-21T10:00:00+02:00", "2026-11-21T08:00:00.0000000")]
    [InlineData("2026-11-21T01:00:00+02:00", "2026-11-20T23:00:00.0000000")]
    [InlineData("2026-11-21T10:00:00", "2026-11-21T10:00:00.0000000")]
    [InlineData("2026-11-21", "2026-11-21T00:00:00.0000000")]
    public void TryParseDate_ReadsZOffsetsAndNoZoneAsUtc(string text, string utc)
    {
        Assert.True(Fields.TryParseDate(text, out var value));

        Assert.Equal(DateTimeKind.Utc, value.Kind);
        Assert.Equal(utc, value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-02-29T00:00:00Z")]
    [InlineData("2026-02-30T00:00:00Z")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-11-21T24:00:00Z")]
    [InlineData("2026-11-21T10:00:00Y")]
    [InlineData("")]
    [InlineData("9999-12-31T23:00:00-05:00")]
    [InlineData("0001-01-01T00:00:00+05:00")]
    [InlineData("10000-01-01T00:00:00Z")]
    public void TryParseDate_RejectsWhatIsNotADate(string text)
    {
        Assert.False(Fields.TryParseDate(text, out var value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void TryParseDate_RejectsNull()
    {
        Assert.False(Fields.TryParseDate(null!, out _));
    }

    [Fact]
    public void DateText_IsReadBackAsTheSameUtcDate()
    {
        DateTime[] dates =
        {
            new(2026, 11, 21, 9, 30, 0, DateTimeKind.Utc),
            new DateTime(2026, 11, 21, 9, 30, 0, DateTimeKind.Utc).AddTicks(1234567),
            new DateTime(2026, 11, 21, 9, 30, 0, DateTimeKind.Utc).AddTicks(5000000),
            new(2028, 2, 29, 23, 59, 59, DateTimeKind.Utc),
            new(2026, 4, 15, 0, 0, 0, DateTimeKind.Unspecified),
            DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc),
            DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc),
        };

        foreach (var date in dates)
        {
            var text = Fields.DateText(date);

            Assert.True(Fields.TryParseDate(text, out var read), text);
            Assert.Equal(date.Ticks, read.Ticks);
            Assert.Equal(DateTimeKind.Utc, read.Kind);
        }
    }

    [Fact]
    public void DateText_OfALocalDate_IsReadBackAsItsUtcTime()
    {
        var local = new DateTime(2026, 4, 15, 12, 0, 0, DateTimeKind.Local);

        Assert.True(Fields.TryParseDate(Fields.DateText(local), out var read));

        Assert.Equal(local.ToUniversalTime(), read);
        Assert.Equal(DateTimeKind.Utc, read.Kind);
    }

    [Theory]
    [InlineData("baseModel")]
    [InlineData("BaseModel")]
    [InlineData("BASEMODEL")]
    [InlineData("basemodel")]
    [InlineData("bAsEmOdEl")]
    public void TryParseEnum_IgnoresCase(string text)
    {
        Assert.True(Fields.TryParseEnum<ReferenceKind>(text, out var kind));
        Assert.Equal(ReferenceKind.BaseModel, kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("base")]
    [InlineData("BaseModels")]
    [InlineData("base_model")]
    [InlineData(" baseModel")]
    [InlineData("baseModel ")]
    [InlineData("0")]
    [InlineData("2")]
    [InlineData("resolved")]
    public void TryParseEnum_RejectsUnknownNamesAndNumbers(string text)
    {
        Assert.False(Fields.TryParseEnum<ReferenceKind>(text, out var kind));
        Assert.Equal(default, kind);
    }

    [Fact]
    public void TryParseEnum_RejectsNull()
    {
        Assert.False(Fields.TryParseEnum<LookupStatus>(null!, out _));
    }

    [Fact]
    public void TryParseEnum_KnowsEachEnumsOwnNames()
    {
        // Interleaved, so a cache shared between enum types would answer one type with the other's members.
        Assert.True(Fields.TryParseEnum<ReferenceKind>("endpoint", out var kind));
        Assert.False(Fields.TryParseEnum<LookupStatus>("endpoint", out _));
        Assert.True(Fields.TryParseEnum<LookupStatus>("notFound", out var status));
        Assert.False(Fields.TryParseEnum<ReferenceKind>("notFound", out _));

        Assert.Equal(ReferenceKind.Endpoint, kind);
        Assert.Equal(LookupStatus.NotFound, status);
    }

    [Fact]
    public void EveryReferenceKind_RoundTripsThroughEnumText()
    {
        AssertEveryMemberRoundTrips<ReferenceKind>();
    }

    [Fact]
    public void EveryLookupStatus_RoundTripsThroughEnumText()
    {
        AssertEveryMemberRoundTrips<LookupStatus>();
    }

    private static void AssertEveryMemberRoundTrips<TEnum>()
        where TEnum : struct, Enum
    {
        var members = Enum.GetValues<TEnum>();
        Assert.NotEmpty(members);
        foreach (var member in members)
        {
            var text = Fields.EnumText(member);

            Assert.True(Fields.TryParseEnum<TEnum>(text, out var read), text);
            Assert.Equal(member, read);
            Assert.True(Fields.TryParseEnum<TEnum>(text.ToUpperInvariant(), out var upper), text);
            Assert.Equal(member, upper);
        }
    }
}
