using System.Text;
using GeoGraph.Api.Import;
using GeoGraph.Core.Exchange;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Store.Sqlite;
using GeoGraph.Synthetic;
using GeoGraph.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using static GeoGraph.Tests.Import.ImportFiles;

namespace GeoGraph.Tests.Import;

/// <summary>
/// The embedded store's bulk paths: an upsert into an empty store (indexes built after the rows) and the CLI's streamed
/// load (<see cref="BulkImporter"/>, <see cref="IBulkLoadingStore"/>). Both store exactly what the row-by-row path
/// stores; the streamed load takes references to records of later batches, anything it would refuse undoes the whole
/// load (the file left empty and on its write-ahead log), and a file it wrote is served by the API at once.
/// </summary>
public sealed class BulkLoadTests : IDisposable
{
    // More records than a batch, so that every load here spans several batches.
    private static readonly GraphDocument Graph = SyntheticGraph.GenerateDocument(new SyntheticGraphOptions { Actors = 300, Relations = 3_000, Seed = 5, HubLeaves = 8 });

    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-bulk-import-").FullName;

    [Fact]
    public async Task ABulkLoadStoresTheSameRowsSearchEntriesAndIndexesAsTheRowByRowPath()
    {
        var bulk = Path.Combine(_folder, "bulk.db");
        var rowByRow = Path.Combine(_folder, "row-by-row.db");
        await LoadAsync(bulk, Graph);
        // One node first, so the whole graph then goes into a store that is not empty: the row-by-row path.
        await LoadAsync(rowByRow, Graph with { Nodes = [Graph.Nodes[0]], Relations = [] }, Graph);

        foreach (var query in ComparedQueries)
            Assert.Equal(Rows(rowByRow, query), Rows(bulk, query));
        Assert.Equal(Graph.Relations.Count, Rows(bulk, "SELECT id FROM relations").Count);
    }

