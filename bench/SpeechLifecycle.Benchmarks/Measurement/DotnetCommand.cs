using System.Diagnostics;
using System.Text;

namespace SpeechLifecycle.Benchmarks.Measurement;

public sealed record CommandResult(int ExitCode, TimeSpan Elapsed, string Output);

/// <summary>Runs <c>dotnet</c> as a child process (the way a user's build runs) and times it from start to exit.</summary>
public sealed class DotnetCommand
{
    private readonly IReadOnlyDictionary<string, string> _environment;

    public DotnetCommand(IReadOnlyDictionary<string, string> environment) => _environment = environment;

    public CommandResult Run(string workingDirectory, params string[] arguments)
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

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // Terminal logger output is not parseable; the classic console logger prints the tables we read.
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        clock.Stop();
        return new CommandResult(process.ExitCode, clock.Elapsed, output.ToString());

        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }
}
