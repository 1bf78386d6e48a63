using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GeoGraph.Store.Sqlite;

/// <summary>
/// A statement prepared once on a connection and run many times through SQLite's own API (SQLitePCL's <c>raw</c>),
/// inside whatever transaction the connection has open. For a bulk load of a million relations, what
/// Microsoft.Data.Sqlite adds to each run (a data reader, every parameter looked up by name, handle reference counts,
/// text converted from UTF-16) was a fifth of the writer's time.
/// </summary>
/// <remarks>
/// The statement's parameters are <c>@p0</c>, <c>@p1</c>, … in order of first use, so value i binds to index i + 1;
/// the constructor checks it. A value is null, a <see cref="string"/>, a <see cref="long"/>, or UTF-8 text as a byte
/// array (JSON documents, serialized straight to UTF-8).
/// </remarks>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(SqliteConnection connection, string sql, int parameters)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
        for (var i = 0; i < parameters; i++)
        {
            if (raw.sqlite3_bind_parameter_index(_statement, $"@p{i}") != i + 1)
                throw new InvalidOperationException($"@p{i} is not parameter {i + 1} of: {sql}");
        }
    }

    /// <summary>Runs the statement with <paramref name="values"/>; the first column of its first row, if it returns rows.</summary>
    /// <exception cref="SqliteException">SQLite refused the statement (a constraint, say), with its error codes.</exception>
    public long? Run(object?[] values)
    {
        try
        {
            for (var i = 0; i < values.Length; i++)
                Check(Bind(i + 1, values[i]));
            long? first = null;
            int step;
            while ((step = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
                first ??= raw.sqlite3_column_int64(_statement, 0);
            if (step != raw.SQLITE_DONE)
                throw Error(step);
            return first;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
            raw.sqlite3_clear_bindings(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        string text => raw.sqlite3_bind_text(_statement, index, text),
        long number => raw.sqlite3_bind_int64(_statement, index, number),
        byte[] utf8 => raw.sqlite3_bind_text(_statement, index, utf8.AsSpan()),
        _ => throw new ArgumentException($"A {value.GetType().Name} is not a value this store writes.", nameof(value)),
    };

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
            throw Error(result);
    }

    private SqliteException Error(int result) =>
        new(raw.sqlite3_errmsg(_database).utf8_to_string(), result, raw.sqlite3_extended_errcode(_database));
}
