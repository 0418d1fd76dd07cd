using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SpeechLifecycle.Tasks;

public enum CommandStatus
{
    /// <summary>The process ran to its end; see <see cref="CommandResult.ExitCode"/>.</summary>
    Exited,

    /// <summary>No end within the time given; the process (and its children, where the runtime can) was killed.</summary>
    TimedOut,

    /// <summary>The executable could not be started.</summary>
    CouldNotStart,
}

/// <summary>What a command did. <see cref="Output"/> is its standard output: it may hold a secret, so it is parsed, never logged.</summary>
public sealed class CommandResult
{
    public CommandResult(CommandStatus status, int exitCode, string output)
    {
        Status = status;
        ExitCode = exitCode;
        Output = output;
    }

    public CommandStatus Status { get; }

    public int ExitCode { get; }

    public string Output { get; }
}

/// <summary>Runs a command-line tool; the seam that lets tests stand in for the Azure CLIs.</summary>
public interface ICommandRunner
{
    Task<CommandResult> RunAsync(string executable, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken);
}

/// <summary>
/// Starts the executable directly (no shell, so nothing in the arguments or the environment is interpreted), reads at
/// most <see cref="MaxOutputChars"/> of its standard output, discards its standard error, and kills it when the time
/// is up. On Windows a <c>.cmd</c> file (the Azure CLI is <c>az.cmd</c>) is started the same way: CreateProcess runs
/// it with cmd.exe itself, and the arguments are constants.
/// </summary>
public sealed class ProcessCommandRunner : ICommandRunner
{
    /// <summary>A token response is a few KB; anything far larger is not one.</summary>
    public const int MaxOutputChars = 256 * 1024;

    public async Task<CommandResult> RunAsync(string executable, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
#if NET
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
#else
        // No ArgumentList before .NET Core 2.1. The arguments are this project's constants; refuse anything that would
        // need quoting rather than quote it.
        foreach (var argument in arguments)
        {
            if (argument.Length == 0 || argument.IndexOfAny(new[] { ' ', '\t', '"', '\\', '\n', '\r' }) >= 0)
            {
                throw new ArgumentException("Command arguments must not need quoting.", nameof(arguments));
            }
        }

        start.Arguments = string.Join(" ", arguments);
#endif

        using var process = new Process { StartInfo = start };
        try
        {
            if (!process.Start())
            {
                return new CommandResult(CommandStatus.CouldNotStart, -1, string.Empty);
            }
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return new CommandResult(CommandStatus.CouldNotStart, -1, string.Empty);
        }

        // A tool that prompts must not wait for an answer that never comes.
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // It has already exited and closed its end.
        }
        var output = ReadCappedAsync(process.StandardOutput);
        var error = DrainAsync(process.StandardError);
        var exited = await Task.Run(() => process.WaitForExit((int)Math.Max(0, Math.Min(int.MaxValue, timeout.TotalMilliseconds))), cancellationToken).ConfigureAwait(false);
        if (!exited)
        {
            Kill(process);
            return new CommandResult(CommandStatus.TimedOut, -1, string.Empty);
        }

        // A child that outlives the tool could keep the pipe open; do not wait for it beyond a moment.
        var finished = await Task.WhenAny(output, Task.Delay(TimeSpan.FromSeconds(2), cancellationToken)).ConfigureAwait(false);
        _ = error;
        return new CommandResult(CommandStatus.Exited, process.ExitCode, finished == output ? output.Result : string.Empty);
    }

    private static async Task<string> ReadCappedAsync(StreamReader reader)
    {
        var text = new StringBuilder();
        var buffer = new char[4096];
        while (true)
        {
            var read = await reader.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false);
            if (read == 0)
            {
                return text.ToString();
            }

            if (text.Length + read > MaxOutputChars)
            {
                // Keep draining so the tool is not blocked on a full pipe, but the text is no token.
                text.Clear();
                text.Append('\0');
                await DrainAsync(reader).ConfigureAwait(false);
                return text.ToString();
            }

            text.Append(buffer, 0, read);
        }
    }

    private static async Task DrainAsync(StreamReader reader)
    {
        var buffer = new char[4096];
        try
        {
            while (await reader.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (IOException)
        {
            // The process was killed; nothing more to read.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>
    /// The whole tree where the runtime can (<c>Process.Kill(true)</c>, .NET Core 3.0+, also found by reflection when
    /// the netstandard2.0 build runs on .NET); on .NET Framework only the process itself.
    /// </summary>
    private static void Kill(Process process)
    {
        try
        {
#if NET
            process.Kill(entireProcessTree: true);
#else
            var killTree = typeof(Process).GetMethod("Kill", BindingFlags.Public | BindingFlags.Instance, null, new[] { typeof(bool) }, null);
            if (killTree is not null)
            {
                killTree.Invoke(process, new object[] { true });
            }
            else
            {
                process.Kill();
            }
#endif
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or TargetInvocationException or NotSupportedException)
        {
            // It ended on its own meanwhile, or cannot be killed; either way it is no longer waited for.
        }
    }
}
