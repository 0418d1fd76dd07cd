using System.Globalization;
using System.Net;

namespace SpeechLifecycle.Emulator;

/// <summary>
/// <c>dotnet run --project src/SpeechLifecycle.Emulator -- --urls http://127.0.0.1:5080 --data data/sample-data.json
/// --key emulator-key [--token &lt;bearer token&gt;] [--token-without-role &lt;bearer token&gt;] [--rate-limit 100/10]
/// [--retired v3.0,v3.2,2024-05-15-preview|none]</c> (<c>--retired-versions</c> is the same option)
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        EmulatorOptions options;
        try
        {
            options = ParseArguments(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            await Console.Error.WriteLineAsync("usage: --urls http://127.0.0.1:5080 --data <seed.json> --key <key> [--key <key>…] [--token <token>…] [--token-without-role <token>…] [--rate-limit <requests>/<seconds>] [--retired|--retired-versions <v3.0,v3.2,2024-05-15-preview,…>|none]").ConfigureAwait(false);
            return 2;
        }

        using var shutdown = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            shutdown.Cancel();
        };
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM,
            context =>
            {
                context.Cancel = true;
                shutdown.Cancel();
            });

        SpeechEmulator emulator;
        try
        {
            emulator = await SpeechEmulator.StartAsync(options, shutdown.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"error: cannot start: {e.Message}").ConfigureAwait(false);
            return 2;
        }

        await using SpeechEmulator _ = emulator;
        Console.WriteLine($"Speech-to-text emulator listening on {emulator.BaseAddress} (Ctrl+C to stop)");
        Console.WriteLine(
            $"{emulator.Data.BaseModels.Count} base models, {emulator.Data.CustomModels.Count} custom models, {emulator.Data.Endpoints.Count} endpoints; " +
            $"retired path versions: {(options.RetiredPathVersions.Count == 0 ? "none" : string.Join(", ", options.RetiredPathVersions))}");
        try
        {
            await Task.Delay(Timeout.Infinite, shutdown.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopping.");
        }

        return 0;
    }

    internal static EmulatorOptions ParseArguments(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        bool keysGiven = false;
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--urls":
                    (options.ListenAddress, options.Port) = ParseLoopbackUrl(Value());
                    break;
                case "--data":
                    options.DataFile = Value();
                    break;
                case "--key":
                    if (!keysGiven)
                    {
                        options.ApiKeys.Clear();
                        keysGiven = true;
                    }

                    options.ApiKeys.Add(Value());
                    break;
                case "--token":
                    options.BearerTokens.Add(Value());
                    break;
                case "--token-without-role":
                    options.BearerTokensWithoutRole.Add(Value());
                    break;
                case "--rate-limit":
                    options.RateLimit = ParseRateLimit(Value());
                    break;
                case "--retired":
                case "--retired-versions":
                    string retired = Value();
                    options.RetiredPathVersions.Clear();
                    if (!retired.Equals("none", StringComparison.OrdinalIgnoreCase))
                    {
                        foreach (string version in retired.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        {
                            options.RetiredPathVersions.Add(version);
                        }
                    }

                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{name}'.");
            }
        }

        return options;
    }

    /// <summary>The emulator accepts any key it is given, so it must never be reachable from another machine.</summary>
    internal static (IPAddress Address, int Port) ParseLoopbackUrl(string url)
    {
        string first = url.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        if (!Uri.TryCreate(first, UriKind.Absolute, out Uri? uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"'{url}' is not an http:// URL.");
        }

        IPAddress address = uri.IsLoopback && uri.HostNameType == UriHostNameType.Dns ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host.Trim('[', ']'), out IPAddress? parsed) && IPAddress.IsLoopback(parsed) ? parsed
            : throw new ArgumentException($"'{url}' is not a loopback address; the emulator listens on 127.0.0.1, [::1] or localhost only.");
        return (address, uri.Port);
    }

    internal static RateLimit ParseRateLimit(string text)
    {
        string[] parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int permits) && permits > 0
            && double.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double seconds) && seconds > 0)
        {
            return new RateLimit(permits, TimeSpan.FromSeconds(seconds));
        }

        throw new ArgumentException($"'{text}' is not <requests>/<seconds>, e.g. 100/10.");
    }
}
