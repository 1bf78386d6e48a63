using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Topology;

namespace GeoGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.Command("SELECT doc FROM relations WHERE id = @id", null, ("@id", id))
            .ReadAllAsync(reader => reader.Doc<Relation>(0), cancellationToken);
        return rows.SingleOrDefault();
    }

    public async Task<Page<Relation>> ListRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default)
    {
        var dates = DateRange.Between(query.DateFrom, query.DateTo);
        var filter = new SqlFilter()
            .AddIn("type", "type", query.Types)
            .AddIf(query.From is not null, "from_id = @from", ("@from", query.From))
            .AddIf(query.To is not null, "to_id = @to", ("@to", query.To))
            .AddIf(dates.Start is not null, "date_end >= @dateFrom", ("@dateFrom", dates.Start))
            .AddIf(dates.End is not null, "date_start <= @dateTo", ("@dateTo", dates.End))
            .After("''", "id", query.After);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection
            .Command($"SELECT doc FROM relations {filter.Where} ORDER BY id LIMIT @limit", null, [.. filter.Parameters, ("@limit", query.Limit + 1)])
            .ReadAllAsync(reader => reader.Doc<Relation>(0), cancellationToken);
        return Pages.Of(rows, query.Limit, relation => relation, relation => new Cursor("", relation.Id));
    }

    public Task CreateRelationAsync(Relation relation, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            using var writer = new SqliteWriter(connection);
            if (writer.Exists("relations", relation.Id))
                throw new DuplicateIdException("relation", relation.Id);
            writer.SaveRelation(relation, "");
            return true;
        }, _ => GraphChange.Upserted(relation), cancellationToken);

    public Task<bool> DeleteRelationAsync(string id, IfMatch? ifMatch = null, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            await connection.CheckAsync<Relation>(transaction, ifMatch, "SELECT doc FROM relations WHERE id = @id", [("@id", id)],
                () => new PreconditionFailedException("relation", id), cancellationToken);
            return await connection.Command("DELETE FROM relations WHERE id = @id", transaction, ("@id", id)).ExecuteNonQueryAsync(cancellationToken) > 0;
        },
            deleted => deleted ? GraphChange.EdgeRemoved(id) : null, cancellationToken);

    public async Task<Page<NodeRelation>?> GetNodeRelationsAsync(NodeRelationQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (!await connection.Command("SELECT 1 FROM nodes WHERE id = @id", null, ("@id", query.Id)).ExistsAsync(cancellationToken))
            return null;
        var (typeList, typeParameters) = SqliteCommands.InList("type", query.Types);
        var typeClause = query.Types.Count == 0 ? "" : $"AND r.type IN {typeList}";
        string AfterClause(string direction) => query.After is null ? "" : $"AND (r.id, '{direction}') > (@afterKey, @afterId)";
        var parts = new List<string>();
        if (query.Direction is Direction.Out or Direction.Both)
            parts.Add($"SELECT 'Out', r.doc, o.doc, r.id FROM relations r JOIN nodes o ON o.id = r.to_id WHERE r.from_id = @id {typeClause} {AfterClause("Out")}");
        if (query.Direction is Direction.In or Direction.Both)
            parts.Add($"SELECT 'In', r.doc, o.doc, r.id FROM relations r JOIN nodes o ON o.id = r.from_id WHERE r.to_id = @id {typeClause} {AfterClause("In")}");
        var rows = await connection
            .Command($"{string.Join(" UNION ALL ", parts)} ORDER BY 4, 1 LIMIT @limit", null,
                [("@id", query.Id), ("@afterKey", query.After?.SortKey), ("@afterId", query.After?.Id), ("@limit", query.Limit + 1), .. typeParameters])
            .ReadAllAsync(reader => new NodeRelation(Enum.Parse<Direction>(reader.GetString(0)), reader.Doc<Relation>(1), reader.Doc<Node>(2)), cancellationToken);
        return Pages.Of(rows, query.Limit, item => item, item => new Cursor(item.Relation.Id, item.Direction.ToString()));
    }
}
