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
/// The embedded store's bulk path (an upsert into an empty store: indexes built after the rows) stores exactly what
/// the row-by-row path stores, and a file the CLI's streamed load wrote is served by the API at once.
/// </summary>
public sealed class BulkLoadTests : IDisposable
{
    private static readonly GraphDocument Graph = SyntheticGraph.GenerateDocument(new SyntheticGraphOptions { Actors = 300, Relations = 2_000, Seed = 11, HubLeaves = 8 });

    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-bulk-").FullName;

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
        var lines = Graph.Sources.Select(Line).Concat(Graph.Nodes.Select(Line)).Concat(Graph.Relations.Select(Line));
        // As the CLI loads it: streamed, on a store that owns the file (so through a rollback journal).
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = factory.DatabasePath }, offline: true);
        ImportReport? report;
        using (store)
        {
            await store.InitializeAsync();
            using var body = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
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

    internal static readonly string[] ComparedQueries =
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

    internal static List<string> Rows(string path, string query)
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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
