using System.Diagnostics;

namespace SpeechLifecycle.Tasks.Tests;

/// <summary>
/// Fake <c>az</c> and <c>azd</c> executables (POSIX shell scripts) in a temporary directory that stands in for PATH,
/// so the token sources run real processes without the real CLIs. Each script appends a line to a log file per run.
/// </summary>
public sealed class FakeCli : IDisposable
{
    private readonly TempDirectory _directory = new();

    public string PathDirectory => _directory.Path;

    /// <summary>az's JSON, as <c>az account get-access-token --output json</c> prints it.</summary>
    public static string AzureCliJson(string token, DateTimeOffset expiresOn) =>
        $$"""{"accessToken": "{{token}}", "expiresOn": "{{expiresOn.LocalDateTime:yyyy-MM-dd HH:mm:ss}}.000000", "expires_on": {{expiresOn.ToUnixTimeSeconds()}}, "subscription": "00000000-0000-0000-0000-000000000000", "tenant": "00000000-0000-0000-0000-000000000001", "tokenType": "Bearer"}""";

    /// <summary>azd's JSON, as <c>azd auth token --output json</c> prints it.</summary>
    public static string AzureDeveloperCliJson(string token, DateTimeOffset expiresOn) =>
        $$"""{"token": "{{token}}", "expiresOn": "{{expiresOn.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"}""";

    /// <summary>Prints <paramref name="json"/> when called with exactly <paramref name="expectedArguments"/>, else exits 3.</summary>
    public void Succeeds(string tool, string expectedArguments, string json) =>
        Write(tool, $"""
            if [ "$*" != "{expectedArguments}" ]; then echo "unexpected arguments: $*" >&2; exit 3; fi
            cat <<'JSON'
            {json}
            JSON
            """);

    /// <summary>Not signed in: a message on stderr (with something secret-looking on stdout) and exit code 1.</summary>
    public void Fails(string tool) =>
        Write(tool, """
            echo "ERROR: Please run 'az login' to setup account. account=someone@contoso.example" >&2
            echo "LEAKED-STDOUT-TEXT"
            exit 1
            """);

    /// <summary>Exit code 0 but no token JSON.</summary>
    public void PrintsGarbage(string tool) =>
        Write(tool, """
            echo "GARBAGE-OUTPUT-NOT-JSON {accessToken: nope"
            exit 0
            """);

    /// <summary>Never answers: writes its pid, then becomes <c>sleep</c> (same pid) for a long time.</summary>
    public void Hangs(string tool) =>
        Write(tool, $"""
            echo $$ > "{PidFile(tool)}"
            exec sleep 60
            """);

    public string PidFile(string tool) => _directory.Combine(tool + ".pid");

    /// <summary>How many times the tool ran.</summary>
    public int Runs(string tool)
    {
        var log = _directory.Combine(tool + ".runs");
        return File.Exists(log) ? File.ReadAllLines(log).Length : 0;
    }

    private void Write(string tool, string body)
    {
        var path = _directory.Combine(tool);
        File.WriteAllText(path, $"#!/bin/sh\necho run >> \"{_directory.Combine(tool + ".runs")}\"\n{body}\n");
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The fake CLIs are POSIX shell scripts; these tests run on Linux and macOS.");
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>True once the process is gone (checked through /proc, within a generous bound).</summary>
    public static bool ProcessEnds(int pid, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                if (process.HasExited)
                {
                    return true;
                }
            }
            catch (ArgumentException)
            {
                return true; // no such process
            }

            Thread.Sleep(100);
        }

        return false;
    }

    public void Dispose() => _directory.Dispose();
}
