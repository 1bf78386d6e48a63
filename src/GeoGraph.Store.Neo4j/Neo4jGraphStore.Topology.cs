using System.Globalization;
using GeoGraph.Core;
using GeoGraph.Core.Model;
using GeoGraph.Core.Topology;
using GeoGraph.Store.Neo4j.Http;

namespace GeoGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>Rows per request while the snapshot is read.</summary>
    internal const int TopologyPageSize = 20_000;

    /// <summary>
    /// The current snapshot. This store's own writes are in it as soon as they return; writes by other processes
    /// (another API instance, cypher-shell) arrive with a fresh read of the store, started in the background once
    /// the last read is older than <see cref="Neo4jStoreOptions.TopologyMaxAge"/> (never, with a max age of zero).
    /// </summary>
    public ValueTask<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default) => _snapshots.CurrentAsync(cancellationToken);

    /// <summary>
    /// Reads nodes by id, then each type's relations by id, page by page on the id indexes, in one read
    /// transaction. Neo4j reads at read-committed isolation, so a relation whose end was not read (written by
    /// someone else between two pages) is left for the next read.
    /// </summary>
    private async Task<GraphSnapshot> BuildSnapshotAsync(CancellationToken cancellationToken)
    {
        var builder = new GraphSnapshotBuilder();
        await using var transaction = await _client.BeginTransactionAsync(Neo4jAccessMode.Read, cancellationToken);
        await ReadPagesAsync(transaction, Neo4jStatements.TopologyNodes, record => builder.AddNode(record.GetString("id"), record.GetString("name"), record.GetString("kind")), cancellationToken);
        foreach (var type in Vocabulary.RelationTypes.Keys)
        {
            await ReadPagesAsync(transaction, Neo4jStatements.TopologyEdges(type), record => builder.AddEdge(record.GetString("id"), type, record.GetString("fromId"), record.GetString("toId"),
                PartialDate.TryParse(record.IsNull("date") ? null : record.GetString("date"), out var date) ? date : null,
                Period(record),
                !record.IsNull("stance") && Enum.TryParse<Stance>(record.GetString("stance"), ignoreCase: true, out var stance) ? stance : null), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return builder.Build();
    }

    private static async Task ReadPagesAsync(Neo4jTransaction transaction, string statement, Action<Neo4jRecord> read, CancellationToken cancellationToken)
    {
        for (var after = ""; ;)
        {
            var page = await transaction.RunAsync(Neo4jQuery.Read(statement, new Dictionary<string, object?> { ["afterId"] = after, ["limit"] = TopologyPageSize }), cancellationToken);
            foreach (var record in page.Records)
                read(record);
            if (page.Records.Count < TopologyPageSize)
                return;
            after = page.Records[^1].GetString("id");
        }
    }

    private static DatePeriod? Period(Neo4jRecord record) =>
        record.IsNull("periodStart") || record.IsNull("periodEnd")
            ? null
            : new DatePeriod(
                DateOnly.ParseExact(record.GetString("periodStart"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(record.GetString("periodEnd"), "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
