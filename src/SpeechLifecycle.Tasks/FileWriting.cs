using System;
using System.IO;
using System.Text;

namespace SpeechLifecycle.Tasks;

/// <summary>Writes outputs only when their content changes, so an unchanged result does not force a recompile.</summary>
public static class FileWriting
{
    /// <summary>True when the file was (re)written.</summary>
    public static bool WriteIfChanged(string path, string content)
    {
        if (File.Exists(path) && string.Equals(File.ReadAllText(path, Encoding.UTF8), content, StringComparison.Ordinal))
        {
            return false;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, content, new UTF8Encoding(false));
        return true;
    }
}
