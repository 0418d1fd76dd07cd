using SpeechLifecycle.Json;

namespace SpeechLifecycle.Core.Tests.Json;

public sealed class JsonParserTests
{
    private const string AppSettings = """
        {
          // Speech settings
          "Speech": {
            "Region": "eastus",
            /* the custom endpoint */
            "EndpointId": "4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91",
            "Models": [ "a", "b", ],
          },
          "Retries": -3,
          "Ratio": 1.5e-3,
          "Enabled": true,
          "Disabled": false,
          "Nothing": null,
        }
        """;

    [Fact]
    public void AppSettingsWithCommentsAndTrailingCommas_Parses()
    {
        var root = JsonParser.Parse(AppSettings);

        Assert.Equal(JsonKind.Object, root.Kind);
        var speech = root["Speech"]!;
        Assert.Equal("eastus", speech["Region"]!.Text);
        Assert.Equal("4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91", speech["EndpointId"]!.Text);
        Assert.Equal(new[] { "a", "b" }, speech["Models"]!.Items.Select(i => i.Text));
        Assert.Equal("-3", root["Retries"]!.Text);
        Assert.Equal("1.5e-3", root["Ratio"]!.Text);
        Assert.Equal(JsonKind.True, root["Enabled"]!.Kind);
        Assert.Equal(JsonKind.False, root["Disabled"]!.Kind);
        Assert.Equal(JsonKind.Null, root["Nothing"]!.Kind);
        Assert.Null(root["Missing"]);
    }

