using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Tasks.Tests;

public sealed class ProjectReferenceScannerTests
{
    private const string A = "8a043172-65b7-4cf3-a8b5-4449efa5a0f1";
    private const string B = "827712a5-f942-4997-91c3-7c6cde35600b";
    private const string C = "5b1f0c9e-2d7a-4c3b-8e6f-0a9d8c7b6e5f";
    private const string D = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";

    [Fact]
    public void Code_uris_keep_kind_and_host()
    {
        var found = ProjectReferenceScanner.ScanCode($$"""
            var a = "https://westus.api.cognitive.microsoft.com/speechtotext/models/base/{{A}}?api-version=2025-10-15";
            var b = new Uri("https://mine.cognitiveservices.azure.com/speechtotext/v3.2/models/{{B}}");
            """);

        Assert.Contains(new ScannedReference(ReferenceKind.BaseModel, Guid.Parse(A), "westus.api.cognitive.microsoft.com"), found);
        Assert.Contains(new ScannedReference(ReferenceKind.CustomModel, Guid.Parse(B), "mine.cognitiveservices.azure.com"), found);
    }

    [Fact]
    public void Guid_literals_are_endpoint_candidates_only_in_files_that_mention_an_endpoint_member()
    {
        var withMember = ProjectReferenceScanner.ScanCode($$"""
            var config = SpeechConfig.FromSubscription(key, region);
            config.EndpointId = "{{C}}";
            var other = AutoDetectSourceLanguageConfig.FromSourceLanguageConfigs(new[] { SourceLanguageConfig.FromLanguage("de-DE", "{{D}}") });
            """);
        var without = ProjectReferenceScanner.ScanCode($$"""var correlation = "{{C}}";""");

        Assert.Contains(new ScannedReference(ReferenceKind.Endpoint, Guid.Parse(C), null), withMember);
        Assert.Contains(new ScannedReference(ReferenceKind.Endpoint, Guid.Parse(D), null), withMember);
        Assert.Empty(without);
    }

    [Fact]
    public void Property_id_form_also_marks_the_file()
    {
        var found = ProjectReferenceScanner.ScanCode($$"""config.SetProperty(PropertyId.SpeechServiceConnection_EndpointId, "{{C}}");""");

        Assert.Equal(new[] { new ScannedReference(ReferenceKind.Endpoint, Guid.Parse(C), null) }, found);
    }

    [Fact]
    public void Endpoint_ids_held_in_constants_of_another_file_are_found_by_name()
    {
        var settings = ProjectReferenceScanner.ScanCodeFile($$"""
            static class SpeechSettings
            {
                public const string Claims = "{{C}}";
                public static readonly string Unrelated = "{{A}}";
            }
            """);
        var recognizer = ProjectReferenceScanner.ScanCodeFile("""
            void Claims(SpeechConfig config) => config.EndpointId = SpeechSettings.Claims;
            var auto = SourceLanguageConfig.FromLanguage("de-DE", German);
            """);

        var found = ProjectReferenceScanner.ReferencesByName(new[] { settings, recognizer });

        Assert.Empty(settings.References);
        Assert.Equal(new[] { "Claims", "German" }, recognizer.NameUses.Select(u => u.Key));
        Assert.Equal(new[] { new ScannedReference(ReferenceKind.Endpoint, Guid.Parse(C), null) }, found);
    }

    [Theory]
    [InlineData("const string Claims = \"{C}\";", "Claims")]
    [InlineData("Claims=@\"{C}\"", "Claims")]
    [InlineData("x.Claims =\n $\" {C} \"", "Claims")]
    [InlineData("_id = \"{C}\"", "_id")]
    [InlineData("a == \"{C}\"", null)]
    [InlineData("a += \"{C}\"", null)]
    [InlineData("a => \"{C}\"", null)]
    [InlineData("a = $@\"{C}\"", null)]
    [InlineData("1a = \"{C}\"", null)]
    [InlineData("é_a = \"{C}\"", null)]
    [InlineData("é = \"{C}\"", null)]
    [InlineData("Claims = \"{C}x\"", null)]
    [InlineData("Claims = \"{C}\" + Other = \"{A}\"", "Claims,Other")]
    [InlineData("Claims = (\"{C}\")", null)]
    public void Guid_literals_assigned_to_a_name_are_named_ids(string code, string? names)
    {
        var scan = ProjectReferenceScanner.ScanCodeFile(code.Replace("{C}", C).Replace("{A}", A));

        Assert.Equal(names?.Split(',') ?? Array.Empty<string>(), scan.NamedIds.Select(n => n.Key));
    }

