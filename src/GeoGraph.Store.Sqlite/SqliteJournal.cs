using Microsoft.Data.Sqlite;

namespace GeoGraph.Store.Sqlite;

/// <summary>
/// Switches a connection between the write-ahead log the store normally runs on and a rollback journal for one bulk
/// write. Through the log, a load of a million relations writes every page twice (into the log, then into the file at
/// the checkpoint) and its commit alone takes 4-5 s; with a rollback journal, pages new to the file go straight into
/// it and only pages that held data before are journaled, so the load stays just as atomic (<c>docs/benchmarks.md</c>).
/// </summary>
/// <remarks>
/// SQLite leaves the log only when no other connection has the file open, so the idle pooled connections of this
/// store are closed first. Anyone else holding the file (a reader in another process) makes the switch fail with
/// <c>SQLITE_BUSY</c> after a second, and the write runs through the log as usual.
/// </remarks>
internal static class SqliteJournal
{
    private const int SqliteBusy = 5;

    /// <summary>Puts <paramref name="connection"/> on a rollback journal; false when it stays on the log.</summary>
    public static bool TryRollback(SqliteConnection connection, params string[] pooledConnectionStrings)
    {
        foreach (var connectionString in pooledConnectionStrings)
        {
            using var idle = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(idle);
        }
        try
        {
            return SetMode(connection, "delete");
        }
        catch (SqliteException error) when (error.SqliteErrorCode == SqliteBusy)
        {
            return false;
        }
    }

    /// <summary>Back to the log the store runs on; should that fail, the next start sets it (<see cref="SqliteSchema.FileFormat"/>).</summary>
    public static void BackToWriteAheadLog(SqliteConnection connection)
    {
        try
        {
            SetMode(connection, "wal");
        }
        catch (SqliteException error) when (error.SqliteErrorCode == SqliteBusy)
        {
        }
    }

    private static bool SetMode(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode = {mode}";
        command.CommandTimeout = 1;
        return string.Equals(command.ExecuteScalar() as string, mode, StringComparison.OrdinalIgnoreCase);
    }
}
