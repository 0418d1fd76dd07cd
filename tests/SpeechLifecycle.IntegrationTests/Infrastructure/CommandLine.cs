using System.Diagnostics;
using System.Text;

namespace SpeechLifecycle.IntegrationTests.Infrastructure;

/// <summary>What a finished process printed and returned.</summary>
public sealed record ProcessResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}{Output}";
}

/// <summary>Runs real `dotnet` commands the way a user's shell would, bounded in time.</summary>
public static class CommandLine
{
    /// <summary>
    /// The environment a child `dotnet` gets: this process's, minus what `dotnet test` injects for its own MSBuild
    /// (which would make the child use the wrong SDK pieces), minus any Speech key or token, plus no long-lived build servers:
    /// a compiler server or MSBuild node that outlives the test would hold the test's output pipes open.
    /// </summary>
    public static Dictionary<string, string?> CleanEnvironment()
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("SpeechLifecycle", StringComparison.OrdinalIgnoreCase)
                || name is "SPEECH_KEY" or "SPEECH_TOKEN" or "DOTNET_HOST_PATH" or "VSTEST_HOST_DEBUG")
            {
                continue;
            }

            environment[name] = (string?)entry.Value;
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["MSBUILDTERMINALLOGGER"] = "off";
        environment["UseSharedCompilation"] = "false";
        return environment;
    }

    public static async Task<ProcessResult> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"`dotnet {string.Join(' ', arguments)}` did not finish within {timeout}. Output so far:{Environment.NewLine}{Snapshot(output)}");
        }

        // WaitForExitAsync returns once the output streams are drained as well.
        return new ProcessResult(process.ExitCode, Snapshot(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
