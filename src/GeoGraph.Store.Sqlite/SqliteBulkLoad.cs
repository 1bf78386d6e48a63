using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

namespace GeoGraph.Store.Sqlite;

/// <summary>
/// A load into an empty store (<see cref="SqliteGraphStore.BeginBulkLoadAsync"/>): every record is a plain insert, so
/// a repeated id fails its unique key. References are checked in memory, against the node and source ids written so
/// far; one citing a record not (yet) written waits for the commit, which refuses it if it is still missing. Only ids
/// are kept, never records, so the load's memory grows with the node count, not with the relations.
/// </summary>
internal sealed class SqliteBulkLoad(SqliteWriteSession session, Action committed) : IBulkLoad
{
    private readonly SqliteWriter _writer = new(session.Connection, SqliteWriteMode.AllNew);
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nodes = new(StringComparer.Ordinal);
    // Ids cited before they were written, each with the first field that cites it.
    private readonly Dictionary<string, string> _awaitedSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _awaitedNodes = new(StringComparer.Ordinal);

    public BulkBatch Prepare(IReadOnlyList<Source> sources, IReadOnlyList<Node> nodes, IReadOnlyList<Relation> relations) =>
        new Batch([.. sources.Select(SourceRow.Of)], [.. nodes.Select(NodeRow.Of)], [.. relations.Select(RelationRow.Of)]);

    public void Write(BulkBatch batch)
    {
        var (sources, nodes, relations) = batch as Batch ?? throw new ArgumentException("The batch was prepared by another load.", nameof(batch));
        foreach (var row in sources)
        {
            _writer.SaveSource(row);
            _sources.Add(row.Source.Id);
            _awaitedSources.Remove(row.Source.Id);
        }
        foreach (var row in nodes)
        {
            var node = row.Node;
            _writer.SaveNode(row, "");
            _nodes.Add(node.Id);
            _awaitedNodes.Remove(node.Id);
            Cite(_sources, _awaitedSources, node.Provenance.Source, "node", node.Id, "provenance.source");
        }
        foreach (var row in relations)
        {
            var relation = row.Relation;
            _writer.SaveRelation(row, "");
            Cite(_nodes, _awaitedNodes, relation.From, "relation", relation.Id, "from");
            Cite(_nodes, _awaitedNodes, relation.To, "relation", relation.Id, "to");
            Cite(_sources, _awaitedSources, relation.Provenance.Source, "relation", relation.Id, "provenance.source");
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_awaitedNodes.FirstOrDefault() is ({ } node, { } nodeField))
            throw MissingReferenceException.NoNode(nodeField, node);
        if (_awaitedSources.FirstOrDefault() is ({ } source, { } sourceField))
            throw MissingReferenceException.NoSource(sourceField, source);
        cancellationToken.ThrowIfCancellationRequested();
        using (var indexes = session.Connection.Command(SqliteSchema.BuildSecondaryIndexes, session.Transaction))
            indexes.ExecuteNonQuery();
        await session.CommitAsync();
        committed();
    }

    public async ValueTask DisposeAsync()
    {
        _writer.Dispose();
        await session.DisposeAsync();
    }

    /// <summary>Notes <paramref name="id"/> as awaited when not written yet, with the field citing it (named only then: most ids are written).</summary>
    private static void Cite(HashSet<string> written, Dictionary<string, string> awaited, string id, string citer, string citerId, string field)
    {
        if (!written.Contains(id) && !awaited.ContainsKey(id))
            awaited[id] = $"{citer} '{citerId}': {field}";
    }

    private sealed class Batch(SourceRow[] sources, NodeRow[] nodes, RelationRow[] relations) : BulkBatch
    {
        public override int SourceCount => sources.Length;

        public override int NodeCount => nodes.Length;

        public override int RelationCount => relations.Length;

        public void Deconstruct(out SourceRow[] sourceRows, out NodeRow[] nodeRows, out RelationRow[] relationRows) =>
            (sourceRows, nodeRows, relationRows) = (sources, nodes, relations);
    }
}
