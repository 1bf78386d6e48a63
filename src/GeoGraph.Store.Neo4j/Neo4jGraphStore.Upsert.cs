using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Topology;
using GeoGraph.Store.Neo4j.Http;

namespace GeoGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>Rows per statement of a bulk write.</summary>
    internal const int BatchSize = 5_000;

    /// <summary>
    /// Loads a document by id: the references it needs from the store are checked first, in one read, so a dangling
    /// relation is reported before anything is written; then sources, nodes (by kind) and relations (by type) are
    /// merged in batches. A document of at most <see cref="Neo4jStoreOptions.BulkCommitRecords"/> records is one
    /// explicit transaction. A larger one commits part by part, so no transaction runs into the server's
    /// <c>db.transaction.timeout</c>; each part first reads what it overwrites, and when a part fails, the parts
    /// committed before it are undone, last first (created records deleted, overwritten ones written back).
    /// When an id occurs twice in the document, the last occurrence wins, as it would row by row.
    /// </summary>
    public async Task UpsertAsync(GraphDocument document, CancellationToken cancellationToken = default)
    {
        foreach (var node in document.Nodes)
            _ = Vocabulary.IsNodeKind(node.Kind) ? node.Kind : throw new ArgumentException($"Node '{node.Id}' has kind '{node.Kind}', which is not in the vocabulary.", nameof(document));
        foreach (var relation in document.Relations)
            _ = Vocabulary.IsRelationType(relation.Type) ? relation.Type : throw new ArgumentException($"Relation '{relation.Id}' has type '{relation.Type}', which is not in the vocabulary.", nameof(document));

        var parts = Split(new GraphDocument
        {
            Sources = LastById(document.Sources, source => source.Id),
            Nodes = LastById(document.Nodes, node => node.Id),
            Relations = LastById(document.Relations, relation => relation.Id),
        }, _options.BulkCommitRecords);
        await WriteGraphAsync(async () =>
        {
            var committed = new Stack<(GraphDocument Part, GraphDocument Before)>();
            try
            {
                foreach (var part in parts)
                {
                    await using var transaction = await _client.BeginTransactionAsync(Neo4jAccessMode.Write, cancellationToken);
                    if (committed.Count == 0)
                        await CheckReferencesAsync(transaction, document, cancellationToken);
                    var before = parts.Count == 1 ? new GraphDocument() : await StoredVersionsAsync(transaction, part, cancellationToken);
                    await MergeAsync(transaction, part, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    committed.Push((part, before));
                }
            }
            catch when (committed.Count > 0)
            {
                // The caller may have given up; the undo runs to the end regardless, bounded by the client's own timeouts.
                while (committed.TryPop(out var done))
                    await UndoAsync(done.Part, done.Before, CancellationToken.None);
                throw;
            }
            return true;
        }, _ => GraphChange.Of(document), cancellationToken);
    }

    /// <summary>Cuts the document into parts of at most <paramref name="records"/> records: sources first, then nodes, then relations, so every part's references are in it or before it.</summary>
    internal static List<GraphDocument> Split(GraphDocument document, int records)
    {
        var parts = new List<GraphDocument>();
        int sources = 0, nodes = 0, relations = 0;
        do
        {
            var room = records;
            parts.Add(new GraphDocument
            {
                Sources = Take(document.Sources, ref sources, ref room),
                Nodes = Take(document.Nodes, ref nodes, ref room),
                Relations = Take(document.Relations, ref relations, ref room),
            });
        }
        while (sources < document.Sources.Count || nodes < document.Nodes.Count || relations < document.Relations.Count);
        return parts;
    }

    private static List<T> Take<T>(IReadOnlyList<T> items, ref int next, ref int room)
    {
        var count = Math.Min(room, items.Count - next);
        var taken = items.Skip(next).Take(count).ToList();
        (next, room) = (next + count, room - count);
        return taken;
    }

    private static async Task MergeAsync(Neo4jTransaction transaction, GraphDocument document, CancellationToken cancellationToken)
    {
        foreach (var batch in document.Sources.Chunk(BatchSize))
        {
            var rows = batch.Select(source => Row(("id", source.Id), ("props", Neo4jRecords.Properties(source)))).ToList();
            await RunRowsAsync(transaction, Neo4jStatements.UpsertSources, rows, cancellationToken);
        }
        foreach (var kind in document.Nodes.GroupBy(node => node.Kind))
        {
            foreach (var batch in kind.Chunk(BatchSize))
            {
                var rows = batch.Select(node => Row(("id", node.Id), ("props", Neo4jRecords.Properties(node)))).ToList();
                await RunRowsAsync(transaction, Neo4jStatements.UpsertNodes(kind.Key), rows, cancellationToken);
            }
        }
        foreach (var batch in document.Relations.Chunk(BatchSize))
        {
            var rows = batch.Select(relation => Row(
                ("id", relation.Id), ("query", Neo4jLucene.Exact(relation.Id)), ("type", relation.Type), ("from", relation.From), ("to", relation.To))).ToList();
            await RunRowsAsync(transaction, Neo4jStatements.UpsertRelationsDropChanged, rows, cancellationToken);
        }
        foreach (var type in document.Relations.GroupBy(relation => relation.Type))
        {
            foreach (var batch in type.Chunk(BatchSize))
            {
                var rows = batch.Select(relation => Row(
                    ("id", relation.Id), ("from", relation.From), ("to", relation.To), ("props", Neo4jRecords.Properties(relation)))).ToList();
                await RunRowsAsync(transaction, Neo4jStatements.UpsertRelations(type.Key), rows, cancellationToken);
            }
        }
    }

    /// <summary>What the store holds under the part's ids, read in the part's own transaction just before it writes.</summary>
    private static async Task<GraphDocument> StoredVersionsAsync(Neo4jTransaction transaction, GraphDocument part, CancellationToken cancellationToken)
    {
        async Task<List<T>> ReadAsync<T>(string statement, string parameter, object ids, string field, Func<System.Text.Json.JsonElement, T> read)
        {
            var result = await transaction.RunAsync(Neo4jQuery.Write(statement, new Dictionary<string, object?> { [parameter] = ids }), cancellationToken);
            return [.. result.Records.Select(record => read(record[field]))];
        }

        return new GraphDocument
        {
            Sources = part.Sources.Count == 0 ? [] :
                await ReadAsync(Neo4jStatements.GetSources, "ids", part.Sources.Select(source => source.Id).ToList(), "source", Neo4jRecords.ToSource),
            Nodes = part.Nodes.Count == 0 ? [] :
                await ReadAsync(Neo4jStatements.GetNodes, "ids", part.Nodes.Select(node => node.Id).ToList(), "node", Neo4jRecords.ToNode),
            Relations = part.Relations.Count == 0 ? [] :
                await ReadAsync(Neo4jStatements.GetRelations, "lookups", Lookups(part.Relations.Select(relation => relation.Id)), "relation", Neo4jRecords.ToRelation),
        };
    }

    /// <summary>
    /// Puts back what a committed part changed, in one transaction: the relations it created go, the records it
    /// overwrote are written back as they were, then the nodes and sources it created go.
    /// </summary>
    private async Task UndoAsync(GraphDocument part, GraphDocument before, CancellationToken cancellationToken)
    {
        static List<string> Created<T>(IEnumerable<T> written, IEnumerable<T> stored, Func<T, string> id) =>
            [.. written.Select(id).Except(stored.Select(id), StringComparer.Ordinal)];

        await using var transaction = await _client.BeginTransactionAsync(Neo4jAccessMode.Write, cancellationToken);
        foreach (var ids in Created(part.Relations, before.Relations, relation => relation.Id).Chunk(BatchSize))
            await RunRowsAsync(transaction, Neo4jStatements.DeleteRelations, Lookups(ids), cancellationToken, "lookups");
        await MergeAsync(transaction, before, cancellationToken);
        foreach (var ids in Created(part.Nodes, before.Nodes, node => node.Id).Chunk(BatchSize))
            await RunRowsAsync(transaction, Neo4jStatements.DeleteNodes, [.. ids], cancellationToken, "ids");
        foreach (var ids in Created(part.Sources, before.Sources, source => source.Id).Chunk(BatchSize))
            await RunRowsAsync(transaction, Neo4jStatements.DeleteSources, [.. ids], cancellationToken, "ids");
        await transaction.CommitAsync(cancellationToken);
    }

    private static Task<Neo4jResult> RunRowsAsync<T>(Neo4jTransaction transaction, string statement, List<T> rows, CancellationToken cancellationToken, string parameter = "rows") =>
        transaction.RunAsync(Neo4jQuery.Write(statement, new Dictionary<string, object?> { [parameter] = rows }), cancellationToken);

    private static List<Dictionary<string, object?>> Lookups(IEnumerable<string> ids) =>
        [.. ids.Select(id => Row(("id", id), ("query", Neo4jLucene.Exact(id))))];

    /// <summary>Asks the store, in one read, for the references the document does not hold, then checks them all (<see cref="DocumentReferences"/>).</summary>
    private static async Task CheckReferencesAsync(Neo4jTransaction transaction, GraphDocument document, CancellationToken cancellationToken)
    {
        var references = new DocumentReferences(document);
        if (references.NodesOutside.Count == 0 && references.SourcesOutside.Count == 0)
            return;
        var result = await transaction.RunAsync(Neo4jQuery.Write(Neo4jStatements.ExistingReferences,
            new Dictionary<string, object?> { ["nodeIds"] = references.NodesOutside, ["sourceIds"] = references.SourcesOutside }), cancellationToken);
        var record = result.Records[0];
        references.Check(record["nodes"].EnumerateArray().Select(id => id.GetString()!), record["sources"].EnumerateArray().Select(id => id.GetString()!));
    }

    /// <summary>One item per id, the last one given, in the order of first appearance.</summary>
    private static List<T> LastById<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var last = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
            last[id(item)] = item;
        return [.. last.Values];
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] fields) =>
        fields.ToDictionary(field => field.Key, field => field.Value, StringComparer.Ordinal);
}
