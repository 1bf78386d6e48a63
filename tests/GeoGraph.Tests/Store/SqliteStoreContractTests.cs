using GeoGraph.Core.Graph;
using GeoGraph.Core.Topology;
using GeoGraph.Store.Sqlite;

namespace GeoGraph.Tests.Store;

/// <summary>The store contract, queries included, on the embedded SQLite store, one fresh database file per test.</summary>
public sealed class SqliteStoreContractTests : GraphQueriesContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-store-").FullName;

    protected override Task<IGraphStore> CreateEmptyStoreAsync() => Task.FromResult(ReopenStore());

    // A small merge threshold, so the contract's writes also go through merges of the overlay.
    protected override IGraphStore ReopenStore() =>
        new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, "graph.db") }, new GraphSnapshotOptions { MergeAfter = 64 });

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
