using System;
using System.IO;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// Finds a tool on <c>PATH</c> the way a shell would, without a shell: each absolute directory in order, and on Windows
/// each <c>PATHEXT</c> extension (the Azure CLI is <c>az.cmd</c>). Relative entries (<c>.</c>, empty) are skipped, so a
/// file named <c>az</c> in the repository being built is never run.
/// </summary>
public static class ExecutableLocator
{
    public static string? Find(string name, string? path, string? pathExt, bool isWindows)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var extensions = isWindows
            ? (string.IsNullOrWhiteSpace(pathExt) ? ".COM;.EXE;.BAT;.CMD" : pathExt!).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries)
            : new[] { string.Empty };
        foreach (var entry in path!.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries))
        {
            var directory = entry.Trim().Trim('"');
            if (directory.Length == 0 || !IsAbsolute(directory))
            {
                continue;
            }

            foreach (var extension in extensions)
            {
                string candidate;
                try
                {
                    candidate = Path.Combine(directory, name + extension.Trim());
                }
                catch (ArgumentException)
                {
                    break; // a PATH entry with characters no path may hold
                }

                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool IsAbsolute(string directory)
    {
        try
        {
            return Path.IsPathRooted(directory) && (directory.StartsWith("/", StringComparison.Ordinal) || directory.StartsWith(@"\\", StringComparison.Ordinal) || (directory.Length >= 3 && directory[1] == ':' && (directory[2] == '\\' || directory[2] == '/')));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
