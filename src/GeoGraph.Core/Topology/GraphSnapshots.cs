using System.Diagnostics;
using GeoGraph.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeoGraph.Core.Topology;

/// <summary>
/// Holds a store's current <see cref="GraphSnapshot"/>. Readers take the current snapshot and never wait for a
/// writer or a rebuild; the store applies each committed write as a <see cref="GraphChange"/>, which yields the
/// next snapshot in time proportional to the change. Full builds run in the background: the first one (readers
/// wait for it only at start), a merge of the overlay into a new base once it holds
/// <see cref="GraphSnapshotOptions.MergeAfter"/> entries, and, where other processes write too, a fresh read
/// of the store every <see cref="GraphSnapshotOptions.RefreshAfter"/>. Writes committed while a build runs
/// are applied again on its result, so no write is lost to a build.
/// </summary>
/// <param name="load">A full build from one consistent read of the store; its own token, never a caller's.</param>
/// <param name="logger">Where failed background builds are reported.</param>
public sealed partial class GraphSnapshots(Func<CancellationToken, Task<GraphSnapshot>> load, GraphSnapshotOptions options, TimeProvider time, ILogger? logger = null)
    : IDisposable
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private volatile GraphSnapshot? _current;
    // When the last full read of the store started, as UTC ticks (a long reads whole, a DateTimeOffset may tear).
    private long _readAtTicks;
    private long _version;
    // Bumped by Invalidate: a build that began before it reads a store that has changed since, and its result is dropped.
    private long _generation;
    private bool _disposed;
    private Task? _build;
    // Changes applied while a build runs, to apply again on its result.
    private List<GraphChange>? _sinceBuildStarted;

    /// <summary>The snapshot to read; waits only for the first build.</summary>
    public async ValueTask<GraphSnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (_current is { } current)
            {
                if (options.RefreshAfter is { } age && time.GetUtcNow().UtcTicks - Volatile.Read(ref _readAtTicks) >= age.Ticks)
                    _ = StartBuild(fromStore: true);
                return current;
            }
            await StartBuild(fromStore: true).WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Applies a committed write. Stores call it after the commit and before the write returns, one write at a
    /// time in commit order, so the writer's next query sees its write.
    /// </summary>
    public void Apply(GraphChange change)
    {
        lock (_gate)
        {
            _sinceBuildStarted?.Add(change);
            if (_current is not { } current)
                return;
            _current = current.With(change, ++_version);
            if (_current.OverlaySize >= options.MergeAfter)
                _ = StartBuild(fromStore: false);
        }
    }

    /// <summary>Starts a fresh read of the store in the background: after a write whose outcome is unknown.</summary>
    public void Reload() => _ = StartBuild(fromStore: true);

    /// <summary>
    /// After a committed write too large to describe as a change (a bulk load): the next reader waits for a fresh read
    /// of the store, as for the first build, and a build already running is not taken.
    /// </summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _current = null;
            _generation++;
        }
    }

    /// <summary>The version of the current snapshot (0 before the first build).</summary>
    internal long Version => _current?.Version ?? 0;

    /// <summary>Seconds since the last full read of the store started.</summary>
    internal double SecondsSinceRead => TimeSpan.FromTicks(time.GetUtcNow().UtcTicks - Volatile.Read(ref _readAtTicks)).TotalSeconds;

    /// <summary>Finishes when no build is running (tests and benchmarks wait for a merge with it).</summary>
    public Task IdleAsync() => _build ?? Task.CompletedTask;

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
        }
        SnapshotGauges.Forget(this);
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private Task StartBuild(bool fromStore)
    {
        lock (_gate)
        {
            if (_build is { } running)
                return running;
            _sinceBuildStarted = [];
            var merging = fromStore ? null : _current;
            var generation = _generation;
            return _build = Task.Run(() => BuildAsync(merging, generation));
        }
    }

    private async Task BuildAsync(GraphSnapshot? merging, long generation)
    {
        var readAt = time.GetUtcNow();
        var kind = merging is null ? "full" : "merge";
        using var activity = GraphTelemetry.Source.StartActivity("snapshot.build");
        activity?.SetTag("geograph.snapshot.build.kind", kind);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var built = merging is null ? await load(_stopping.Token) : merging.Merged(merging.Version);
            lock (_gate)
            {
                if (generation != _generation)
                    return;
                var version = merging is null ? ++_version : _current!.Version;
                foreach (var change in _sinceBuildStarted!)
                    built = built.With(change, version);
                _current = built.WithVersion(version);
                if (merging is null)
                    Volatile.Write(ref _readAtTicks, readAt.UtcTicks);
            }
            SnapshotGauges.Track(this);
            GraphTelemetry.SnapshotBuildDuration.Record(GraphTelemetry.SecondsSince(started), new KeyValuePair<string, object?>("kind", kind));
        }
        catch (Exception error)
        {
            GraphTelemetry.SnapshotBuildFailures.Add(1, new KeyValuePair<string, object?>("kind", kind));
            activity?.SetStatus(ActivityStatusCode.Error, error.Message);
            // A failed background build leaves the previous snapshot serving, and the next trigger tries again;
            // only the first build, which readers wait for, passes its failure on.
            if (_current is null)
                throw;
            LogBackgroundBuildFailed(_logger, error, kind);
        }
        finally
        {
            lock (_gate)
            {
                _sinceBuildStarted = null;
                _build = null;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A background {Kind} build of the graph snapshot failed; the previous snapshot goes on serving until the next build.")]
    private static partial void LogBackgroundBuildFailed(ILogger logger, Exception error, string kind);
}

public sealed class GraphSnapshotOptions
{
    /// <summary>Overlay entries after which the overlay is merged into a new base in the background.</summary>
    public int MergeAfter { get; init; } = 50_000;

    /// <summary>Where other processes write to the store too: how old a read of the store may get before a fresh one starts.</summary>
    public TimeSpan? RefreshAfter { get; init; }
}