    [Fact]
    public void EveryValueAndName_KnowsItsPosition()
    {
        var text = AppSettings.Replace("\r\n", "\n", StringComparison.Ordinal);
        var root = JsonParser.Parse(text);
        var endpoint = root["Speech"]!.Properties.Single(p => p.Name == "EndpointId");

        Assert.Equal(6, endpoint.Value.Line);
        Assert.Equal(19, endpoint.Value.Column);
        Assert.Equal("\"4d1f0c6b-8a77-4e0e-9b2d-3f5a6c7d8e91\"", text.Substring(endpoint.Value.Start, endpoint.Value.Length));
        Assert.Equal("\"EndpointId\"", text.Substring(endpoint.NameStart, 12));
        Assert.Equal((1, 1, 0), (root.Line, root.Column, root.Start));
        Assert.Equal(text.TrimEnd().Length, root.Length);
        var models = root["Speech"]!["Models"]!;
        Assert.Equal("[ \"a\", \"b\", ]", text.Substring(models.Start, models.Length));
        Assert.Equal((7, 15), (models.Line, models.Column));
        Assert.Equal((7, 22), (models.Items[1].Line, models.Items[1].Column));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void LineEndings_AllCountAsOneLine(string newline)
    {
        var root = JsonParser.Parse("{" + newline + "  \"a\":" + newline + "  /* x" + newline + " */ 1" + newline + "}");

        Assert.Equal((4, 5), (root["a"]!.Line, root["a"]!.Column));
    }

    [Fact]
    public void ByteOrderMark_IsSkippedAndTakesNoColumn()
    {
        var root = JsonParser.Parse("\uFEFF{\"a\": 1}");

        Assert.Equal((1, 1, 1), (root.Line, root.Column, root.Start));
        Assert.Equal((1, 7), (root["a"]!.Line, root["a"]!.Column));
    }

    [Theory]
    [InlineData("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "a\"b\\c/d\b\f\n\r\t")]
    [InlineData("\"\\u00e9\\u20AC\"", "é€")]
    [InlineData("\"\\ud83d\\ude00\"", "😀")]
    [InlineData("\"plain\"", "plain")]
    [InlineData("\"\"", "")]
    public void StringEscapes_AreDecoded(string json, string expected)
    {
        Assert.Equal(expected, JsonParser.Parse(json).Text);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("123")]
    [InlineData("-1.25")]
    [InlineData("6.02E+23")]
    [InlineData("1e-7")]
    public void ValidNumbers_KeepTheirText(string json)
    {
        var value = JsonParser.Parse(json);

        Assert.Equal(JsonKind.Number, value.Kind);
        Assert.Equal(json, value.Text);
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("   \n  ", 2, 3)]
    [InlineData("{\"a\": 1", 1, 8)]
    [InlineData("{\"a\": \"unterminated}", 1, 7)]
    [InlineData("{\n  \"a\": \"line\nbreak\"}", 2, 13)]
    [InlineData("{\"a\": \"bad \\x escape\"}", 1, 12)]
    [InlineData("{\"a\": \"\\u12g4\"}", 1, 8)]
    [InlineData("{\"a\": 01}", 1, 8)]
    [InlineData("{\"a\": 1.}", 1, 9)]
    [InlineData("{\"a\": -}", 1, 8)]
    [InlineData("{\"a\": 1e}", 1, 9)]
    [InlineData("{\"a\": 12abc}", 1, 9)]
    [InlineData("{\"a\": .5}", 1, 7)]
    [InlineData("{\"a\": +1}", 1, 7)]
    [InlineData("{\"a\": NaN}", 1, 7)]
    [InlineData("{\"a\": tru}", 1, 7)]
    [InlineData("{\"a\": nulls}", 1, 7)]
    [InlineData("{a: 1}", 1, 2)]
    [InlineData("{'a': 1}", 1, 2)]
    [InlineData("{\"a\" 1}", 1, 6)]
    [InlineData("{\"a\": 1 \"b\": 2}", 1, 9)]
    [InlineData("[1 2]", 1, 4)]
    [InlineData("[1,,2]", 1, 4)]
    [InlineData("[,]", 1, 2)]
    [InlineData("{\"a\": 1}}", 1, 9)]
    [InlineData("{\"a\": 1} x", 1, 10)]
    [InlineData("{} {}", 1, 4)]
    [InlineData("{\"a\": 1 /* never closed", 1, 9)]
    [InlineData("{\"a\": 1 / 2}", 1, 9)]
    [InlineData("{\"a\": \"tab\there\"}", 1, 11)]
    public void MalformedJson_ThrowsWithLineAndColumn(string json, int line, int column)
    {
        var error = Assert.Throws<JsonParseException>(() => JsonParser.Parse(json));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains($"line {line}, column {column}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingAtTheLimit_Parses_AndOneDeeperThrows()
    {
        var atLimit = new string('[', JsonParser.MaxDepth) + new string(']', JsonParser.MaxDepth);
        var tooDeep = new string('[', JsonParser.MaxDepth + 1) + new string(']', JsonParser.MaxDepth + 1);

        Assert.Equal(JsonKind.Array, JsonParser.Parse(atLimit).Kind);
        Assert.Throws<JsonParseException>(() => JsonParser.Parse(tooDeep));
        Assert.Throws<JsonParseException>(() => JsonParser.Parse(new string('[', 100_000)));
        Assert.Throws<JsonParseException>(() => JsonParser.Parse(string.Concat(Enumerable.Repeat("{\"a\":", 100_000))));
    }

    [Fact]
    public void DuplicateNames_AreKept_AndTheIndexerReturnsTheFirst()
    {
        var root = JsonParser.Parse("{\"a\": 1, \"a\": 2}");

        Assert.Equal(2, root.Properties.Count);
        Assert.Equal("1", root["a"]!.Text);
    }

    /// <summary>Random truncations and mutations of valid documents: only JsonParseException may escape.</summary>
    [Fact]
    public void Fuzzing_OnlyEverThrowsJsonParseException()
    {
        var seeds = new[]
        {
            AppSettings,
            "{\"formatVersion\": 1, \"entries\": [{\"id\": \"69adf293-9664-4040-932b-02ed16332e00\", \"dates\": [1.5e3, -0, true, false, null]}]}",
            "[\"\\u00e9\\n\", {\"a\": {\"b\": [[[]]]}}, \"\\ud83d\\ude00\"]",
            "\uFEFF{ /* c */ \"x\": \"y\", // d\r\n \"z\": [1,2,3,], }",
        };
        var alphabet = "{}[]\",:\\/*\nu0e1-+.tfn \r\t\uFEFFaE";
        var random = new Random(4242);
        var parsed = 0;

        for (var i = 0; i < 20_000; i++)
        {
            var chars = seeds[random.Next(seeds.Length)].ToCharArray().ToList();
            var edits = random.Next(1, 4);
            for (var e = 0; e < edits && chars.Count > 0; e++)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(4))
                {
                    case 0: chars.RemoveRange(at, chars.Count - at); break;
                    case 1: chars.RemoveAt(at); break;
                    case 2: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }

            var text = new string(chars.ToArray());
            try
            {
                JsonParser.Parse(text);
                parsed++;
            }
            catch (JsonParseException error)
            {
                Assert.InRange(error.Line, 1, text.Length + 1);
                Assert.InRange(error.Column, 1, text.Length + 1);
            }
        }

        // Some mutations leave valid JSON; the fuzzer must exercise both outcomes.
        Assert.InRange(parsed, 1, 19_999);
    }
}
