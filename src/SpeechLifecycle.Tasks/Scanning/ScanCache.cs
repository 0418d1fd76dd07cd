using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using SpeechLifecycle.Recognition;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// Remembers what each scanned file contained, keyed by path + size + last write time, in a small text file in obj/,
/// so a rebuild re-reads only files that changed. A damaged file is simply ignored (everything is rescanned).
/// </summary>
public sealed class ScanCache
{
    // The build of the task is part of the key: a newer recogniser must rescan everything.
    private static readonly string Header = "speech-lifecycle-scan-cache 4 " + typeof(ScanCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly Dictionary<string, Record> _records = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public int Hits { get; private set; }

    public int Misses { get; private set; }

    public static ScanCache Load(string? path)
    {
        var cache = new ScanCache();
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return cache;
        }

        try
        {
            var lines = File.ReadAllLines(path!, Encoding.UTF8);
            if (lines.Length == 0 || lines[0] != Header)
            {
                return cache;
            }

            for (var i = 1; i < lines.Length; i++)
            {
                var parts = lines[i].Split('\t');
                if (parts.Length != 7)
                {
                    return new ScanCache();
                }

                var references = new List<ScannedReference>();
                foreach (var item in Items(parts[3]))
                {
                    var fields = item.Split('|');
                    references.Add(new ScannedReference(
                        (ReferenceKind)Enum.Parse(typeof(ReferenceKind), fields[0]),
                        Guid.Parse(fields[1]),
                        fields.Length > 2 && fields[2].Length > 0 ? fields[2] : null));
                }

                var names = new List<KeyValuePair<string, ReferenceKind>>();
                foreach (var item in Items(parts[4]))
                {
                    var fields = item.Split('|');
                    names.Add(new KeyValuePair<string, ReferenceKind>(fields[0], (ReferenceKind)Enum.Parse(typeof(ReferenceKind), fields[1])));
                }

                var namedIds = new List<KeyValuePair<string, Guid>>();
                foreach (var item in Items(parts[5]))
                {
                    var fields = item.Split('|');
                    namedIds.Add(new KeyValuePair<string, Guid>(fields[0], Guid.Parse(fields[1])));
                }

                var apiVersions = new List<ApiVersionUse>();
                foreach (var item in Items(parts[6]))
                {
                    var fields = item.Split('|');
                    apiVersions.Add(new ApiVersionUse(fields[0], fields.Length > 1 && fields[1].Length > 0 ? fields[1] : null));
                }

                cache._records[parts[0]] = new Record(
                    long.Parse(parts[1], CultureInfo.InvariantCulture),
                    long.Parse(parts[2], CultureInfo.InvariantCulture),
                    new FileScan(references, names, namedIds, apiVersions));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            return new ScanCache();
        }

        return cache;
    }

    /// <summary>The references of <paramref name="path"/>, from the cache when the file is unchanged, else from <paramref name="scan"/>.</summary>
    public IReadOnlyList<ScannedReference> GetOrScan(string path, Func<string, IReadOnlyList<ScannedReference>> scan) =>
        GetOrScanFile(path, text => new FileScan(scan(text))).References;

    /// <summary>Like <see cref="GetOrScan"/>, for scanners that also report name uses and named GUIDs.</summary>
    public FileScan GetOrScanFile(string path, Func<string, FileScan> scan)
    {
        var info = new FileInfo(path);
        var size = info.Length;
        var ticks = info.LastWriteTimeUtc.Ticks;
        _used.Add(path);
        if (_records.TryGetValue(path, out var record) && record.Size == size && record.Ticks == ticks)
        {
            Hits++;
            return record.Scan;
        }

        Misses++;
        var result = scan(File.ReadAllText(path));
        _records[path] = new Record(size, ticks, result);
        return result;
    }

    /// <summary>Writes the records of files seen in this run (stale paths drop out); only when the content changed.</summary>
    public void Save(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var builder = new StringBuilder();
        builder.Append(Header).Append('\n');
        var paths = new List<string>(_used);
        paths.Sort(StringComparer.Ordinal);
        foreach (var file in paths)
        {
            var record = _records[file];
            builder.Append(file).Append('\t')
                .Append(record.Size.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(record.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\t');
            foreach (var reference in record.Scan.References)
            {
                builder.Append(reference.Kind).Append('|').Append(reference.Id.ToString("D")).Append('|').Append(reference.Host).Append(';');
            }

            builder.Append('\t');
            foreach (var use in record.Scan.NameUses)
            {
                builder.Append(use.Key).Append('|').Append(use.Value).Append(';');
            }

            builder.Append('\t');
            foreach (var named in record.Scan.NamedIds)
            {
                builder.Append(named.Key).Append('|').Append(named.Value.ToString("D")).Append(';');
            }

            builder.Append('\t');
            foreach (var use in record.Scan.ApiVersions)
            {
                builder.Append(use.Version).Append('|').Append(use.Host).Append(';');
            }

            builder.Append('\n');
        }

        FileWriting.WriteIfChanged(path!, builder.ToString());
    }

    private static string[] Items(string field) => field.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries);

    private sealed class Record
    {
        public Record(long size, long ticks, FileScan scan)
        {
            Size = size;
            Ticks = ticks;
            Scan = scan;
        }

        public long Size { get; }

        public long Ticks { get; }

        public FileScan Scan { get; }
    }
}
