using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using Microsoft.Data.Sqlite;

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
            if (await connection.Command("SELECT 1 FROM sources WHERE id = @id", transaction, ("@id", source.Id)).ExistsAsync(cancellationToken))
                throw new DuplicateIdException("source", source.Id);
            await SaveSourceAsync(connection, transaction, source, cancellationToken);
            return true;
        }, cancellationToken);

    public Task UpsertAsync(GraphDocument document, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var source in document.Sources)
                await SaveSourceAsync(connection, transaction, source, cancellationToken);
            for (var i = 0; i < document.Nodes.Count; i++)
            {
                await RequireSourceAsync(connection, transaction, document.Nodes[i].Provenance, $"nodes[{i}].provenance.source", cancellationToken);
                await SaveNodeAsync(connection, transaction, document.Nodes[i], cancellationToken);
            }
            for (var i = 0; i < document.Relations.Count; i++)
            {
                var relation = document.Relations[i];
                await RequireEndsAsync(connection, transaction, relation, $"relations[{i}].", cancellationToken);
                await RequireSourceAsync(connection, transaction, relation.Provenance, $"relations[{i}].provenance.source", cancellationToken);
                await SaveRelationAsync(connection, transaction, relation, cancellationToken);
            }
            return true;
        }, cancellationToken);

    private static Task<int> SaveSourceAsync(SqliteConnection connection, SqliteTransaction transaction, Source source, CancellationToken cancellationToken) =>
        connection.Command("INSERT INTO sources (id, doc) VALUES (@id, @doc) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
            transaction, ("@id", source.Id), ("@doc", SqliteCommands.ToDoc(source))).ExecuteNonQueryAsync(cancellationToken);
}
