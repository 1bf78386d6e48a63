using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Search;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Undated events sort after dated ones.
    private const string UndatedSortKey = "~";

    public async Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.Command("SELECT doc FROM nodes WHERE id = @id", null, ("@id", id))
            .ReadAllAsync(reader => reader.Doc<Node>(0), cancellationToken);
        return rows.SingleOrDefault();
    }

    public async Task<Page<Node>> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        var filter = new SqlFilter()
            .Add("category = @category", ("@category", query.Category.ToString()))
            .AddIn("kind", "kind", query.Kinds)
            .AddIf(!string.IsNullOrWhiteSpace(query.Name), "folded_names LIKE @name", ("@name", $"%{SearchText.Fold(query.Name)}%"))
            .AddIf(query.From is not null, "date_end >= @from", ("@from", query.From?.StartText))
            .AddIf(query.To is not null, "date_start <= @to", ("@to", query.To?.EndText))
            .AddIf(query.InvolvedId is not null,
                "id IN (SELECT to_id FROM relations WHERE from_id = @involved UNION SELECT from_id FROM relations WHERE to_id = @involved)",
                ("@involved", query.InvolvedId))
            .After("sort_key", "id", query.After);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection
            .Command($"SELECT doc, sort_key FROM nodes {filter.Where} ORDER BY sort_key, id LIMIT @limit", null,
                [.. filter.Parameters, ("@limit", query.Limit + 1)])
            .ReadAllAsync(reader => (Node: reader.Doc<Node>(0), SortKey: reader.GetString(1)), cancellationToken);
        return ToPage(rows, query.Limit, row => row.Node, row => new Cursor(row.SortKey, row.Node.Id));
    }

    public Task CreateNodeAsync(Node node, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            if (await connection.Command("SELECT 1 FROM nodes WHERE id = @id", transaction, ("@id", node.Id)).ExistsAsync(cancellationToken))
                throw new DuplicateIdException("node", node.Id);
            await RequireSourceAsync(connection, transaction, node.Provenance, "provenance.source", cancellationToken);
            await SaveNodeAsync(connection, transaction, node, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<bool> ReplaceNodeAsync(Node node, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            if (!await NodeExistsAsync(connection, transaction, node.Id, node.Category, cancellationToken))
                return false;
            await RequireSourceAsync(connection, transaction, node.Provenance, "provenance.source", cancellationToken);
            await SaveNodeAsync(connection, transaction, node, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<DeleteOutcome> DeleteNodeAsync(string id, NodeCategory category, bool cascade, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
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
        }, cancellationToken);

    private static Task<bool> NodeExistsAsync(SqliteConnection connection, SqliteTransaction transaction, string id, NodeCategory category, CancellationToken cancellationToken) =>
        connection.Command("SELECT 1 FROM nodes WHERE id = @id AND category = @category", transaction,
            ("@id", id), ("@category", category.ToString())).ExistsAsync(cancellationToken);

    /// <summary>Inserts or updates a node row and refreshes its search entry.</summary>
    private static async Task SaveNodeAsync(SqliteConnection connection, SqliteTransaction transaction, Node node, CancellationToken cancellationToken)
    {
        var rowId = await connection.Command("""
            INSERT INTO nodes (id, category, kind, sort_key, date_start, date_end, folded_names, source_id, doc)
            VALUES (@id, @category, @kind, @sortKey, @dateStart, @dateEnd, @foldedNames, @sourceId, @doc)
            ON CONFLICT (id) DO UPDATE SET category = excluded.category, kind = excluded.kind, sort_key = excluded.sort_key,
                date_start = excluded.date_start, date_end = excluded.date_end, folded_names = excluded.folded_names,
                source_id = excluded.source_id, doc = excluded.doc
            RETURNING rowid
            """, transaction,
            ("@id", node.Id), ("@category", node.Category.ToString()), ("@kind", node.Kind),
            ("@sortKey", SortKeyOf(node)),
            ("@dateStart", node.Date?.StartText), ("@dateEnd", (node.EndDate ?? node.Date)?.EndText),
            ("@foldedNames", SearchText.Fold(string.Join(' ', [node.Name, .. node.Aliases]))),
            ("@sourceId", node.Provenance.Source), ("@doc", SqliteCommands.ToDoc(node)))
            .ExecuteScalarAsync(cancellationToken);
        await connection.Command("""
            DELETE FROM node_search WHERE rowid = @rowId;
            INSERT INTO node_search (rowid, name, aliases, title, body) VALUES (@rowId, @name, @aliases, @title, @body);
            """, transaction,
            ("@rowId", rowId), ("@name", SearchText.Fold(node.Name)),
            ("@aliases", SearchText.Fold(string.Join(' ', node.Aliases))),
            ("@title", SearchText.Fold($"{node.Title} {node.Country}")),
            ("@body", SearchText.Fold($"{node.Description} {node.Quote}")))
            .ExecuteNonQueryAsync(cancellationToken);
    }

    private static string SortKeyOf(Node node) =>
        node.Category == NodeCategory.Event ? node.Date?.StartText ?? UndatedSortKey : "";

    private static Page<TItem> ToPage<TRow, TItem>(List<TRow> rows, int limit, Func<TRow, TItem> item, Func<TRow, Cursor> cursor) =>
        new(rows.Take(limit).Select(item).ToList(), rows.Count > limit ? cursor(rows[limit - 1]) : null);
}
