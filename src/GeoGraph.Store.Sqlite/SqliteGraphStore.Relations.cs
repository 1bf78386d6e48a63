using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Relations with an open-ended validity stay in range up to this day.
    private const string OpenEnd = "9999-12-31";

    public async Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.Command("SELECT doc FROM relations WHERE id = @id", null, ("@id", id))
            .ReadAllAsync(reader => reader.Doc<Relation>(0), cancellationToken);
        return rows.SingleOrDefault();
    }

    public async Task<Page<Relation>> ListRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default)
    {
        var filter = new SqlFilter()
            .AddIn("type", "type", query.Types)
            .AddIf(query.From is not null, "from_id = @from", ("@from", query.From))
            .AddIf(query.To is not null, "to_id = @to", ("@to", query.To))
            .AddIf(query.DateFrom is not null, "date_end >= @dateFrom", ("@dateFrom", query.DateFrom?.StartText))
            .AddIf(query.DateTo is not null, "date_start <= @dateTo", ("@dateTo", query.DateTo?.EndText))
            .After("''", "id", query.After);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection
            .Command($"SELECT doc FROM relations {filter.Where} ORDER BY id LIMIT @limit", null, [.. filter.Parameters, ("@limit", query.Limit + 1)])
            .ReadAllAsync(reader => reader.Doc<Relation>(0), cancellationToken);
        return ToPage(rows, query.Limit, relation => relation, relation => new Cursor("", relation.Id));
    }

    public Task CreateRelationAsync(Relation relation, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            if (await connection.Command("SELECT 1 FROM relations WHERE id = @id", transaction, ("@id", relation.Id)).ExistsAsync(cancellationToken))
                throw new DuplicateIdException("relation", relation.Id);
            await RequireEndsAsync(connection, transaction, relation, "", cancellationToken);
            await RequireSourceAsync(connection, transaction, relation.Provenance, "provenance.source", cancellationToken);
            await SaveRelationAsync(connection, transaction, relation, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<bool> DeleteRelationAsync(string id, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
            await connection.Command("DELETE FROM relations WHERE id = @id", transaction, ("@id", id)).ExecuteNonQueryAsync(cancellationToken) > 0,
            cancellationToken);

    public async Task<IReadOnlyList<NodeRelation>?> GetNodeRelationsAsync(string id, Direction direction, IReadOnlyCollection<string> types, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (!await connection.Command("SELECT 1 FROM nodes WHERE id = @id", null, ("@id", id)).ExistsAsync(cancellationToken))
            return null;
        var (typeList, typeParameters) = SqliteCommands.InList("type", types);
        var typeClause = types.Count == 0 ? "" : $"AND r.type IN {typeList}";
        var parts = new List<string>();
        if (direction is Direction.Out or Direction.Both)
            parts.Add($"SELECT 'Out', r.doc, o.doc, r.id FROM relations r JOIN nodes o ON o.id = r.to_id WHERE r.from_id = @id {typeClause}");
        if (direction is Direction.In or Direction.Both)
            parts.Add($"SELECT 'In', r.doc, o.doc, r.id FROM relations r JOIN nodes o ON o.id = r.from_id WHERE r.to_id = @id {typeClause}");
        return await connection
            .Command($"{string.Join(" UNION ALL ", parts)} ORDER BY 4", null, [("@id", id), .. typeParameters])
            .ReadAllAsync(reader => new NodeRelation(Enum.Parse<Direction>(reader.GetString(0)), reader.Doc<Relation>(1), reader.Doc<Node>(2)), cancellationToken);
    }

    private static async Task RequireEndsAsync(SqliteConnection connection, SqliteTransaction transaction, Relation relation, string fieldPrefix, CancellationToken cancellationToken)
    {
        foreach (var (field, id) in new[] { ("from", relation.From), ("to", relation.To) })
        {
            if (!await connection.Command("SELECT 1 FROM nodes WHERE id = @id", transaction, ("@id", id)).ExistsAsync(cancellationToken))
                throw new MissingReferenceException(fieldPrefix + field, $"There is no node with id '{id}'.");
        }
    }

    private static Task<int> SaveRelationAsync(SqliteConnection connection, SqliteTransaction transaction, Relation relation, CancellationToken cancellationToken)
    {
        var start = relation.Date ?? relation.ValidFrom ?? relation.ValidTo;
        var end = relation.Date?.EndText ?? relation.ValidTo?.EndText ?? (relation.ValidFrom is not null ? OpenEnd : null);
        return connection.Command("""
            INSERT INTO relations (id, type, from_id, to_id, date_start, date_end, source_id, doc)
            VALUES (@id, @type, @from, @to, @dateStart, @dateEnd, @sourceId, @doc)
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, from_id = excluded.from_id, to_id = excluded.to_id,
                date_start = excluded.date_start, date_end = excluded.date_end, source_id = excluded.source_id, doc = excluded.doc
            """, transaction,
            ("@id", relation.Id), ("@type", relation.Type), ("@from", relation.From), ("@to", relation.To),
            ("@dateStart", start?.StartText), ("@dateEnd", end),
            ("@sourceId", relation.Provenance.Source), ("@doc", SqliteCommands.ToDoc(relation)))
            .ExecuteNonQueryAsync(cancellationToken);
    }
}