    [Fact]
    public async Task AnNdjsonImportIntoAnEmptyFileIsServedByTheApiAtOnce()
    {
        using var factory = new EmptyGraphFactory();
        // As the CLI loads it: streamed, on a store that owns the file (so through a rollback journal).
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = factory.DatabasePath }, offline: true);
        ImportReport? report;
        using (store)
        {
            await store.InitializeAsync();
            using var body = new MemoryStream(NdjsonOfGraph());
            report = await BulkImporter.TryLoadAsync(store, NdjsonReader.ReadAsync(body), default);
        }
        SqliteConnection.ClearAllPools();

        var client = factory.CreateClient();
        var relation = Graph.Relations[^1];
        Assert.Equal(new ImportCounts(Graph.Sources.Count, Graph.Nodes.Count, Graph.Relations.Count), report?.Created);
        Assert.Contains($"\"id\":\"{relation.Id}\"", await client.GetStringAsync($"/api/relations/{relation.Id}"), StringComparison.Ordinal);
        Assert.Contains(relation.To, await client.GetStringAsync($"/api/graph/neighborhood/{relation.From}?depth=1&limit=1000"), StringComparison.Ordinal);
        Assert.Contains(Graph.Nodes[^1].Id, await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(Graph.Nodes[^1].Name)}&limit=200"), StringComparison.Ordinal);
    }

    /// <param name="fromNdjson">
    /// Records read from NDJSON lines, whose JSON the load keeps as it is (as <c>import</c> loads); else records as
    /// <c>generate</c> gives them, which the store writes itself.
    /// </param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AStreamedLoadStoresTheSameRowsSearchEntriesAndIndexesAsTheRowByRowPath(bool fromNdjson)
    {
        Assert.True(Graph.Relations.Count > 2 * BulkImporter.BatchSize, "the graph spans several batches");
        var (streamed, rowByRow) = (PathOf("streamed.db"), PathOf("row-by-row.db"));
        using var ndjson = new MemoryStream(NdjsonOfGraph());
        using (var store = await OpenAsync(streamed, offline: true))
        {
            var report = await BulkImporter.TryLoadAsync(store, fromNdjson ? NdjsonReader.ReadAsync(ndjson) : BulkImporter.LinesOf(Graph), default);
            Assert.NotNull(report);
            Assert.Equal(new ImportCounts(Graph.Sources.Count, Graph.Nodes.Count, Graph.Relations.Count), report.Created);
            Assert.True(report.Written);
        }
        await LoadAsync(rowByRow, Graph with { Nodes = [Graph.Nodes[0]], Relations = [] }, Graph);

        foreach (var query in ComparedQueries)
            Assert.Equal(Rows(rowByRow, query), Rows(streamed, query));
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

    [Theory]
    [InlineData("from", "relation 'dangling': from")]
    [InlineData("to", "relation 'dangling': to")]
    [InlineData("relation source", "relation 'dangling': provenance.source")]
    [InlineData("node source", "node 'stray-actor': provenance.source")]
    public async Task AReferenceThatNeverResolvesRefusesTheCommitNamingItsCiterAndLeavesTheStoreEmpty(string end, string field)
    {
        var path = PathOf($"dangling-{end.Replace(' ', '-')}.db");
        using var store = await OpenAsync(path, offline: true);
        var (node, source) = (Graph.Nodes[0].Id, Graph.Sources[0].Id);
        Relation[] relations = end switch
        {
            "from" => [NewRelation("dangling", "nobody-at-all", node, source)],
            "to" => [NewRelation("dangling", node, "nobody-at-all", source)],
            "relation source" => [NewRelation("dangling", node, Graph.Nodes[1].Id, "nobody-at-all")],
            _ => [],
        };
        Node[] nodes = end == "node source" ? [NewActor("stray-actor", "nobody-at-all")] : [];
        await using (var load = (await store.BeginBulkLoadAsync())!)
        {
            Write(load, Graph.Sources, [.. Graph.Nodes, .. nodes], [.. Graph.Relations, .. relations]);
            var refused = await Assert.ThrowsAsync<MissingReferenceException>(() => load.CommitAsync());
            Assert.Contains("'nobody-at-all'", refused.Message, StringComparison.Ordinal);
            Assert.Equal(field, refused.Field);
        }

        await AssertUndoneAsync(store, path);
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
        Assert.Equal(Rows(PathOf("twice.db"), "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"),
            Rows(await EmptyFileAsync(), "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
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

        await AssertUndoneAsync(store, path);
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

    /// <summary>The test graph as an NDJSON export holds it: sources, nodes, relations, a line each.</summary>
    private static byte[] NdjsonOfGraph() => Encoding.UTF8.GetBytes(string.Join('\n',
        Graph.Sources.Select(Line).Concat(Graph.Nodes.Select(Line)).Concat(Graph.Relations.Select(Line))) + "\n");

    private static void Write(IBulkLoad load, IReadOnlyList<Source> sources, IReadOnlyList<Node> nodes, IReadOnlyList<Relation> relations) =>
        load.Write(load.Prepare(sources, [.. nodes.Select(node => new BulkRecord<Node>(node, null))],
            [.. relations.Select(relation => new BulkRecord<Relation>(relation, null))]));

    private static readonly string[] ComparedQueries =
    [
        "SELECT id, doc FROM sources ORDER BY id",
        "SELECT id, category, kind, sort_key, date_start, date_end, folded_names, source_id, doc FROM nodes ORDER BY id",
        "SELECT id, type, from_id, to_id, date_start, date_end, source_id, doc FROM relations ORDER BY id",
        "SELECT n.id, s.name, s.aliases, s.title, s.body FROM node_search s JOIN nodes n ON n.rowid = s.rowid ORDER BY n.id",
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name",
    ];

    private static async Task LoadAsync(string path, params GraphDocument[] documents)
    {
        using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = path });
        await store.InitializeAsync();
        foreach (var document in documents)
            await store.UpsertAsync(document);
    }

    private static List<string> Rows(string path, string query)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : reader.GetValue(i).ToString())));
        return rows;
    }

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

    private static async Task AssertUndoneAsync(SqliteGraphStore store, string path)
    {
        Assert.True(await store.IsEmptyAsync());
        Assert.Equal(0, Count(path, "relations"));
        Assert.Equal("wal", JournalMode(path));
    }

    private static long Count(string path, string table) => long.Parse(Rows(path, $"SELECT count(*) FROM {table}")[0], System.Globalization.CultureInfo.InvariantCulture);

    private static string JournalMode(string path) => Rows(path, "PRAGMA journal_mode")[0];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
