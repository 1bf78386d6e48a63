using System.Globalization;
using System.Text.Json;
using GeoGraph.Core.Model;
using GeoGraph.Core.Topology;

namespace GeoGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
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

    /// <summary>The current snapshot: built once from the tables, then kept current by every write through this store.</summary>
    public ValueTask<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default) => _snapshots.CurrentAsync(cancellationToken);

    /// <summary>Reads nodes and relations in one read transaction, so both come from the same state of the file.</summary>
    private async Task<GraphSnapshot> BuildSnapshotAsync(CancellationToken cancellationToken)
    {
        var builder = new GraphSnapshotBuilder();
        await using var connection = await OpenAsync(cancellationToken);
        // Deferred: a read transaction that holds one snapshot of the WAL file until it ends.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using (var nodes = await connection.Command("SELECT id, doc ->> '$.name', kind FROM nodes ORDER BY rowid", transaction).ExecuteReaderAsync(cancellationToken))
        {
            while (await nodes.ReadAsync(cancellationToken))
                builder.AddNode(nodes.GetString(0), nodes.GetString(1), nodes.GetString(2));
        }
        await using (var relations = await connection.Command("""
            SELECT id, type, from_id, to_id, coalesce(doc ->> '$.date', doc ->> '$.validFrom'), doc ->> '$.stance', date_start, date_end
            FROM relations ORDER BY rowid
            """, transaction).ExecuteReaderAsync(cancellationToken))
        {
            while (await relations.ReadAsync(cancellationToken))
            {
                builder.AddEdge(relations.GetString(0), relations.GetString(1), relations.GetString(2), relations.GetString(3),
                    relations.IsDBNull(4) ? null : PartialDate.Parse(relations.GetString(4)),
                    relations.IsDBNull(6) ? null : new DatePeriod(Day(relations.GetString(6)), Day(relations.GetString(7))),
                    relations.IsDBNull(5) ? null : Enum.Parse<Stance>(relations.GetString(5), ignoreCase: true));
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return builder.Build();
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
