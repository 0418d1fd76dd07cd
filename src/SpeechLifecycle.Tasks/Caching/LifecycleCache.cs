using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using SpeechLifecycle.Recognition;
using SpeechLifecycle.Snapshots;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// The per-user cache shared by all projects: one file per (resource host, kind, ID) and per (host, locale) base-model
/// listing, each in the snapshot format with its fetch time as <c>generatedAt</c>. Writes are atomic (temp file +
/// rename), so parallel builds of many projects never see half a file; unreadable files are discarded with a
/// message. Only answers are stored (resolved or 404), never failures, and never the key.
/// </summary>
public sealed class LifecycleCache
{
    private readonly Func<DateTime> _utcNow;
    private readonly Action<string> _reportCorrupt;
    private readonly Action<string> _reportUnwritable;
    private int _unwritableReported;

    // A directory whose name no file API accepts (invalid characters on .NET Framework, empty) is a cache that is
    // always missed and never written, rather than an exception from every path computation.
    private readonly bool _isValidPath;

    /// <param name="reportUnwritable">
    /// Told once per cache instance when a file cannot be written (the directory is a file, read-only, on a full disk…):
    /// the run continues without caching, every answer of the service still reaches the build.
    /// </param>
    public LifecycleCache(string directory, TimeSpan lifetime, Func<DateTime>? utcNow = null, Action<string>? reportCorrupt = null, Action<string>? reportUnwritable = null)
    {
        Directory = directory;
        Lifetime = lifetime;
        _utcNow = utcNow ?? (() => DateTime.UtcNow);
        _reportCorrupt = reportCorrupt ?? (_ => { });
        _reportUnwritable = reportUnwritable ?? (_ => { });
        _isValidPath = IsValidPath(directory);
    }

