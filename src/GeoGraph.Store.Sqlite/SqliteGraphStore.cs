using GeoGraph.Core.Graph;
using GeoGraph.Core.Topology;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace GeoGraph.Store.Sqlite;

/// <summary>The embedded store: one SQLite file, no server. Split by concern over several partial files.</summary>
public sealed partial class SqliteGraphStore : IGraphStore, IDisposable
{
    private readonly SqliteStoreOptions _options;
    private readonly GraphSnapshots _snapshots;
    // SQLite takes one writer at a time anyway; holding this across commit and snapshot update keeps both in commit order.
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <param name="logger">Where failed background snapshot builds are reported.</param>
    public SqliteGraphStore(SqliteStoreOptions options, GraphSnapshotOptions? snapshots = null, ILogger? logger = null)
    {
        _options = options;
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = options.Path,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        };
        _connectionString = connection.ToString();
        connection.ForeignKeys = false;
        _bulkConnectionString = connection.ToString();
        _snapshots = new GraphSnapshots(BuildSnapshotAsync, snapshots ?? new GraphSnapshotOptions(), TimeProvider.System, logger);
    }

    private readonly string _connectionString;

    // For bulk writes only, which check their references themselves (see UpsertAsync): foreign keys off.
    private readonly string _bulkConnectionString;

    /// <exception cref="StoreUnavailableException">The file cannot be created or opened, saying which and why.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var path = Path.GetFullPath(_options.Path);
        try
        {
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
                Directory.CreateDirectory(folder);
            await using var connection = await OpenAsync(cancellationToken);
            await connection.Command(SqliteSchema.Create, null).ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception error) when (error is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException(
                $"The SQLite database '{path}' cannot be created or opened ({error.Message}); set Store:Sqlite:Path to a file in a writable folder.", error);
        }
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            var tables = await connection.Command("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'nodes'", null)
                .ExecuteScalarAsync(cancellationToken);
            return Convert.ToInt64(tables, System.Globalization.CultureInfo.InvariantCulture) == 1;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return !await connection.Command("SELECT 1 FROM nodes LIMIT 1", null).ExistsAsync(cancellationToken);
    }

    public void Dispose()
    {
        _snapshots.Dispose();
        _writeLock.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken, bool bulk = false)
    {
        var connection = new SqliteConnection(bulk ? _bulkConnectionString : _connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: it commits only when the work completes. Then the
    /// snapshot takes the change <paramref name="changed"/> describes, before the write returns.
    /// </summary>
    /// <param name="bulk">
    /// A large write that checks its own references: the connection has foreign keys off and gets a big page cache
    /// for its duration, since index inserts in random key order otherwise evict and re-read pages all the time.
    /// The pooled connection's cache is set back after.
    /// </param>
    private async Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, Func<T, GraphChange?> changed,
        CancellationToken cancellationToken, bool bulk = false)
    {
        await using var connection = await OpenAsync(cancellationToken, bulk);
        if (bulk)
            await connection.Command($"PRAGMA cache_size = -{BulkCacheKiB}", null).ExecuteNonQueryAsync(cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(CancellationToken.None);
            if (changed(result) is { } change)
                _snapshots.Apply(change);
            return result;
        }
        finally
        {
            _writeLock.Release();
            if (bulk)
                await connection.Command($"PRAGMA cache_size = -{DefaultCacheKiB}", null).ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private const int BulkCacheKiB = 256 * 1024;

    private const int DefaultCacheKiB = 2000;
}
