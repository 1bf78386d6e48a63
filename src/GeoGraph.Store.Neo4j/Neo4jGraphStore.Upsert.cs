using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Topology;
using GeoGraph.Store.Neo4j.Http;

namespace GeoGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>Rows per statement of a bulk write.</summary>
    internal const int BatchSize = 5_000;

    /// <summary>
    /// Loads a document in one explicit transaction: the references it needs from the store are checked first, in
    /// one read, so a dangling relation is reported before anything is written; then sources, nodes (by kind) and
    /// relations (by type) are merged by id in batches, and the transaction commits. Any failure rolls it back.
    /// When an id occurs twice in the document, the last occurrence wins, as it would row by row.
    /// </summary>
    public async Task UpsertAsync(GraphDocument document, CancellationToken cancellationToken = default)
    {
        foreach (var node in document.Nodes)
            _ = Vocabulary.IsNodeKind(node.Kind) ? node.Kind : throw new ArgumentException($"Node '{node.Id}' has kind '{node.Kind}', which is not in the vocabulary.", nameof(document));
        foreach (var relation in document.Relations)
            _ = Vocabulary.IsRelationType(relation.Type) ? relation.Type : throw new ArgumentException($"Relation '{relation.Id}' has type '{relation.Type}', which is not in the vocabulary.", nameof(document));

        await WriteGraphAsync(async () =>
        {
            await using var transaction = await _client.BeginTransactionAsync(Neo4jAccessMode.Write, cancellationToken);
            await CheckReferencesAsync(transaction, document, cancellationToken);
            foreach (var batch in LastById(document.Sources, source => source.Id).Chunk(BatchSize))
            {
                var rows = batch.Select(source => Row(("id", source.Id), ("props", Neo4jRecords.Properties(source)))).ToList();
                await transaction.RunAsync(Neo4jQuery.Write(Neo4jStatements.UpsertSources, new Dictionary<string, object?> { ["rows"] = rows }), cancellationToken);
            }
            foreach (var kind in LastById(document.Nodes, node => node.Id).GroupBy(node => node.Kind))
            {
                foreach (var batch in kind.Chunk(BatchSize))
                {
                    var rows = batch.Select(node => Row(("id", node.Id), ("props", Neo4jRecords.Properties(node)))).ToList();
                    await transaction.RunAsync(Neo4jQuery.Write(Neo4jStatements.UpsertNodes(kind.Key), new Dictionary<string, object?> { ["rows"] = rows }), cancellationToken);
                }
            }
            var relations = LastById(document.Relations, relation => relation.Id);
            foreach (var batch in relations.Chunk(BatchSize))
            {
                var rows = batch.Select(relation => Row(
                    ("id", relation.Id), ("query", Neo4jLucene.Exact(relation.Id)), ("type", relation.Type), ("from", relation.From), ("to", relation.To))).ToList();
                await transaction.RunAsync(Neo4jQuery.Write(Neo4jStatements.UpsertRelationsDropChanged, new Dictionary<string, object?> { ["rows"] = rows }), cancellationToken);
            }
            foreach (var type in relations.GroupBy(relation => relation.Type))
            {
                foreach (var batch in type.Chunk(BatchSize))
                {
                    var rows = batch.Select(relation => Row(
                        ("id", relation.Id), ("from", relation.From), ("to", relation.To), ("props", Neo4jRecords.Properties(relation)))).ToList();
                    await transaction.RunAsync(Neo4jQuery.Write(Neo4jStatements.UpsertRelations(type.Key), new Dictionary<string, object?> { ["rows"] = rows }), cancellationToken);
                }
            }
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, _ => GraphChange.Of(document), cancellationToken);
    }

    /// <summary>
    /// Finds the first reference that is in neither the document nor the store, in the order the embedded store
    /// writes (nodes' sources, then each relation's from, to and source), and reports it on its field.
    /// </summary>
    private static async Task CheckReferencesAsync(Neo4jTransaction transaction, GraphDocument document, CancellationToken cancellationToken)
    {
        var documentSources = document.Sources.Select(source => source.Id).ToHashSet(StringComparer.Ordinal);
        var documentNodes = document.Nodes.Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        var nodeIds = document.Relations.SelectMany(relation => new[] { relation.From, relation.To })
            .Where(id => !documentNodes.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        var sourceIds = document.Nodes.Select(node => node.Provenance.Source).Concat(document.Relations.Select(relation => relation.Provenance.Source))
            .Where(id => !documentSources.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        if (nodeIds.Count == 0 && sourceIds.Count == 0)
            return;

        var result = await transaction.RunAsync(
            Neo4jQuery.Write(Neo4jStatements.ExistingReferences, new Dictionary<string, object?> { ["nodeIds"] = nodeIds, ["sourceIds"] = sourceIds }), cancellationToken);
        var record = result.Records[0];
        documentNodes.UnionWith(record["nodes"].EnumerateArray().Select(id => id.GetString()!));
        documentSources.UnionWith(record["sources"].EnumerateArray().Select(id => id.GetString()!));

        for (var i = 0; i < document.Nodes.Count; i++)
        {
            if (!documentSources.Contains(document.Nodes[i].Provenance.Source))
                throw MissingReferenceException.NoSource($"nodes[{i}].provenance.source", document.Nodes[i].Provenance.Source);
        }
        for (var i = 0; i < document.Relations.Count; i++)
        {
            var relation = document.Relations[i];
            if (MissingReferenceException.FirstOf(relation, $"relations[{i}].", documentNodes.Contains(relation.From),
                documentNodes.Contains(relation.To), documentSources.Contains(relation.Provenance.Source)) is { } missing)
            {
                throw missing;
            }
        }
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
