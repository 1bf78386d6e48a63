using System.Globalization;
using System.Text.Json;
using GeoGraph.Core.Analysis;
using GeoGraph.Core.Model;

namespace GeoGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    private readonly SemaphoreSlim _topologyLock = new(1, 1);
    private long _version;
    private (long Version, GraphTopology Topology)? _topology;

    public async Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
            return [];
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.Command("SELECT doc FROM nodes WHERE id IN (SELECT value FROM json_each(@ids))", null, ("@ids", JsonSerializer.Serialize(ids)))
            .ReadAllAsync(reader => reader.Doc<Node>(0), cancellationToken);
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
            return [];
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.Command("SELECT doc FROM relations WHERE id IN (SELECT value FROM json_each(@ids))", null, ("@ids", JsonSerializer.Serialize(ids)))
            .ReadAllAsync(reader => reader.Doc<Relation>(0), cancellationToken);
    }

    /// <summary>The cached topology, rebuilt from the tables on the first query after a write.</summary>
    public async Task<GraphTopology> GetTopologyAsync(CancellationToken cancellationToken = default)
    {
        var version = Interlocked.Read(ref _version);
        if (_topology is { } cached && cached.Version == version)
            return cached.Topology;
        await _topologyLock.WaitAsync(cancellationToken);
        try
        {
            version = Interlocked.Read(ref _version);
            if (_topology is { } fresh && fresh.Version == version)
                return fresh.Topology;
            var topology = await BuildTopologyAsync(cancellationToken);
            _topology = (version, topology);
            return topology;
        }
        finally
        {
            _topologyLock.Release();
        }
    }

    /// <summary>Marks the cached topology stale; every committed write calls it.</summary>
    private void GraphChanged() => Interlocked.Increment(ref _version);

    private async Task<GraphTopology> BuildTopologyAsync(CancellationToken cancellationToken)
    {
        var builder = new GraphTopologyBuilder();
        await using var connection = await OpenAsync(cancellationToken);
        await using (var nodes = await connection.Command("SELECT id, doc ->> '$.name', kind FROM nodes ORDER BY rowid", null).ExecuteReaderAsync(cancellationToken))
        {
            while (await nodes.ReadAsync(cancellationToken))
                builder.AddNode(nodes.GetString(0), nodes.GetString(1), nodes.GetString(2));
        }
        await using var relations = await connection.Command("""
            SELECT id, type, from_id, to_id, coalesce(doc ->> '$.date', doc ->> '$.validFrom'), doc ->> '$.stance', date_start, date_end
            FROM relations ORDER BY rowid
            """, null).ExecuteReaderAsync(cancellationToken);
        while (await relations.ReadAsync(cancellationToken))
        {
            builder.AddEdge(relations.GetString(0), relations.GetString(1), relations.GetString(2), relations.GetString(3),
                relations.IsDBNull(4) ? null : PartialDate.Parse(relations.GetString(4)),
                relations.IsDBNull(6) ? null : new DatePeriod(DateOnly.ParseExact(relations.GetString(6), "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(relations.GetString(7), "yyyy-MM-dd", CultureInfo.InvariantCulture)),
                relations.IsDBNull(5) ? null : Enum.Parse<Stance>(relations.GetString(5), ignoreCase: true));
        }
        return builder.Build();
    }
}
