using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Build.Framework;
using SpeechLifecycle.Json;
using SpeechLifecycle.Snapshots;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace SpeechLifecycle.Tasks;

/// <summary>
/// The MSBuild shell: validates the knobs (SPLT001), scans the project, resolves the references (service, cache,
/// committed snapshot) and writes the snapshot the analyzer reads, only when its content changed. Reports the
/// lifecycle of <c>SpeechModel</c> items itself. Never throws into MSBuild.
/// </summary>
public sealed class ResolveSpeechLifecycle : MSBuildTask, IResolverLog
{
    // A warning (or an error) must be seen again on the next build, so a run that logged one expires at once.
    private bool _warned;

    public string? Enabled { get; set; }

    public string? Endpoint { get; set; }

    public string? KeyVariable { get; set; }

    public string? ApiVersion { get; set; }

    public string? Offline { get; set; }

    /// <summary>"true" in design-time builds (the targets compute it): always offline.</summary>
    public string? DesignTimeBuild { get; set; }

    public string? CacheDirectory { get; set; }

    public string? CacheHours { get; set; }

    public string? WarningDays { get; set; }

    public string? AsOf { get; set; }

    /// <summary>The committed snapshot (<c>SpeechLifecycleSnapshot</c>); may be empty or missing.</summary>
    public string? CommittedSnapshot { get; set; }

    /// <summary>Private knob <c>_SpeechLifecycleTimeBudgetSeconds</c>: overall limit for all network work (default 20).</summary>
    public string? TimeBudgetSeconds { get; set; }

    /// <summary>Where SPL diagnostics of <c>SpeechModel</c> items are located.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>The snapshot to write (<c>$(IntermediateOutputPath)speech-lifecycle.g.json</c>).</summary>
    public string? OutputSnapshot { get; set; }

    /// <summary>The scan cache in obj/ (per-file references, keyed by path, size and write time).</summary>
    public string? ScanCacheFile { get; set; }

    /// <summary>
    /// Optional: where to write, as UTC <c>yyyyMMddHHmmss</c>, the earliest instant at which running again could give
    /// another result with the same input files and settings (a cache entry expires, a failed look-up may succeed, a
    /// warning must be repeated). The incremental target re-runs the task once that instant has passed.
    /// </summary>
    public string? ExpiryFile { get; set; }

    /// <summary>Set by <c>SpeechLifecycleUpdateSnapshot</c>: also write the committed snapshot at this path from the service.</summary>
    public string? UpdateSnapshotPath { get; set; }

    public ITaskItem[] Compile { get; set; } = Array.Empty<ITaskItem>();

    public ITaskItem[] ConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    public ITaskItem[] SpeechModels { get; set; } = Array.Empty<ITaskItem>();

