using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Search;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Topology;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.Command("SELECT doc FROM nodes WHERE id = @id", null, ("@id", id))
            .ReadAllAsync(reader => reader.Doc<Node>(0), cancellationToken);
        return rows.SingleOrDefault();
    }

    public async Task<Page<Node>> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        var dates = DateRange.Between(query.From, query.To);
        var filter = new SqlFilter()
            .Add("category = @category", ("@category", query.Category.ToString()))
            .AddIn("kind", "kind", query.Kinds)
            .AddIf(!string.IsNullOrWhiteSpace(query.Name), "folded_names LIKE @name", ("@name", $"%{SearchText.Fold(query.Name)}%"))
            .AddIf(dates.Start is not null, "date_end >= @from", ("@from", dates.Start))
            .AddIf(dates.End is not null, "date_start <= @to", ("@to", dates.End))
            .AddIf(query.InvolvedId is not null,
                "id IN (SELECT to_id FROM relations WHERE from_id = @involved UNION SELECT from_id FROM relations WHERE to_id = @involved)",
                ("@involved", query.InvolvedId))
            .After("sort_key", "id", query.After);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection
            .Command($"SELECT doc, sort_key FROM nodes {filter.Where} ORDER BY sort_key, id LIMIT @limit", null,
                [.. filter.Parameters, ("@limit", query.Limit + 1)])
            .ReadAllAsync(reader => (Node: reader.Doc<Node>(0), SortKey: reader.GetString(1)), cancellationToken);
        return Pages.Of(rows, query.Limit, row => row.Node, row => new Cursor(row.SortKey, row.Node.Id));
    }

    public Task CreateNodeAsync(Node node, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            using var writer = new SqliteWriter(connection);
            if (writer.Exists("nodes", node.Id))
                throw new DuplicateIdException("node", node.Id);
            writer.SaveNode(node, "provenance.source");
            return true;
        }, _ => GraphChange.Upserted(node), cancellationToken);

    public Task<bool> ReplaceNodeAsync(Node node, IfMatch? ifMatch = null, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            await connection.CheckAsync<Node>(transaction, ifMatch, NodeOfCategory, [("@id", node.Id), ("@category", node.Category.ToString())],
                () => new PreconditionFailedException(Name(node.Category), node.Id), cancellationToken);
            if (!await NodeExistsAsync(connection, transaction, node.Id, node.Category, cancellationToken))
                return false;
            using var writer = new SqliteWriter(connection);
            writer.SaveNode(node, "provenance.source");
            return true;
        }, replaced => replaced ? GraphChange.Upserted(node) : null, cancellationToken);

    public Task<DeleteOutcome> DeleteNodeAsync(string id, NodeCategory category, bool cascade, IfMatch? ifMatch = null,
        CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            await connection.CheckAsync<Node>(transaction, ifMatch, NodeOfCategory, [("@id", id), ("@category", category.ToString())],
                () => new PreconditionFailedException(Name(category), id), cancellationToken);
            if (!await NodeExistsAsync(connection, transaction, id, category, cancellationToken))
                return DeleteOutcome.NotFound;
            const string OwnRelations = "FROM relations WHERE from_id = @id OR to_id = @id";
            if (!cascade && await connection.Command($"SELECT 1 {OwnRelations} LIMIT 1", transaction, ("@id", id)).ExistsAsync(cancellationToken))
                return DeleteOutcome.HasRelations;
            await connection.Command($"""
                DELETE {OwnRelations};
                DELETE FROM node_search WHERE rowid = (SELECT rowid FROM nodes WHERE id = @id);
                DELETE FROM nodes WHERE id = @id;
                """, transaction, ("@id", id)).ExecuteNonQueryAsync(cancellationToken);
            return DeleteOutcome.Deleted;
        }, outcome => outcome == DeleteOutcome.Deleted ? GraphChange.NodeRemoved(id) : null, cancellationToken);

    private static Task<bool> NodeExistsAsync(SqliteConnection connection, SqliteTransaction transaction, string id, NodeCategory category, CancellationToken cancellationToken) =>
        connection.Command("SELECT 1 FROM nodes WHERE id = @id AND category = @category", transaction,
            ("@id", id), ("@category", category.ToString())).ExistsAsync(cancellationToken);

    private const string NodeOfCategory = "SELECT doc FROM nodes WHERE id = @id AND category = @category";

    private static string Name(NodeCategory category) => category.ToString().ToLowerInvariant();
}