    /// <summary>
    /// The scan is hand-written for speed (target 3); these are the regexes it replaced, compared on random text built
    /// from the characters that matter to them.
    /// </summary>
    [Fact]
    public void Named_and_quoted_guids_match_the_former_regexes_on_random_text()
    {
        const string GuidPattern = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
        var named = new System.Text.RegularExpressions.Regex("\\b(?<name>[A-Za-z_]\\w*)\\s*=\\s*[@$]?\"\\s*(?<id>" + GuidPattern + ")\\s*\"");
        var quoted = new System.Text.RegularExpressions.Regex("\"\\s*(?<id>" + GuidPattern + ")\\s*\"");
        string[][] slots =
        {
            new[] { "", " ", "x.", "(", "1", "é", "\u200D", "_", "a\"" },
            new[] { "", "Claims", "a1", "Z", "1a", "é_b", "_", "b\u200Dc" },
            new[] { "", " ", "\n", "\u00A0", "\t " },
            new[] { "=", "=", "==", "+=", "=>", "" },
            new[] { "", " ", "\r\n" },
            new[] { "", "", "@", "$", "$@" },
            new[] { "\"", "\"", "" },
            new[] { "", " ", "\n" },
            new[] { C, A, B, "00000000-0000-0000-0000-000000000000", C.Substring(1), C + "0", "-" },
            new[] { "", " " },
            new[] { "\"", "\"", "x\"", "" },
            new[] { "", ";", " EndpointId ", "\"" },
        };
        var random = new Random(20261121);
        var roundsWithNames = 0;
        for (var round = 0; round < 4000; round++)
        {
            var text = new System.Text.StringBuilder();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                foreach (var slot in slots)
                {
                    text.Append(slot[random.Next(slot.Length)]);
                }
            }

            var code = text.ToString();
            var scan = ProjectReferenceScanner.ScanCodeFile(code);
            var expectedNamed = named.Matches(code).Cast<System.Text.RegularExpressions.Match>()
                .Where(m => ReferenceRecognizer.TryParseId(m.Groups["id"].Value, out _))
                .Select(m => new KeyValuePair<string, Guid>(m.Groups["name"].Value, Guid.Parse(m.Groups["id"].Value)));
            Assert.Equal(expectedNamed, scan.NamedIds);
            roundsWithNames += scan.NamedIds.Count > 0 ? 1 : 0;
            if (code.Contains("EndpointId", StringComparison.Ordinal))
            {
                var expectedQuoted = quoted.Matches(code).Cast<System.Text.RegularExpressions.Match>()
                    .Where(m => ReferenceRecognizer.TryParseId(m.Groups["id"].Value, out _))
                    .Select(m => Guid.Parse(m.Groups["id"].Value)).Distinct();
                Assert.Equal(expectedQuoted, scan.References.Where(r => r.Kind == ReferenceKind.Endpoint && r.Host is null).Select(r => r.Id));
            }
        }

