using System.Text.Json;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Store.Neo4j;
using GeoGraph.Store.Neo4j.Http;
using GeoGraph.Store.Neo4j.Layout;
using GeoGraph.Tests.Seed;
using GeoGraph.Tests.Store;

namespace GeoGraph.Tests.Neo4j;

/// <summary>
/// The store contract, queries included, on a real Neo4j (see <see cref="Neo4jServerFixture"/>), the database
/// emptied before each test; plus what only Neo4j does: read-only Cypher and adopting a graph the seed script
/// wrote. Where there is neither <c>NEO4J_URI</c> nor a Docker daemon, every test reports itself skipped with
/// <see cref="Neo4jServerFixture.NoDockerReason"/>.
/// </summary>
public sealed class Neo4jStoreContractTests(Neo4jServerFixture server) : GraphQueriesContract, IClassFixture<Neo4jServerFixture>
{
    private Neo4jQueryClient? _client;
    private HttpClient? _http;

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        Skip.If(server.SkipReason is not null, server.SkipReason);
        if (server.StartupError is not null)
            throw new InvalidOperationException("The Neo4j server for the store contract did not come up.", server.StartupError);
        (_client, _http) = server.CreateClient();
        await _client.RunAsync(Neo4jQuery.Write("MATCH (n) DETACH DELETE n"));
        return ReopenStore();
    }

    protected override IGraphStore ReopenStore() => new Neo4jGraphStore(_client!, Microsoft.Extensions.Options.Options.Create(server.Options));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _http?.Dispose();
    }

    [SkippableFact]
    public async Task ABulkWriteCommittedInPartsLeavesTheGraphOneTransactionWould()
    {
        const int CommitRecords = 100;
        var options = new Neo4jStoreOptions
        {
            Uri = server.Options.Uri, User = server.Options.User, Password = server.Options.Password, Database = server.Options.Database,
            TopologyMaxAge = TimeSpan.Zero, BulkCommitRecords = CommitRecords,
        };
        using var store = new Neo4jGraphStore(_client!, Microsoft.Extensions.Options.Options.Create(options));
        var rewritten = SeedFacts.Document with
        {
            Nodes = [.. SeedFacts.Document.Nodes.Select(node => node with { Description = $"Rewritten in parts: {node.Name}" })],
        };
        Assert.True(Neo4jGraphStore.Split(rewritten, CommitRecords).Count >= 3);

        await store.UpsertAsync(rewritten);

        var nodes = await Store.GetNodesAsync([.. rewritten.Nodes.Select(node => node.Id)]);
        Assert.Equal(rewritten.Nodes.OrderBy(node => node.Id, StringComparer.Ordinal).Select(node => node.Description),
            nodes.OrderBy(node => node.Id, StringComparer.Ordinal).Select(node => node.Description));
        Assert.Equal(rewritten.Relations.Count, (await Store.GetRelationsAsync([.. rewritten.Relations.Select(relation => relation.Id)])).Count);
    }

    [SkippableFact]
    public async Task ReadOnlyCypherReturnsPathsAsPlainJsonAndRefusesWrites()
    {
        var reader = new Neo4jCypherReader(_client!);

        var result = await reader.ReadAsync(
            "MATCH p = (:Node {id: $from})-[:PRESENTED]->(draft:Node) RETURN p, draft.id AS draft ORDER BY draft LIMIT 1",
            new Dictionary<string, JsonElement> { ["from"] = JsonSerializer.SerializeToElement("scott-bessent") }, 10, CancellationToken.None);

        var row = Assert.Single(result.Rows);
        Assert.Equal(2, row[0]!["nodes"]!.AsArray().Count);
        Assert.Equal("PRESENTED", row[0]!["relationships"]![0]!["type"]!.GetValue<string>());
        var refused = await Assert.ThrowsAsync<CypherQueryException>(() =>
            reader.ReadAsync("CREATE (n:Node {id: 'written'})", new Dictionary<string, JsonElement>(), 10, CancellationToken.None));
        Assert.StartsWith("Neo.ClientError", refused.Code, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AGraphTheSeedScriptWroteIsAdopted()
    {
        await _client!.RunAsync(Neo4jQuery.Write("MATCH (n) DETACH DELETE n"));
        foreach (var statement in SeedCypherWriter.Statements(SeedFacts.Document))
            await _client.RunAsync(Neo4jQuery.Write(statement));

        await Store.InitializeAsync();

        Assert.Equal("volodymyr-zelensky", (await Store.SearchAsync("zelenskyy", 5)).Items[0].Node.Id);
        var events = await Store.ListNodesAsync(new NodeQuery(NodeCategory.Event, 200) { From = PartialDate.Parse("2025-02-14"), To = PartialDate.Parse("2025-02-14") });
        Assert.Contains(events.Items, node => node.Id == "oval-office-meeting-2025-02");
        Assert.Equal(SeedFacts.Document.Nodes.Count(node => node.Category == NodeCategory.Actor),
            (await Store.ListNodesAsync(new NodeQuery(NodeCategory.Actor, 200))).Items.Count);
        var relation = SeedFacts.Document.Relations[0];
        Assert.Equal(relation.Id, (await Store.GetRelationAsync(relation.Id))!.Id);
    }
    [SkippableFact]
    public async Task TheSeedScriptRunOverTheApisGraphLeavesEveryNodeAsTheStoreWroteIt()
    {
        const string Properties = "MATCH (n:Node) RETURN n.id AS id, properties(n) AS props ORDER BY n.id";
        var before = (await _client!.RunAsync(Neo4jQuery.Read(Properties))).Records.Select(r => r["props"].GetRawText()).ToList();

        foreach (var statement in SeedCypherWriter.Statements(SeedFacts.Document))
            await _client.RunAsync(Neo4jQuery.Write(statement));

        // No restart, no adoption: lists, search and date filters read the graph at once.
        Assert.Equal(before, (await _client.RunAsync(Neo4jQuery.Read(Properties))).Records.Select(r => r["props"].GetRawText()).ToList());
        Assert.Equal("volodymyr-zelensky", (await Store.SearchAsync("zelenskyy", 5)).Items[0].Node.Id);
        var events = await Store.ListNodesAsync(new NodeQuery(NodeCategory.Event, 200) { From = PartialDate.Parse("2025-02-14"), To = PartialDate.Parse("2025-02-14") });
        Assert.Contains(events.Items, node => node.Id == "oval-office-meeting-2025-02");
    }
}
