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
    /// <param name="offline">
    /// No other process uses the file while this store does (the CLI's <c>import</c> and <c>generate</c>; never the
    /// service). Bulk writes then go through a rollback journal instead of the write-ahead log (see
    /// <see cref="SqliteJournal"/>), which readers elsewhere would have to wait for.
    /// </param>
    public SqliteGraphStore(SqliteStoreOptions options, GraphSnapshotOptions? snapshots = null, ILogger? logger = null, bool offline = false)
    {
        _options = options;
        _offline = offline;
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
        _pooledConnectionStrings = [_connectionString, _bulkConnectionString];
        _snapshots = new GraphSnapshots(BuildSnapshotAsync, snapshots ?? new GraphSnapshotOptions(), TimeProvider.System, logger);
    }

    private readonly string _connectionString;

    private readonly bool _offline;

    // For bulk writes only, which check their references themselves (see UpsertAsync): foreign keys off.
    private readonly string _bulkConnectionString;

    // Both pools' idle connections are closed before a switch of journal (see SqliteJournal).
    private readonly string[] _pooledConnectionStrings;

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

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: it commits only when the work completes. Then the
    /// snapshot takes the change <paramref name="changed"/> describes, before the write returns.
    /// </summary>
    /// <param name="bulk">A large write that checks its own references (see <see cref="SqliteWriteSession"/>).</param>
    private async Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, Func<T, GraphChange?> changed,
        CancellationToken cancellationToken, bool bulk = false)
    {
        await using var session = await BeginWriteAsync(bulk, cancellationToken);
        var result = await work(session.Connection, session.Transaction);
        await session.CommitAsync();
        if (changed(result) is { } change)
            _snapshots.Apply(change);
        return result;
    }

    private Task<SqliteWriteSession> BeginWriteAsync(bool bulk, CancellationToken cancellationToken) =>
        SqliteWriteSession.BeginAsync(bulk ? _bulkConnectionString : _connectionString, _writeLock, bulk, _offline,
            _pooledConnectionStrings, cancellationToken);
}
