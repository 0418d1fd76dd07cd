using SpeechLifecycle.Emulator;

namespace SpeechLifecycle.Tasks.Tests;

public static class Emulators
{
    public const string Key = "emulator-key";

    public static Task<SpeechEmulator> StartAsync(int extraEnglishBaseModels = 0) =>
        SpeechEmulator.StartAsync(new EmulatorOptions { DataJson = Seed.Json(extraEnglishBaseModels) });

    public static SpeechResource Resource(SpeechEmulator emulator, string? key = Key, string variable = "SPEECH_KEY") =>
        new(emulator.BaseAddress, variable, key);

    public static RequestBudget Budget(double seconds = 20, double perRequestSeconds = 10) =>
        new(TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(perRequestSeconds), firstBackoff: TimeSpan.FromMilliseconds(50));

    public static SpeechRestClient Client(SpeechEmulator emulator, RequestBudget budget, string version = "2025-10-15", string? key = Key)
    {
        Assert.True(SpeechApiVersion.TryParse(version, out var parsed));
        return new SpeechRestClient(Resource(emulator, key), parsed, budget);
    }
}
