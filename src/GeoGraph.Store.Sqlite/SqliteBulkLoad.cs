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
    private readonly SqliteWriter _writer = new(session.Connection, session.Transaction, SqliteWriteMode.AllNew);
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nodes = new(StringComparer.Ordinal);
    // Ids cited before they were written, each with the first field that cites it.
    private readonly Dictionary<string, string> _awaitedSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _awaitedNodes = new(StringComparer.Ordinal);

    public void Write(IReadOnlyList<Source> sources, IReadOnlyList<Node> nodes, IReadOnlyList<Relation> relations)
    {
        foreach (var source in sources)
        {
            _writer.SaveSource(source);
            _sources.Add(source.Id);
            _awaitedSources.Remove(source.Id);
        }
        foreach (var node in nodes)
        {
            _writer.SaveNode(node, "");
            _nodes.Add(node.Id);
            _awaitedNodes.Remove(node.Id);
            Cite(_sources, _awaitedSources, node.Provenance.Source, $"node '{node.Id}': provenance.source");
        }
        foreach (var relation in relations)
        {
            _writer.SaveRelation(relation, "");
            Cite(_nodes, _awaitedNodes, relation.From, $"relation '{relation.Id}': from");
            Cite(_nodes, _awaitedNodes, relation.To, $"relation '{relation.Id}': to");
            Cite(_sources, _awaitedSources, relation.Provenance.Source, $"relation '{relation.Id}': provenance.source");
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

    private static void Cite(HashSet<string> written, Dictionary<string, string> awaited, string id, string field)
    {
        if (!written.Contains(id))
            awaited.TryAdd(id, field);
    }
}
