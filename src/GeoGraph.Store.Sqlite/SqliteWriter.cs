using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Store.Sqlite;

/// <summary>
/// Writes rows inside the connection's open transaction with statements prepared once and reused (<see cref="SqliteStatement"/>), so a bulk load of a
/// million relations costs one prepared statement execution per row. For single-record writes foreign keys
/// guard the references, and only when one fails does the writer look up which reference was missing, to name
/// it; a bulk write checks its references itself and writes on a connection with foreign keys off.
/// </summary>
/// <param name="mode">Which records may already be stored, and so need an upsert; see <see cref="SqliteWriteMode"/>.</param>
internal sealed class SqliteWriter(SqliteConnection connection, SqliteWriteMode mode = SqliteWriteMode.Upsert) : IDisposable
{
    private const int ForeignKeyViolation = 787;

    private const int PrimaryKeyViolation = 1555;

    private const int UniqueViolation = 2067;

    private const string InsertRelation = """
        INSERT INTO relations (id, type, from_id, to_id, date_start, date_end, source_id, doc)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)

        """;

    private readonly bool _freshNodes = mode is not SqliteWriteMode.Upsert;

    private readonly bool _freshAll = mode is SqliteWriteMode.AllNew;

    private readonly Dictionary<string, SqliteStatement> _statements = [];
    private long _lastRowId;

    /// <exception cref="DuplicateIdException">In <see cref="SqliteWriteMode.AllNew"/>, a source of that id was written before.</exception>
    public void SaveSource(Source source) => SaveSource(SourceRow.Of(source));

    /// <inheritdoc cref="SaveSource(Source)"/>
    public void SaveSource(SourceRow row)
    {
        var (source, columns) = row;
        if (_freshAll)
            Insert("source", source.Id, "INSERT INTO sources (id, doc) VALUES (@p0, @p1)", columns);
        else
            Run("INSERT INTO sources (id, doc) VALUES (@p0, @p1) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc", columns);
    }

    /// <exception cref="MissingReferenceException">The provenance names no source (reported on <paramref name="sourceField"/>).</exception>
    /// <exception cref="DuplicateIdException">In <see cref="SqliteWriteMode.AllNew"/>, a node of that id was written before.</exception>
    public void SaveNode(Node node, string sourceField) => SaveNode(NodeRow.Of(node), sourceField);

    /// <inheritdoc cref="SaveNode(Node, string)"/>
    public void SaveNode(NodeRow row, string sourceField)
    {
        var (node, indexed, columns) = row;
        object? rowId;
        try
        {
            if (_freshNodes)
            {
                rowId = _lastRowId + 1;
                Insert("node", node.Id, """
                    INSERT INTO nodes (id, category, kind, sort_key, date_start, date_end, folded_names, source_id, doc, rowid)
                    VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)
                    """, [.. columns, rowId]);
                _lastRowId++;
            }
            else
            {
                rowId = Scalar("""
                    INSERT INTO nodes (id, category, kind, sort_key, date_start, date_end, folded_names, source_id, doc)
                    VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)
                    ON CONFLICT (id) DO UPDATE SET category = excluded.category, kind = excluded.kind, sort_key = excluded.sort_key,
                        date_start = excluded.date_start, date_end = excluded.date_end, folded_names = excluded.folded_names,
                        source_id = excluded.source_id, doc = excluded.doc
                    RETURNING rowid
                    """, columns);
            }
        }
        catch (SqliteException error) when (error.SqliteExtendedErrorCode == ForeignKeyViolation)
        {
            throw MissingReferenceException.NoSource(sourceField, node.Provenance.Source);
        }
        if (!_freshNodes)
            Run("DELETE FROM node_search WHERE rowid = @p0", rowId);
        Run("INSERT INTO node_search (rowid, name, aliases, title, body) VALUES (@p0, @p1, @p2, @p3, @p4)",
            rowId, indexed.Search.Name, indexed.Search.Aliases, indexed.Search.Title, indexed.Search.Body);
    }

    /// <exception cref="MissingReferenceException">An end node or the source does not exist (fields prefixed by <paramref name="fieldPrefix"/>).</exception>
    /// <exception cref="DuplicateIdException">In <see cref="SqliteWriteMode.AllNew"/>, a relation of that id was written before.</exception>
    public void SaveRelation(Relation relation, string fieldPrefix) => SaveRelation(RelationRow.Of(relation), fieldPrefix);

    /// <inheritdoc cref="SaveRelation(Relation, string)"/>
    public void SaveRelation(RelationRow row, string fieldPrefix)
    {
        var (relation, columns) = row;
        try
        {
            if (_freshAll)
                Insert("relation", relation.Id, InsertRelation, columns);
            else
                Run(InsertRelation + """
                    ON CONFLICT (id) DO UPDATE SET type = excluded.type, from_id = excluded.from_id, to_id = excluded.to_id,
                        date_start = excluded.date_start, date_end = excluded.date_end, source_id = excluded.source_id, doc = excluded.doc
                    """, columns);
        }
        catch (SqliteException error) when (error.SqliteExtendedErrorCode == ForeignKeyViolation)
        {
            throw MissingReference(relation, fieldPrefix);
        }
    }

    public bool Exists(string table, string id) =>
        Scalar($"SELECT 1 FROM {table} WHERE id = @p0", id) is not null;

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
            statement.Dispose();
    }

    // A foreign key failed: one of the three references is missing.
    private MissingReferenceException MissingReference(Relation relation, string fieldPrefix) =>
        MissingReferenceException.FirstOf(relation, fieldPrefix,
            Exists("nodes", relation.From), Exists("nodes", relation.To), Exists("sources", relation.Provenance.Source))
        ?? throw new InvalidOperationException($"A reference of relation '{relation.Id}' failed its foreign key, yet all exist.");

    private void Run(string sql, params object?[] values) => _ = Scalar(sql, values);

    /// <summary>Runs the statement; the first column of its first row (a <c>RETURNING</c> rowid, a <c>SELECT 1</c>), or null.</summary>
    private long? Scalar(string sql, params object?[] values) => Prepared(sql, values.Length).Run(values);

    /// <summary>A plain insert, whose unique key failing means the id was written before.</summary>
    private void Insert(string what, string id, string sql, object?[] values)
    {
        try
        {
            Run(sql, values);
        }
        catch (SqliteException error) when (error.SqliteExtendedErrorCode is PrimaryKeyViolation or UniqueViolation)
        {
            throw new DuplicateIdException(what, id);
        }
    }

    /// <summary>The statement for this SQL (parameters @p0, @p1, …), prepared on first use and kept for the writer's life.</summary>
    private SqliteStatement Prepared(string sql, int parameters)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new SqliteStatement(connection, sql, parameters);
            _statements[sql] = statement;
        }
        return statement;
    }
}

/// <summary>What a <see cref="SqliteWriter"/> may assume about the records it writes.</summary>
internal enum SqliteWriteMode
{
    /// <summary>Any record may be stored already: each is an upsert.</summary>
    Upsert,

    /// <summary>
    /// Every node written is new (a load into an empty store, each id once): nodes take rowids 1, 2, … in a plain
    /// insert, since an upsert's <c>RETURNING rowid</c> costs a result set per row (a fifth of a million-relation
    /// load), and no search row needs deleting first. Sources and relations are still upserts.
    /// </summary>
    NewNodes,

    /// <summary>Every record is new (a bulk load): each is a plain insert, and an id written twice fails as a duplicate.</summary>
    AllNew,
}