    public ITaskItem[] Resources { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The written snapshot, empty when the task is disabled or could not write one.</summary>
    [Output]
    public string SnapshotPath { get; set; } = string.Empty;

    /// <summary><c>SpeechLifecycleAsOf</c> when set, else today (UTC), as <c>yyyy-MM-dd</c>.</summary>
    [Output]
    public string EvaluationDate { get; set; } = string.Empty;

    /// <summary>HTTP requests this run sent (for tests and diagnostics logs).</summary>
    [Output]
    public int RequestCount { get; set; }

    public override bool Execute()
    {
        EvaluationDate = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        try
        {
            return ExecuteCore();
        }
        catch (Exception ex)
        {
            Log.LogWarning(null, TaskMessageCodes.UnexpectedFailure, null, ProjectFile ?? string.Empty, 0, 0, 0, 0,
                "Speech lifecycle resolution failed unexpectedly and ran offline instead: {0}: {1}", ex.GetType().Name, ex.Message);
            WriteFallbackSnapshot();
            WriteExpiry(DateTime.MinValue);
            return !Log.HasLoggedErrors;
        }
    }

    private bool ExecuteCore()
    {
        var settings = TaskSettings.Validate(this, out var problems);
        foreach (var (code, message) in problems)
        {
            Log.LogError(null, code, null, ProjectFile ?? string.Empty, 0, 0, 0, 0, message);
        }

        if (settings is null)
        {
            WriteExpiry(DateTime.MinValue);
            return false;
        }

        EvaluationDate = settings.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!settings.Enabled)
        {
            return true;
        }

        var scanCache = ScanCache.Load(ScanCacheFile);
        var references = new List<ScannedReference>();
        var codeScans = new List<FileScan>();
        foreach (var file in Compile.Select(FullPath).Where(IsReadableCSharp).Distinct(StringComparer.Ordinal))
        {
            var scan = scanCache.GetOrScanFile(file, ProjectReferenceScanner.ScanCodeFile);
            codeScans.Add(scan);
            references.AddRange(scan.References);
        }

        references.AddRange(ProjectReferenceScanner.ReferencesByName(codeScans));

        foreach (var file in ConfigFiles.Select(FullPath).Where(File.Exists).Distinct(StringComparer.Ordinal))
        {
            references.AddRange(scanCache.GetOrScan(file, text =>
            {
                try
                {
                    return ProjectReferenceScanner.ScanConfig(text);
                }
                catch (JsonParseException ex)
                {
                    Message(TaskMessageCodes.UnreadableConfigFile, $"Skipped '{file}': not valid JSON ({ex.Message}).", important: false);
                    return Array.Empty<ScannedReference>();
                }
            }));
        }

        foreach (var item in settings.Items)
        {
            references.Add(item.Reference);
        }

        var distinct = references.Distinct().ToList();
        Log.LogMessage(MessageImportance.Low, "Speech lifecycle: {0} distinct reference(s); scan cache {1} hit(s), {2} miss(es).", distinct.Count, scanCache.Hits, scanCache.Misses);

        var committed = ReadCommittedSnapshot();
        var resolverSettings = new ResolverSettings
        {
            DefaultResource = settings.DefaultResource,
            Resources = settings.Resources,
            CommittedSnapshot = committed,
            OfflineReason = settings.OfflineReason,
            OfflineDetail = settings.OfflineDetail,
        };

        if (!resolverSettings.IsOnline)
        {
            Message(TaskMessageCodes.RunningOffline, $"Speech lifecycle runs offline ({settings.OfflineDetail}): using the cache and the committed snapshot only.",
                important: settings.OfflineReason == UnavailableReason.NoEndpointConfigured && distinct.Count > 0);
        }

        var cache = new LifecycleCache(settings.CacheDirectory, settings.CacheLifetime,
            reportCorrupt: message => Message(TaskMessageCodes.CorruptCacheEntry, message, important: false),
            reportUnwritable: message => Message(TaskMessageCodes.CacheUnwritable, message, important: false));
        using var budget = new RequestBudget(settings.TimeBudget);
        var resolver = new LifecycleResolver(resolverSettings, cache, this,
            resolverSettings.IsOnline ? resource => new SpeechRestClient(resource, settings.ApiVersion, budget) : null);

        var snapshot = Task.Run(() => resolver.ResolveAsync(distinct)).GetAwaiter().GetResult();
        RequestCount = resolver.RequestCount;
        Log.LogMessage(MessageImportance.Low, "Speech lifecycle: {0} HTTP request(s).", RequestCount);

        scanCache.Save(ScanCacheFile);
        if (!string.IsNullOrEmpty(UpdateSnapshotPath))
        {
            // A refresh, not a build: the item diagnostics belong to builds.
            var answered = snapshot.Entries.Concat(snapshot.Candidates).Any(entry => entry.Origin == DataOrigin.Service && entry.Lookup != LookupStatus.Unavailable && !entry.IsStale);
            UpdateCommittedSnapshot(snapshot, committed, resolverSettings.IsOnline && (answered || distinct.Count == 0));
            WriteOutput(snapshot);
            return !Log.HasLoggedErrors;
        }

        var expiry = Expiry(snapshot, settings.CacheLifetime);
        WriteOutput(snapshot);
        if (!settings.IsDesignTime)
        {
            foreach (var diagnostic in SpeechModelDiagnostics.Evaluate(settings.Items, snapshot, settings.AsOf, settings.WarningDays, settings.KeyVariable, string.IsNullOrWhiteSpace(Endpoint) ? null : Endpoint!.Trim()))
            {
                Report(diagnostic);
            }
        }

        WriteExpiry(_warned || Log.HasLoggedErrors ? DateTime.MinValue : expiry);
        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// When this result can change without any input file or setting changing: the first cache entry to expire; at
    /// once when anything came from a failure (stale data, an unavailable service, a missing key), which later runs
    /// retry, as every build did before the target was incremental. Committed-snapshot data and settings-caused
    /// offline entries never expire here: the snapshot file and the settings are the target's inputs.
    /// </summary>
    public static DateTime Expiry(LifecycleSnapshot snapshot, TimeSpan cacheLifetime)
    {
        var expiry = DateTime.MaxValue;
        foreach (var entry in snapshot.Entries.Concat(snapshot.Candidates))
        {
            DateTime? until;
            if (entry.IsStale)
            {
                until = DateTime.MinValue;
            }
            else if (entry.Lookup == LookupStatus.Unavailable)
            {
                until = entry.UnavailableReason is UnavailableReason.NoEndpointConfigured or UnavailableReason.Offline ? null : DateTime.MinValue;
            }
            else if (entry.Origin is DataOrigin.Cache or DataOrigin.Service)
            {
                until = entry.FetchedAt is { } fetched && DateTime.MaxValue - cacheLifetime > fetched ? fetched + cacheLifetime : DateTime.MinValue;
            }
            else
            {
                until = null;
            }

            if (until is { } value && value < expiry)
            {
                expiry = value;
            }
        }

        return expiry;
    }

    private void WriteExpiry(DateTime expiry)
    {
        if (string.IsNullOrEmpty(ExpiryFile))
        {
            return;
        }

        // Fixed-width digits, so the target can compare it with the clock as a string.
        var text = expiry == DateTime.MinValue ? "00000000000000" : expiry.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        try
        {
            FileWriting.WriteIfChanged(ExpiryFile!, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without the file the target simply runs the task again next time.
            Log.LogMessage(MessageImportance.Low, "Could not write '{0}': {1}", ExpiryFile, ex.Message);
        }
    }

    private void WriteOutput(LifecycleSnapshot snapshot)
    {
        if (string.IsNullOrEmpty(OutputSnapshot))
        {
            return;
        }

        // Fetched-this-run and read-from-cache must serialize identically, or the next no-change build would
        // rewrite the file and force a recompile: everything fetched is in the cache by now.
        foreach (var entry in snapshot.Entries.Concat(snapshot.Candidates))
        {
            if (entry.Origin == DataOrigin.Service)
            {
                entry.Origin = DataOrigin.Cache;
            }
        }

        snapshot.GeneratedAt = null;
        FileWriting.WriteIfChanged(OutputSnapshot!, LifecycleSnapshotWriter.Write(snapshot));
        SnapshotPath = Path.GetFullPath(OutputSnapshot!);
    }

    private void UpdateCommittedSnapshot(LifecycleSnapshot snapshot, LifecycleSnapshot? previous, bool online)
    {
        if (!online)
        {
            Log.LogWarning(null, TaskMessageCodes.SnapshotNotUpdated, null, ProjectFile ?? string.Empty, 0, 0, 0, 0,
                "SpeechLifecycleUpdateSnapshot got no answer from the Speech service (see the messages above: set SpeechLifecycleEndpoint and the key variable, do not set SpeechLifecycleOffline). '{0}' was not changed.", UpdateSnapshotPath);
            return;
        }

        var updated = new LifecycleSnapshot { Generator = "SpeechLifecycleUpdateSnapshot", GeneratedAt = DateTime.UtcNow.Date };
        foreach (var entry in snapshot.Entries)
        {
            // Data only: an Unavailable entry would hide real data forever; a stale one is kept but no longer stale.
            if (entry.Lookup == LookupStatus.Unavailable)
            {
                var kept = previous?.Find(entry.Kind, entry.Id, entry.Host);
                if (kept is not null && kept.Lookup != LookupStatus.Unavailable)
                {
                    updated.Entries.Add(EntryCopy.Of(kept));
                }

                continue;
            }

            var copy = EntryCopy.Of(entry);
            copy.Origin = DataOrigin.Snapshot;
            copy.IsStale = false;
            updated.Entries.Add(copy);
        }

        foreach (var candidate in snapshot.Candidates)
        {
            var copy = EntryCopy.Of(candidate);
            copy.Origin = DataOrigin.Snapshot;
            copy.IsStale = false;
            updated.Candidates.Add(copy);
        }

        var written = FileWriting.WriteIfChanged(UpdateSnapshotPath!, LifecycleSnapshotWriter.Write(updated));
        Log.LogMessage(null, TaskMessageCodes.SnapshotUpdated, null, UpdateSnapshotPath, 0, 0, 0, 0, MessageImportance.High,
            written ? "Wrote {0} entries and {1} candidates to '{2}'." : "'{2}' is already up to date ({0} entries, {1} candidates).",
            updated.Entries.Count, updated.Candidates.Count, UpdateSnapshotPath);
    }

    private LifecycleSnapshot? ReadCommittedSnapshot()
    {
        if (string.IsNullOrWhiteSpace(CommittedSnapshot) || !File.Exists(CommittedSnapshot))
        {
            return null;
        }

        var text = File.ReadAllText(CommittedSnapshot);
        if (LifecycleSnapshotReader.TryRead(text, out var snapshot, out var error))
        {
            return snapshot;
        }

        _warned = true;
        Log.LogWarning(null, TaskMessageCodes.UnreadableSnapshot, null, CommittedSnapshot, 0, 0, 0, 0,
            "The committed Speech lifecycle snapshot could not be read and was ignored: {0}", error);
        return null;
    }

    private void WriteFallbackSnapshot()
    {
        try
        {
            if (!string.IsNullOrEmpty(OutputSnapshot))
            {
                FileWriting.WriteIfChanged(OutputSnapshot!, LifecycleSnapshotWriter.Write(new LifecycleSnapshot { Generator = "SpeechLifecycle.Analyzers task (failed; offline)" }));
                SnapshotPath = Path.GetFullPath(OutputSnapshot!);
            }
        }
        catch (Exception ex)
        {
            Log.LogMessage(MessageImportance.Low, "Could not write the fallback snapshot either: {0}", ex.Message);
            SnapshotPath = string.Empty;
        }
    }

    private void Report(ItemDiagnostic diagnostic)
    {
        var file = ProjectFile ?? string.Empty;
        switch (diagnostic.Severity)
        {
            case ItemDiagnosticSeverity.Error:
                Log.LogError(null, diagnostic.Id, null, file, 0, 0, 0, 0, diagnostic.Message);
                break;
            case ItemDiagnosticSeverity.Warning:
                _warned = true;
                Log.LogWarning(null, diagnostic.Id, null, file, 0, 0, 0, 0, diagnostic.Message);
                break;
            default:
                Log.LogMessage(null, diagnostic.Id, null, file, 0, 0, 0, 0, MessageImportance.High, diagnostic.Message);
                break;
        }
    }

    void IResolverLog.Warning(string code, string message)
    {
        _warned = true;
        Log.LogWarning(null, code, null, ProjectFile ?? string.Empty, 0, 0, 0, 0, message);
    }

    void IResolverLog.Message(string code, string message, bool important) => Message(code, message, important);

    private void Message(string code, string message, bool important) =>
        Log.LogMessage(null, code, null, ProjectFile ?? string.Empty, 0, 0, 0, 0, important ? MessageImportance.High : MessageImportance.Low, message);

    private static string FullPath(ITaskItem item)
    {
        var full = item.GetMetadata("FullPath");
        return string.IsNullOrEmpty(full) ? Path.GetFullPath(item.ItemSpec) : full;
    }

    private static bool IsReadableCSharp(string path) =>
        path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && File.Exists(path);
}
