using GeoGraph.Core.Graph;
using GeoGraph.Store.Sqlite;

namespace GeoGraph.Tests.Store;

/// <summary>The store contract on the embedded SQLite store, one fresh database file per test.</summary>
public sealed class SqliteStoreContractTests : GraphStoreContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-store-").FullName;

    protected override Task<IGraphStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IGraphStore>(new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, "graph.db") }));

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
