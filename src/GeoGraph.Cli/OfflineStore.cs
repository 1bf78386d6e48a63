using GeoGraph.Store.Sqlite;

/// <summary>
/// An embedded store the CLI owns for one command: opened offline (no service may use the file meanwhile, so bulk
/// writes take a rollback journal; see <see cref="SqliteGraphStore"/>). Disposing it closes every pooled connection,
/// so the file is whole when the command exits.
/// </summary>
internal sealed class OfflineStore : IDisposable
{
    private OfflineStore(SqliteGraphStore store) => Store = store;

    public SqliteGraphStore Store { get; }

    /// <summary>The store at <paramref name="db"/>, its schema created when the file is new.</summary>
    public static async Task<OfflineStore> OpenAsync(string db)
    {
        var offline = new OfflineStore(new SqliteGraphStore(new SqliteStoreOptions { Path = db }, offline: true));
        try
        {
            await offline.Store.InitializeAsync();
            return offline;
        }
        catch
        {
            offline.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
