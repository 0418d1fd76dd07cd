using System.Globalization;
using SpeechLifecycle.Json;

namespace SpeechLifecycle.Core.Tests.Json;

public sealed class JsonWriterTests
{
    [Fact]
    public void Document_IsIndentedWithTwoSpacesAndNewlines()
    {
        var writer = new JsonWriter();
        writer.StartObject();
        writer.PropertyName("formatVersion");
        writer.Number(1);
        writer.PropertyName("entries");
        writer.StartArray();
        writer.StartObject();
        writer.PropertyName("ok");
        writer.Boolean(true);
        writer.PropertyName("none");
        writer.Null();
        writer.EndObject();
        writer.String("x");
        writer.EndArray();
        writer.PropertyName("empty");
        writer.StartArray();
        writer.EndArray();
        writer.PropertyName("nothing");
        writer.StartObject();
        writer.EndObject();
        writer.EndObject();

        Assert.Equal(
            "{\n  \"formatVersion\": 1,\n  \"entries\": [\n    {\n      \"ok\": true,\n      \"none\": null\n    },\n    \"x\"\n  ],\n  \"empty\": [],\n  \"nothing\": {}\n}",
            writer.ToString());
    }

    [Fact]
    public void Strings_EscapeQuotesBackslashesAndControlCharacters()
    {
        var writer = new JsonWriter();
        writer.String("q\"b\\n\nr\rt\tb\bf\f\u0001\u001f\u2028é");

        Assert.Equal("\"q\\\"b\\\\n\\nr\\rt\\tb\\bf\\f\\u0001\\u001f\\u2028é\"", writer.ToString());
        Assert.Equal("q\"b\\n\nr\rt\tb\bf\f\u0001\u001f\u2028é", JsonParser.Parse(writer.ToString()).Text);
    }

    [Fact]
    public void Numbers_UseTheInvariantCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA") { NumberFormat = { NegativeSign = "\u2212" } };
            var writer = new JsonWriter();
            writer.StartArray();
            writer.Number(-1234567);
            writer.Number(long.MaxValue);
            writer.EndArray();

            Assert.Equal("[\n  -1234567,\n  9223372036854775807\n]", writer.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void NullString_IsWrittenAsNull()
    {
        var writer = new JsonWriter();
        writer.String(null);

        Assert.Equal("null", writer.ToString());
    }

    [Fact]
    public void Misuse_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => { var w = new JsonWriter(); w.StartObject(); w.Number(1); });
        Assert.Throws<InvalidOperationException>(() => { var w = new JsonWriter(); w.StartArray(); w.PropertyName("a"); });
        Assert.Throws<InvalidOperationException>(() => { var w = new JsonWriter(); w.StartArray(); w.EndObject(); });
        Assert.Throws<InvalidOperationException>(() => { var w = new JsonWriter(); w.EndArray(); });
        Assert.Throws<InvalidOperationException>(() => { var w = new JsonWriter(); w.Number(1); w.Number(2); });
        Assert.Throws<InvalidOperationException>(() => { var w = new JsonWriter(); w.StartObject(); w.PropertyName("a"); w.EndObject(); });
    }
}
