using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Topology;

namespace GeoGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyList<SourceSummary>> ListSourcesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.Command("""
            SELECT s.doc,
                (SELECT count(*) FROM nodes WHERE source_id = s.id),
                (SELECT count(*) FROM relations WHERE source_id = s.id)
            FROM sources s ORDER BY s.id
            """, null)
            .ReadAllAsync(reader => new SourceSummary(reader.Doc<Source>(0), reader.GetInt32(1), reader.GetInt32(2)), cancellationToken);
    }

    public async Task<SourceDetail?> GetSourceAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var source = (await connection.Command("SELECT doc FROM sources WHERE id = @id", null, ("@id", id))
            .ReadAllAsync(reader => reader.Doc<Source>(0), cancellationToken)).SingleOrDefault();
        if (source is null)
            return null;
        var nodes = await connection.Command("SELECT doc FROM nodes WHERE source_id = @id ORDER BY id", null, ("@id", id))
            .ReadAllAsync(reader => reader.Doc<Node>(0), cancellationToken);
        var relations = await connection.Command("SELECT doc FROM relations WHERE source_id = @id ORDER BY id", null, ("@id", id))
            .ReadAllAsync(reader => reader.Doc<Relation>(0), cancellationToken);
        return new SourceDetail(source, nodes, relations);
    }

    public Task CreateSourceAsync(Source source, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            using var writer = new SqliteWriter(connection, transaction);
            if (writer.Exists("sources", source.Id))
                throw new DuplicateIdException("source", source.Id);
            writer.SaveSource(source);
            return true;
        }, _ => null, cancellationToken);

    public Task UpsertAsync(GraphDocument document, CancellationToken cancellationToken = default) =>
        InTransactionAsync((connection, transaction) =>
        {
            using var writer = new SqliteWriter(connection, transaction);
            foreach (var source in document.Sources)
                writer.SaveSource(source);
            for (var i = 0; i < document.Nodes.Count; i++)
                writer.SaveNode(document.Nodes[i], $"nodes[{i}].provenance.source");
            for (var i = 0; i < document.Relations.Count; i++)
                writer.SaveRelation(document.Relations[i], $"relations[{i}].");
            return Task.FromResult(true);
        }, _ => GraphChange.Of(document), cancellationToken, bulk: true);
}