        Assert.True(roundsWithNames > 20, $"only {roundsWithNames} random texts had a named GUID; the comparison proves little");
    }

    [Fact]
    public void Path_uses_match_the_former_regex_on_random_text()
    {
        var pathUse = new System.Text.RegularExpressions.Regex(@"(?<what>models/base|models|endpoints)/(?:\{(?<name>[A-Za-z_][\w.]*)\}|""\s*\+\s*(?<name>[A-Za-z_][\w.]*))");
        string[] pieces = { "models/", "models/", "base/", "models/base/", "baseline/", "endpoints/", "my", "{Models.X}", "{Y", "{1a}", "}", "\"", "\" + Ids.Z", "\"+\n_z", "\" +é", "+", " ", "Models.X", "é", ".", "/" };
        var random = new Random(1121);
        var roundsWithUses = 0;
        for (var round = 0; round < 4000; round++)
        {
            var text = new System.Text.StringBuilder();
            for (var n = random.Next(1, 16); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var code = text.ToString();
            var expected = new List<KeyValuePair<string, ReferenceKind>>();
            foreach (System.Text.RegularExpressions.Match match in pathUse.Matches(code))
            {
                var name = match.Groups["name"].Value;
                var use = new KeyValuePair<string, ReferenceKind>(name.Substring(name.LastIndexOf('.') + 1), match.Groups["what"].Value switch
                {
                    "models/base" => ReferenceKind.BaseModel,
                    "models" => ReferenceKind.CustomModel,
                    _ => ReferenceKind.Endpoint,
                });
                if (use.Key.Length > 0 && !expected.Contains(use))
                {
                    expected.Add(use);
                }
            }

            var scan = ProjectReferenceScanner.ScanCodeFile(code);
            Assert.Equal(expected, scan.NameUses);
            roundsWithUses += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(roundsWithUses > 100, $"only {roundsWithUses} random texts had a path use");
    }

    [Fact]
    public void Comparisons_are_not_endpoint_uses()
    {
        var scan = ProjectReferenceScanner.ScanCodeFile("if (config.EndpointId == Other) { }");

        Assert.Empty(scan.NameUses);
    }

    [Fact]
    public void Model_ids_held_in_constants_and_completed_into_uris_are_found_with_the_paths_kind()
    {
        var models = ProjectReferenceScanner.ScanCodeFile($$"""
            static class Models
            {
                public const string CallCenter = "{{C}}";
                public const string Whisper = "{{A}}";
                public const string Unused = "{{B}}";
            }
            """);
        var client = ProjectReferenceScanner.ScanCodeFile("""
            Uri Model() => new Uri($"{Host}/speechtotext/models/{Models.CallCenter}?api-version=2025-10-15");
            Uri Base() => new Uri(Host + "/speechtotext/models/base/" + Models.Whisper);
            """);

        var found = ProjectReferenceScanner.ReferencesByName(new[] { models, client });

        Assert.Equal(
            new[] { new ScannedReference(ReferenceKind.CustomModel, Guid.Parse(C), null), new ScannedReference(ReferenceKind.BaseModel, Guid.Parse(A), null) },
            found);
    }

    [Fact]
    public void Placeholder_guids_are_not_candidates()
    {
        var found = ProjectReferenceScanner.ScanCode("""config.EndpointId = "aaaabbbb-0000-cccc-1111-dddd2222eeee";""");

        Assert.Empty(found);
    }

    [Fact]
    public void Config_keys_decide_the_kind_of_bare_guids_and_uris_are_found_in_any_value()
    {
        var found = ProjectReferenceScanner.ScanConfig($$"""
            {
              // comments are allowed in appsettings
              "Speech": {
                "EndpointId": "{{D}}",
                "CustomModelId": "{{C}}",
                "BaseModelId": "{{A}}",
                "ModelId": "{{B}}",
                "CorrelationId": "{{A}}",
                "Batch": { "Models": [ "https://eastus.api.cognitive.microsoft.com/speechtotext/v3.1/models/base/{{B}}" ] }
              },
            }
            """);

        Assert.Contains(new ScannedReference(ReferenceKind.Endpoint, Guid.Parse(D), null), found);
        Assert.Contains(new ScannedReference(ReferenceKind.CustomModel, Guid.Parse(C), null), found);
        Assert.Contains(new ScannedReference(ReferenceKind.BaseModel, Guid.Parse(A), null), found);
        Assert.Contains(new ScannedReference(ReferenceKind.Model, Guid.Parse(B), null), found);
        Assert.Contains(new ScannedReference(ReferenceKind.BaseModel, Guid.Parse(B), "eastus.api.cognitive.microsoft.com"), found);
        Assert.Equal(5, found.Count);
    }

    [Theory]
    [InlineData("SpeechEndpointId", ReferenceKind.Endpoint)]
    [InlineData("customModelId", ReferenceKind.CustomModel)]
    [InlineData("WhisperBaseModelId", ReferenceKind.BaseModel)]
    [InlineData("ModelId", ReferenceKind.Model)]
    [InlineData("Model", null)]
    [InlineData("Endpoint", null)]
    [InlineData("SPEECH_ENDPOINT_ID", ReferenceKind.Endpoint)]
    [InlineData("AZURE_SPEECH_CUSTOM_MODEL_ID", ReferenceKind.CustomModel)]
    [InlineData("SPEECH_BASE_MODEL_ID", ReferenceKind.BaseModel)]
    [InlineData("Speech__CustomModelId", ReferenceKind.CustomModel)]
    [InlineData("Speech:CustomModelId", ReferenceKind.CustomModel)]
    [InlineData("AZURE_CLIENT_ID", null)]
    public void Config_key_suffixes(string key, ReferenceKind? expected) =>
        Assert.Equal(expected, ConfigKeyConvention.KindForKey(key));

    [Fact]
    public void Azure_Functions_local_settings_values_use_the_key_convention_in_environment_variable_spelling()
    {
        var found = ProjectReferenceScanner.ScanConfig($$"""
            {
              "IsEncrypted": false,
              "Values": {
                "AzureWebJobsStorage": "UseDevelopmentStorage=true",
                "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
                "APPINSIGHTS_INSTRUMENTATIONKEY": "{{A}}",
                "AZURE_CLIENT_ID": "{{A}}",
                "SPEECH_ENDPOINT_ID": "{{D}}",
                "AZURE_SPEECH_CUSTOM_MODEL_ID": "{{C}}",
                "SPEECH_BASE_MODEL_ID": "{{B}}",
                "SPEECH_MODEL_ID": "aaaabbbb-0000-cccc-1111-dddd2222eeee",
                "Speech__EndpointId": "<your-endpoint-id>"
              }
            }
            """);

        Assert.Equal(3, found.Count);
        Assert.Contains(new ScannedReference(ReferenceKind.Endpoint, Guid.Parse(D), null), found);
        Assert.Contains(new ScannedReference(ReferenceKind.CustomModel, Guid.Parse(C), null), found);
        Assert.Contains(new ScannedReference(ReferenceKind.BaseModel, Guid.Parse(B), null), found);
    }

    [Fact]
    public void Launch_settings_environment_variables_use_the_key_convention_in_every_profile()
    {
        var found = ProjectReferenceScanner.ScanConfig($$"""
            {
              "$schema": "https://json.schemastore.org/launchsettings.json",
              "profiles": {
                "http": {
                  "commandName": "Project",
                  "applicationUrl": "http://localhost:5000",
                  "environmentVariables": {
                    "ASPNETCORE_ENVIRONMENT": "Development",
                    "Speech__CustomModelId": "{{C}}",
                    "TenantId": "{{A}}"
                  }
                },
                "staging": {
                  "commandName": "Project",
                  "environmentVariables": {
                    "Speech:EndpointId": "{{D}}",
                    "SPEECH_ENDPOINT": "https://westeurope.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?cid={{B}}"
                  }
                }
              }
            }
            """);

        Assert.Contains(new ScannedReference(ReferenceKind.CustomModel, Guid.Parse(C), null), found);
        Assert.Contains(new ScannedReference(ReferenceKind.Endpoint, Guid.Parse(D), null), found);
        Assert.Contains(found, reference => reference.Kind == ReferenceKind.Endpoint && reference.Id == Guid.Parse(B));
        Assert.DoesNotContain(found, reference => reference.Id == Guid.Parse(A));
        Assert.Equal(3, found.Count);
    }

    [Fact]
    public void Duplicates_are_reported_once()
    {
        var found = ProjectReferenceScanner.ScanCode($$"""
            var a = "https://westus.api.cognitive.microsoft.com/speechtotext/models/base/{{A}}?api-version=2025-10-15";
            var b = "https://westus.api.cognitive.microsoft.com/speechtotext/v3.2/models/base/{{A}}";
            """);

        Assert.Single(found);
    }

    [Fact]
    public void Scan_cache_rescans_only_changed_files()
    {
        using var temp = new TempDirectory();
        var first = temp.File("A.cs", $"""var a = "https://westus.api.cognitive.microsoft.com/speechtotext/models/base/{A}?api-version=2025-10-15";""");
        var second = temp.File("B.cs", "class B { }");
        var cacheFile = temp.Combine("obj", "scan.cache");

        var cache = ScanCache.Load(cacheFile);
        cache.GetOrScan(first, ProjectReferenceScanner.ScanCode);
        cache.GetOrScan(second, ProjectReferenceScanner.ScanCode);
        cache.Save(cacheFile);

        File.WriteAllText(second, $"""config.EndpointId = "{C}"; // grown""");
        var scanned = new List<string>();
        var reloaded = ScanCache.Load(cacheFile);
        var a = reloaded.GetOrScan(first, text => { scanned.Add("A"); return ProjectReferenceScanner.ScanCode(text); });
        var b = reloaded.GetOrScan(second, text => { scanned.Add("B"); return ProjectReferenceScanner.ScanCode(text); });

        Assert.Equal(new[] { "B" }, scanned);
        Assert.Equal(new ScannedReference(ReferenceKind.BaseModel, Guid.Parse(A), "westus.api.cognitive.microsoft.com"), Assert.Single(a));
        Assert.Equal(new ScannedReference(ReferenceKind.Endpoint, Guid.Parse(C), null), Assert.Single(b));
    }

    [Fact]
    public void Scan_cache_keeps_endpoint_names_and_named_ids()
    {
        using var temp = new TempDirectory();
        var file = temp.File("Settings.cs", $$"""const string Claims = "{{C}}"; void M(SpeechConfig c) => c.EndpointId = Claims;""");
        var cacheFile = temp.Combine("scan.cache");
        var first = ScanCache.Load(cacheFile);
        var scanned = first.GetOrScanFile(file, ProjectReferenceScanner.ScanCodeFile);
        first.Save(cacheFile);

        var second = ScanCache.Load(cacheFile);
        var cached = second.GetOrScanFile(file, _ => throw new InvalidOperationException("rescanned an unchanged file"));

        Assert.Equal(1, second.Hits);
        Assert.Equal(scanned.References, cached.References);
        Assert.Equal(new[] { new KeyValuePair<string, ReferenceKind>("Claims", ReferenceKind.Endpoint) }, cached.NameUses);
        Assert.Equal(new[] { new KeyValuePair<string, Guid>("Claims", Guid.Parse(C)) }, cached.NamedIds);
    }

    [Fact]
    public void Damaged_scan_cache_means_a_full_rescan()
    {
        using var temp = new TempDirectory();
        var file = temp.File("A.cs", "class A { }");
        var cacheFile = temp.Combine("scan.cache");
        var original = ScanCache.Load(cacheFile);
        original.GetOrScan(file, ProjectReferenceScanner.ScanCode);
        original.Save(cacheFile);
        var header = File.ReadAllLines(cacheFile)[0];
        var intact = ScanCache.Load(cacheFile);
        intact.GetOrScan(file, ProjectReferenceScanner.ScanCode);
        Assert.Equal(1, intact.Hits);
        File.WriteAllText(cacheFile, header + "\nnot\ta\trecord\n");

        var cache = ScanCache.Load(cacheFile);
        cache.GetOrScan(file, ProjectReferenceScanner.ScanCode);

        Assert.Equal(1, cache.Misses);
    }
}
