using GeoGraph.Api.Import;
using GeoGraph.Core.Exchange;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Store.Sqlite;
using GeoGraph.Synthetic;
using Microsoft.Data.Sqlite;
using static GeoGraph.Tests.Import.ImportFiles;

namespace GeoGraph.Tests.Import;

/// <summary>
/// The streamed bulk load into an empty embedded store (<see cref="BulkImporter"/>, <see cref="IBulkLoadingStore"/>):
/// it stores exactly what the row-by-row path stores, takes references to records of later batches, and anything it
/// would refuse undoes the whole load, leaving the file empty and on its write-ahead log.
/// </summary>
public sealed class BulkImporterTests : IDisposable
{
    // More records than a batch, so that every load here spans several batches.
    private static readonly GraphDocument Graph = SyntheticGraph.GenerateDocument(new SyntheticGraphOptions { Actors = 300, Relations = 3_000, Seed = 5, HubLeaves = 8 });

    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-bulk-import-").FullName;

    [Fact]
    public async Task AStreamedLoadStoresTheSameRowsSearchEntriesAndIndexesAsTheRowByRowPath()
    {
        Assert.True(Graph.Relations.Count > 2 * BulkImporter.BatchSize, "the graph spans several batches");
        var (streamed, rowByRow) = (PathOf("streamed.db"), PathOf("row-by-row.db"));
        using (var store = await OpenAsync(streamed, offline: true))
        {
            var report = await BulkImporter.TryLoadAsync(store, BulkImporter.LinesOf(Graph), default);
            Assert.NotNull(report);
            Assert.Equal(new ImportCounts(Graph.Sources.Count, Graph.Nodes.Count, Graph.Relations.Count), report.Created);
            Assert.True(report.Written);
        }
        using (var store = await OpenAsync(rowByRow, offline: false))
        {
            // One node first, so the whole graph then goes into a store that is not empty: the row-by-row path.
            await store.UpsertAsync(Graph with { Nodes = [Graph.Nodes[0]], Relations = [] });
            await store.UpsertAsync(Graph);
        }

        foreach (var query in BulkLoadTests.ComparedQueries)
            Assert.Equal(BulkLoadTests.Rows(rowByRow, query), BulkLoadTests.Rows(streamed, query));
        Assert.Equal("wal", JournalMode(streamed));
    }

    [Fact]
    public async Task AReferenceToARecordOfALaterBatchResolvesAtCommit()
    {
        var path = PathOf("later.db");
        using var store = await OpenAsync(path, offline: true);
        await using (var load = (await store.BeginBulkLoadAsync())!)
        {
            Write(load, [], [], Graph.Relations);
            Write(load, [], Graph.Nodes, []);
            Write(load, Graph.Sources, [], []);
            await load.CommitAsync();
        }

        Assert.Equal(Graph.Relations.Count, Count(path, "relations"));
        var snapshot = await store.GetSnapshotAsync();
        Assert.Equal(Graph.Nodes.Count, snapshot.NodeCount);
    }

    [Fact]
    public async Task AReferenceThatNeverResolvesRefusesTheCommitAndLeavesTheStoreEmpty()
    {
        var path = PathOf("dangling.db");
        using var store = await OpenAsync(path, offline: true);
        await using (var load = (await store.BeginBulkLoadAsync())!)
        {
            Write(load, Graph.Sources, Graph.Nodes, [.. Graph.Relations, NewRelation("dangling", Graph.Nodes[0].Id, "nobody-at-all", Graph.Sources[0].Id)]);
            var refused = await Assert.ThrowsAsync<MissingReferenceException>(() => load.CommitAsync());
            Assert.Contains("nobody-at-all", refused.Message, StringComparison.Ordinal);
            Assert.Equal("relation 'dangling': to", refused.Field);
        }

        Assert.True(await store.IsEmptyAsync());
        Assert.Equal(0, Count(path, "relations"));
        Assert.Equal("wal", JournalMode(path));
    }

