using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// A cross-process lock around the read-merge-write of a committed snapshot that several projects (several MSBuild
/// nodes under <c>-m</c>) update at once. The lock is a file opened with <see cref="FileShare.None"/> (an exclusive
/// <c>flock</c> on Unix, a share-mode lock on Windows), retried until a bounded time. It lives in the temporary folder,
/// named by a hash of the snapshot's full path, so the repository gets no lock file; it is never deleted, because
/// deleting a lock file another process is about to open would let two processes hold "the" lock at once.
/// </summary>
public sealed class SnapshotFileLock : IDisposable
{
    /// <summary>How long an update waits for the other projects' updates; each holds the lock for one read and one write.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly FileStream _stream;

    private SnapshotFileLock(FileStream stream) => _stream = stream;

    /// <summary>The lock file for <paramref name="snapshotPath"/>.</summary>
    public static string LockPathFor(string snapshotPath)
    {
        var full = Path.GetFullPath(snapshotPath);
        if (Path.DirectorySeparatorChar == '\\')
        {
            // Windows paths are case-insensitive: one file, one lock.
            full = full.ToUpperInvariant();
        }

        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(full));
        var name = new StringBuilder("speech-lifecycle-snapshot-", 64);
        for (var i = 0; i < 8; i++)
        {
            name.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return Path.Combine(Path.GetTempPath(), name.Append(".lock").ToString());
    }

    /// <summary>Null when another process held the lock for longer than <paramref name="timeout"/>.</summary>
    public static SnapshotFileLock? TryAcquire(string snapshotPath, TimeSpan timeout)
    {
        var path = LockPathFor(snapshotPath);
        var random = new Random(Guid.NewGuid().GetHashCode());
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new SnapshotFileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Held by another project's update: wait a little, with jitter so waiting nodes do not retry in step.
                Thread.Sleep(random.Next(20, 120));
            }
            catch (UnauthorizedAccessException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(random.Next(20, 120));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="content"/> through a temporary file in the same folder and a
    /// rename, so a reader (or a crash) never sees half a file. False when the content is already there.
    /// </summary>
    public static bool WriteAtomically(string path, string content)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && string.Equals(File.ReadAllText(full, Encoding.UTF8), content, StringComparison.Ordinal))
        {
            return false;
        }

        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, content, new UTF8Encoding(false));
            if (File.Exists(full))
            {
                File.Replace(temporary, full, null);
            }
            else
            {
                File.Move(temporary, full);
            }
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return true;
    }

    public void Dispose() => _stream.Dispose();
}
