using System.Globalization;
using GeoGraph.Core;
using GeoGraph.Core.Analysis;
using GeoGraph.Core.Model;

namespace GeoGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>Rows per request while the topology is read.</summary>
    internal const int TopologyPageSize = 20_000;

    private readonly SemaphoreSlim _topologyLock = new(1, 1);
    private long _version;
    private volatile CachedTopology? _topology;

    private sealed record CachedTopology(long Version, DateTimeOffset BuiltAt, GraphTopology Topology);

    /// <summary>
    /// The cached topology, rebuilt on the first call after a write through this store, or once it is older than
    /// <see cref="Neo4jStoreOptions.TopologyMaxAge"/>: writes by other processes (another API instance, cypher-shell)
    /// are seen after at most that long, or, with a max age of zero, after this process's next write or restart.
    /// </summary>
    public async Task<GraphTopology> GetTopologyAsync(CancellationToken cancellationToken = default)
    {
        var version = Interlocked.Read(ref _version);
        if (_topology is { } cached && IsFresh(cached, version))
            return cached.Topology;
        await _topologyLock.WaitAsync(cancellationToken);
        try
        {
            version = Interlocked.Read(ref _version);
            if (_topology is { } fresh && IsFresh(fresh, version))
                return fresh.Topology;
            var builtAt = _time.GetUtcNow();
            var topology = await BuildTopologyAsync(cancellationToken);
            // Stamped with the version read before the build: a write during the build leaves it stale.
            _topology = new CachedTopology(version, builtAt, topology);
            return topology;
        }
        finally
        {
            _topologyLock.Release();
        }
    }

    /// <summary>Marks the cached topology stale; every write through this store calls it.</summary>
    private void GraphChanged() => Interlocked.Increment(ref _version);

    private bool IsFresh(CachedTopology cached, long version) =>
        cached.Version == version && (_options.TopologyMaxAge == TimeSpan.Zero || _time.GetUtcNow() - cached.BuiltAt < _options.TopologyMaxAge);

    /// <summary>
    /// Reads nodes by id, then each type's relations by id, page by page on the id indexes. The pages are not one
    /// snapshot: a relation whose end was not read (written meanwhile by someone else) waits for the next build.
    /// </summary>
    private async Task<GraphTopology> BuildTopologyAsync(CancellationToken cancellationToken)
    {
        var builder = new GraphTopologyBuilder();
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        for (var after = ""; ;)
        {
            var page = await ReadAsync(Neo4jStatements.TopologyNodes, new() { ["afterId"] = after, ["limit"] = TopologyPageSize }, cancellationToken);
            foreach (var record in page.Records)
            {
                var id = record.GetString("id");
                builder.AddNode(id, record.GetString("name"), record.GetString("kind"));
                nodes.Add(id);
            }
            if (page.Records.Count < TopologyPageSize)
                break;
            after = page.Records[^1].GetString("id");
        }
        foreach (var type in Vocabulary.RelationTypes.Keys)
        {
            for (var after = ""; ;)
            {
                var page = await ReadAsync(Neo4jStatements.TopologyEdges(type), new() { ["afterId"] = after, ["limit"] = TopologyPageSize }, cancellationToken);
                foreach (var record in page.Records)
                {
                    var (from, to) = (record.GetString("fromId"), record.GetString("toId"));
                    if (!nodes.Contains(from) || !nodes.Contains(to))
                        continue;
                    builder.AddEdge(record.GetString("id"), type, from, to,
                        PartialDate.TryParse(record.IsNull("date") ? null : record.GetString("date"), out var date) ? date : null,
                        Period(record),
                        !record.IsNull("stance") && Enum.TryParse<Stance>(record.GetString("stance"), ignoreCase: true, out var stance) ? stance : null);
                }
                if (page.Records.Count < TopologyPageSize)
                    break;
                after = page.Records[^1].GetString("id");
            }
        }
        return builder.Build();
    }

    private static DatePeriod? Period(Http.Neo4jRecord record) =>
        record.IsNull("periodStart") || record.IsNull("periodEnd")
            ? null
            : new DatePeriod(
                DateOnly.ParseExact(record.GetString("periodStart"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(record.GetString("periodEnd"), "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
