using GeoGraph.Core.Graph;
using GeoGraph.Core.Topology;
using GeoGraph.Store.Sqlite;

namespace GeoGraph.Tests.Store;

/// <summary>The store contract, queries included, on the embedded SQLite store, a fresh database file per test (and per empty store a test asks for).</summary>
public sealed class SqliteStoreContractTests : GraphQueriesContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-store-").FullName;

    private int _files;

    /// <summary>A store over a new file; <see cref="ReopenStore"/> then opens that file.</summary>
    protected override Task<IGraphStore> CreateEmptyStoreAsync()
    {
        _files++;
        return Task.FromResult(ReopenStore());
    }

    // A small merge threshold, so the contract's writes also go through merges of the overlay.
    protected override IGraphStore ReopenStore() =>
        new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, $"graph-{_files}.db") }, new GraphSnapshotOptions { MergeAfter = 64 });

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