    [Fact]
    public async Task AnIdWrittenTwiceIsADuplicateAndDisposingTheLoadUndoesIt()
    {
        var path = PathOf("twice.db");
        using var store = await OpenAsync(path, offline: true);
        await using (var load = (await store.BeginBulkLoadAsync())!)
        {
            Write(load, Graph.Sources, Graph.Nodes, Graph.Relations);
            var duplicate = Assert.Throws<DuplicateIdException>(() => Write(load, [], [], [Graph.Relations[7]]));
            Assert.Equal(Graph.Relations[7].Id, duplicate.Id);
        }

        Assert.True(await store.IsEmptyAsync());
        Assert.Equal(0, Count(path, "sources"));
        // The indexes dropped for the load come back with the rollback.
        Assert.Equal(BulkLoadTests.Rows(PathOf("twice.db"), "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"),
            BulkLoadTests.Rows(await EmptyFileAsync(), "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
    }

    [Theory]
    [InlineData("unreadable")]
    [InlineData("invalid")]
    [InlineData("repeated")]
    [InlineData("dangling")]
    public async Task TheImporterRefusesAWholeLoadAtAnyRecordItWouldReject(string flaw)
    {
        var path = PathOf($"{flaw}.db");
        using var store = await OpenAsync(path, offline: true);
        var lines = await BulkImporter.LinesOf(Graph).ToListAsync();
        // Far into the file, after several batches have been written.
        lines.Add(flaw switch
        {
            "unreadable" => new NdjsonLine(lines.Count + 1, null, null, null, "not JSON"),
            "invalid" => new NdjsonLine(lines.Count + 1, null, null, Graph.Relations[0] with { Id = "Not A Slug" }, null),
            "repeated" => new NdjsonLine(lines.Count + 1, null, Graph.Nodes[3], null, null),
            _ => new NdjsonLine(lines.Count + 1, null, null, NewRelation("dangling", "nobody-at-all", Graph.Nodes[0].Id, Graph.Sources[0].Id), null),
        });

        Assert.Null(await BulkImporter.TryLoadAsync(store, lines.ToAsyncEnumerable(), default));

        Assert.True(await store.IsEmptyAsync());
        Assert.Equal(0, Count(path, "relations"));
        Assert.Equal("wal", JournalMode(path));
    }

    [Fact]
    public async Task AStoreThatHoldsAnythingIsNotBulkLoaded()
    {
        var path = PathOf("holding.db");
        using var store = await OpenAsync(path, offline: true);
        await store.CreateSourceAsync(NewSource("a-source-first"));

        Assert.Null(await store.BeginBulkLoadAsync());
        Assert.Null(await BulkImporter.TryLoadAsync(store, BulkImporter.LinesOf(Graph), default));
        Assert.Equal(1, Count(path, "sources"));
    }

    [Fact]
    public async Task AnOfflineLoadWhileAnotherConnectionHoldsTheFileStaysOnTheLog()
    {
        var path = PathOf("shared.db");
        using var store = await OpenAsync(path, offline: true);
        using var other = new SqliteConnection($"Data Source={path};Pooling=false");
        other.Open();
        using (var read = other.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM nodes";
            read.ExecuteScalar();
        }

        Assert.NotNull(await BulkImporter.TryLoadAsync(store, BulkImporter.LinesOf(Graph), default));

        using var count = other.CreateCommand();
        count.CommandText = "SELECT count(*) FROM relations";
        Assert.Equal((long)Graph.Relations.Count, count.ExecuteScalar());
        Assert.Equal("wal", JournalMode(path));
    }

    [Fact]
    public async Task AStoreWhoseSnapshotWasBuiltServesTheLoadedGraphAtOnce()
    {
        using var store = await OpenAsync(PathOf("served.db"), offline: false);
        Assert.Equal(0, (await store.GetSnapshotAsync()).NodeCount);

        Assert.NotNull(await BulkImporter.TryLoadAsync(store, BulkImporter.LinesOf(Graph), default));

        var snapshot = await store.GetSnapshotAsync();
        Assert.Equal(Graph.Nodes.Count, snapshot.NodeCount);
        Assert.Equal(Graph.Relations.Count, snapshot.EdgeCount);
    }

    private static void Write(IBulkLoad load, IReadOnlyList<Source> sources, IReadOnlyList<Node> nodes, IReadOnlyList<Relation> relations) =>
        load.Write(load.Prepare(sources, nodes, relations));

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static async Task<SqliteGraphStore> OpenAsync(string path, bool offline)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = path }, offline: offline);
        await store.InitializeAsync();
        return store;
    }

    private async Task<string> EmptyFileAsync()
    {
        var path = PathOf("empty.db");
        using var store = await OpenAsync(path, offline: false);
        return path;
    }

    private static long Count(string path, string table) => long.Parse(BulkLoadTests.Rows(path, $"SELECT count(*) FROM {table}")[0], System.Globalization.CultureInfo.InvariantCulture);

    private static string JournalMode(string path) => BulkLoadTests.Rows(path, "PRAGMA journal_mode")[0];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
