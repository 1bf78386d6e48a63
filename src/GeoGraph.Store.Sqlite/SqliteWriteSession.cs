using Microsoft.Data.Sqlite;

namespace GeoGraph.Store.Sqlite;

/// <summary>
/// One write transaction of the store, from its own connection: it holds the store's write lock from begin to end (so
/// commits and snapshot updates keep one order), and disposing it without <see cref="CommitAsync"/> rolls back.
/// </summary>
/// <remarks>
/// A bulk session checks its references itself, so its connection has foreign keys off; it gets a big page cache
/// for its duration, since index inserts in random key order otherwise evict and re-read pages all the time; and on
/// an offline store it writes through a rollback journal (<see cref="SqliteJournal"/>). The pooled connection is set
/// back after.
/// </remarks>
internal sealed class SqliteWriteSession : IAsyncDisposable
{
    private const int BulkCacheKiB = 256 * 1024;

    private const int DefaultCacheKiB = 2000;

    private readonly SemaphoreSlim _writeLock;
    private readonly bool _bulk;
    private bool _journaled;
    private SqliteTransaction? _transaction;

    private SqliteWriteSession(SqliteConnection connection, SemaphoreSlim writeLock, bool bulk)
    {
        Connection = connection;
        _writeLock = writeLock;
        _bulk = bulk;
    }

    public SqliteConnection Connection { get; }

    public SqliteTransaction Transaction => _transaction ?? throw new InvalidOperationException("The session has not begun.");

    /// <param name="pooledConnectionStrings">The store's connection strings, whose idle connections a switch of journal closes.</param>
    public static async Task<SqliteWriteSession> BeginAsync(string connectionString, SemaphoreSlim writeLock, bool bulk, bool offline,
        string[] pooledConnectionStrings, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await writeLock.WaitAsync(cancellationToken);
        var session = new SqliteWriteSession(connection, writeLock, bulk);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (bulk)
                connection.Execute($"PRAGMA cache_size = -{BulkCacheKiB}", null);
            session._journaled = bulk && offline && SqliteJournal.TryRollback(connection, pooledConnectionStrings);
            session._transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public Task CommitAsync() => Transaction.CommitAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_transaction is not null)
                await _transaction.DisposeAsync();
            if (_journaled)
                SqliteJournal.BackToWriteAheadLog(Connection);
            if (_bulk && Connection.State == System.Data.ConnectionState.Open)
                Connection.Execute($"PRAGMA cache_size = -{DefaultCacheKiB}", null);
        }
        finally
        {
            await Connection.DisposeAsync();
            _writeLock.Release();
        }
    }
}