    private static bool IsValidPath(string directory)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(directory) && Path.GetFullPath(Path.Combine(directory, "probe")).Length > 0;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or IOException or System.Security.SecurityException)
        {
            return false;
        }
    }

    public string Directory { get; }

    public TimeSpan Lifetime { get; }

    /// <summary>The per-user default: %LOCALAPPDATA%\SpeechLifecycle\cache on Windows, $XDG_CACHE_HOME/speech-lifecycle or ~/.cache/speech-lifecycle elsewhere.</summary>
    public static string DefaultDirectory()
    {
        if (Path.DirectorySeparatorChar == '\\')
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return Path.Combine(local, "SpeechLifecycle", "cache");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "speech-lifecycle");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(string.IsNullOrEmpty(home) ? Path.GetTempPath() : home, ".cache", "speech-lifecycle");
    }

    public CachedEntry? TryGetEntry(string cacheHost, ReferenceKind kind, Guid id)
    {
        var snapshot = _isValidPath ? Read(EntryPath(cacheHost, kind, id)) : null;
        if (snapshot is null || snapshot.Entries.Count != 1)
        {
            return null;
        }

        var fetchedAt = snapshot.GeneratedAt ?? DateTime.MinValue;
        return new CachedEntry(snapshot.Entries[0], fetchedAt, IsFresh(fetchedAt));
    }

    public void StoreEntry(string cacheHost, LifecycleEntry entry)
    {
        if (entry.Lookup == LookupStatus.Unavailable || entry.IsStale)
        {
            return; // failures are never cached
        }

        var now = entry.FetchedAt ?? _utcNow();
        var snapshot = new LifecycleSnapshot { GeneratedAt = now, Generator = "SpeechLifecycle cache" };
        var copy = EntryCopy.Of(entry);
        copy.Origin = DataOrigin.Cache;
        copy.FetchedAt = now;
        snapshot.Entries.Add(copy);
        Write(() => EntryPath(cacheHost, entry.Kind, entry.Id), LifecycleSnapshotWriter.Write(snapshot));
    }

    public CachedList? TryGetBaseModels(string cacheHost, string locale)
    {
        var snapshot = _isValidPath ? Read(ListPath(cacheHost, locale)) : null;
        if (snapshot is null)
        {
            return null;
        }

        var fetchedAt = snapshot.GeneratedAt ?? DateTime.MinValue;
        return new CachedList(snapshot.Candidates, fetchedAt, IsFresh(fetchedAt));
    }

    public void StoreBaseModels(string cacheHost, string locale, IReadOnlyList<LifecycleEntry> models)
    {
        var now = models.Count > 0 && models[0].FetchedAt is { } fetched ? fetched : _utcNow();
        var snapshot = new LifecycleSnapshot { GeneratedAt = now, Generator = "SpeechLifecycle cache" };
        foreach (var model in models)
        {
            var copy = EntryCopy.Of(model);
            copy.Origin = DataOrigin.Cache;
            copy.FetchedAt = now;
            snapshot.Candidates.Add(copy);
        }

        Write(() => ListPath(cacheHost, locale), LifecycleSnapshotWriter.Write(snapshot));
    }

    /// <summary>
    /// Notes that <paramref name="cacheHost"/> could not be reached (connection failure, or no answer within the
    /// budget), so the other projects of the same build do not each spend their own budget on it. Not data: it only
    /// skips the network for <see cref="UnreachableBackoff"/>; the look-ups themselves fall back as usual.
    /// </summary>
    public void MarkUnreachable(string cacheHost) =>
        Write(() => UnreachablePath(cacheHost), _utcNow().ToString("o", System.Globalization.CultureInfo.InvariantCulture));

    public static readonly TimeSpan UnreachableBackoff = TimeSpan.FromMinutes(2);

    /// <summary>When the host was last found unreachable, if that is less than <see cref="UnreachableBackoff"/> ago.</summary>
    public DateTime? RecentlyUnreachable(string cacheHost)
    {
        try
        {
            if (!_isValidPath)
            {
                return null;
            }

            var path = UnreachablePath(cacheHost);
            if (!File.Exists(path)
                || !DateTime.TryParse(File.ReadAllText(path), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var since))
            {
                return null;
            }

            var age = _utcNow() - since.ToUniversalTime();
            return age >= TimeSpan.Zero && age < UnreachableBackoff ? since.ToUniversalTime() : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void ClearUnreachable(string cacheHost)
    {
        try
        {
            if (_isValidPath)
            {
                File.Delete(UnreachablePath(cacheHost));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another build is writing it; it expires on its own.
        }
    }

    private string UnreachablePath(string cacheHost) => Path.Combine(Directory, SafeName(cacheHost), "unreachable");

    public string EntryPath(string cacheHost, ReferenceKind kind, Guid id) =>
        Path.Combine(Directory, SafeName(cacheHost), KindName(kind) + "-" + id.ToString("D") + ".json");

    public string ListPath(string cacheHost, string locale) =>
        Path.Combine(Directory, SafeName(cacheHost), "base-models-" + SafeName(locale) + ".json");

    private bool IsFresh(DateTime fetchedAt)
    {
        var age = _utcNow() - fetchedAt;
        return age >= TimeSpan.Zero && age < Lifetime;
    }

    private LifecycleSnapshot? Read(string path)
    {
        string text;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // being replaced right now, or not ours to read: treat as a miss
        }

        if (LifecycleSnapshotReader.TryRead(text, out var snapshot, out var error) && snapshot is not null)
        {
            return snapshot;
        }

        _reportCorrupt($"Discarded the unreadable cache entry '{path}': {error}");
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another build may be replacing it; the next write fixes it anyway.
        }

        return null;
    }

    /// <summary>
    /// Never throws: a cache that cannot be written costs the cache, never the build's data (docs/msbuild.md, "Cache").
    /// </summary>
    private void Write(Func<string> path, string content)
    {
        try
        {
            if (!_isValidPath)
            {
                throw new ArgumentException("The folder name is not a valid path.");
            }

            WriteAtomically(path(), content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            if (Interlocked.Exchange(ref _unwritableReported, 1) == 0)
            {
                _reportUnwritable($"The Speech lifecycle cache '{Directory}' cannot be written ({ex.GetType().Name}: {ex.Message}); this build runs without caching its look-ups. Set SpeechLifecycleCacheDirectory to a writable folder.");
            }
        }
    }

    private static void WriteAtomically(string path, string content)
    {
        var directory = Path.GetDirectoryName(path)!;

        // Outside the try below: a directory that cannot be created is not a race with a parallel build.
        System.IO.Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temp, content, new UTF8Encoding(false));
#if NET
            File.Move(temp, path, overwrite: true);
#else
            if (File.Exists(path))
            {
                File.Replace(temp, path, null);
            }
            else
            {
                File.Move(temp, path);
            }
#endif
        }
        catch (Exception ex) when ((ex is IOException or UnauthorizedAccessException) && File.Exists(path))
        {
            // A parallel build wrote the same entry at the same moment; its copy is as good as ours.
        }
        finally
        {
            try
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static string KindName(ReferenceKind kind) => kind switch
    {
        ReferenceKind.BaseModel => "base-model",
        ReferenceKind.CustomModel => "custom-model",
        ReferenceKind.Endpoint => "endpoint",
        _ => "model",
    };

    private static string SafeName(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' ? c : '_');
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }
}

public sealed class CachedEntry
{
    public CachedEntry(LifecycleEntry entry, DateTime fetchedAt, bool isFresh)
    {
        Entry = entry;
        FetchedAt = fetchedAt;
        IsFresh = isFresh;
    }

    public LifecycleEntry Entry { get; }

    public DateTime FetchedAt { get; }

    public bool IsFresh { get; }
}

public sealed class CachedList
{
    public CachedList(IReadOnlyList<LifecycleEntry> models, DateTime fetchedAt, bool isFresh)
    {
        Models = models;
        FetchedAt = fetchedAt;
        IsFresh = isFresh;
    }

    public IReadOnlyList<LifecycleEntry> Models { get; }

    public DateTime FetchedAt { get; }

    public bool IsFresh { get; }
}
