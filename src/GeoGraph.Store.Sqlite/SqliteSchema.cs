namespace GeoGraph.Store.Sqlite;

/// <summary>
/// Tables of the embedded store. Each row keeps the whole record as JSON in <c>doc</c>; the other
/// columns exist to filter, sort and join. <c>node_search</c> is an FTS5 index over folded text,
/// linked to <c>nodes</c> by rowid.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>
    /// How a new file is laid out, whichever store (graph or keys) makes it first: write-ahead logging, and 16 KiB
    /// pages, which load a million relations about 3 s faster than SQLite's default 4 KiB and read no slower
    /// (<c>docs/benchmarks.md</c>). The page size takes effect only on a file not yet written; an older file keeps its own.
    /// </summary>
    public const string FileFormat = """
        PRAGMA page_size = 16384;
        PRAGMA journal_mode = WAL;

        """;

    public const string Create = FileFormat + """
        CREATE TABLE IF NOT EXISTS sources (
            id TEXT PRIMARY KEY,
            doc TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS nodes (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            category TEXT NOT NULL,
            kind TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            date_start TEXT,
            date_end TEXT,
            folded_names TEXT NOT NULL,
            source_id TEXT NOT NULL REFERENCES sources(id),
            doc TEXT NOT NULL);
        DROP INDEX IF EXISTS nodes_by_source;
        CREATE TABLE IF NOT EXISTS relations (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            from_id TEXT NOT NULL REFERENCES nodes(id),
            to_id TEXT NOT NULL REFERENCES nodes(id),
            date_start TEXT,
            date_end TEXT,
            source_id TEXT NOT NULL REFERENCES sources(id),
            doc TEXT NOT NULL);
        DROP INDEX IF EXISTS relations_by_source;
        CREATE VIRTUAL TABLE IF NOT EXISTS node_search USING fts5(name, aliases, title, body);
        """ + SecondaryIndexes;

    /// <summary>
    /// The indexes that serve filters and joins, not uniqueness: a bulk load into an empty store drops them and builds
    /// them once at the end, which is much cheaper than keeping them up to date row by row.
    /// </summary>
    public const string SecondaryIndexes = """
        CREATE INDEX IF NOT EXISTS nodes_by_category ON nodes(category, sort_key, id);
        CREATE INDEX IF NOT EXISTS nodes_by_source_id ON nodes(source_id, id);
        CREATE INDEX IF NOT EXISTS relations_from ON relations(from_id, type);
        CREATE INDEX IF NOT EXISTS relations_to ON relations(to_id, type);
        CREATE INDEX IF NOT EXISTS relations_by_type ON relations(type, id);
        CREATE INDEX IF NOT EXISTS relations_by_source_id ON relations(source_id, id);
        """;

    /// <summary>
    /// Builds <see cref="SecondaryIndexes"/> after a bulk load. SQLite's sorter hands work to helper threads only when
    /// the rows outgrow its memory, so a small page cache for the build (8 MiB) cuts each sort into runs that both
    /// cores sort at once: the relation indexes of a million relations build in 4.3 s instead of 6.6 s. The store
    /// sets the cache back after the write, and the threads here.
    /// </summary>
    public const string BuildSecondaryIndexes = """
        PRAGMA threads = 2;
        PRAGMA cache_size = -8192;

        """ + SecondaryIndexes + """
        PRAGMA threads = 0;
        """;

    public const string DropSecondaryIndexes = """
        DROP INDEX IF EXISTS nodes_by_category;
        DROP INDEX IF EXISTS nodes_by_source_id;
        DROP INDEX IF EXISTS relations_from;
        DROP INDEX IF EXISTS relations_to;
        DROP INDEX IF EXISTS relations_by_type;
        DROP INDEX IF EXISTS relations_by_source_id;
        """;
}
