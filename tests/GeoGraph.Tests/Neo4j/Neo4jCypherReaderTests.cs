using System.Net;
using System.Text.Json;
using GeoGraph.Core.Graph;
using GeoGraph.Store.Neo4j;

namespace GeoGraph.Tests.Neo4j;

/// <summary>Read-only Cypher on Neo4j: read mode, typed results as plain JSON, the row cap, refusals.</summary>
public sealed class Neo4jCypherReaderTests : IDisposable
{
    private readonly FakeNeo4j _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task RowsComeAsPlainJsonCutToTheCap()
    {
        _server.Respond = _ => new FakeResponse(HttpStatusCode.Accepted, """
            {"data": {"fields": ["id", "n"], "values": [
              [{"$type": "String", "_value": "a"}, {"$type": "Integer", "_value": "9007199254740993"}],
              [{"$type": "String", "_value": "b"}, {"$type": "Null", "_value": null}],
              [{"$type": "String", "_value": "c"}, {"$type": "Integer", "_value": "3"}]
            ]}, "bookmarks": []}
            """);
        using var limit = JsonDocument.Parse("5");

        var result = await new Neo4jCypherReader(_server.Client()).ReadAsync("MATCH (n:Node) RETURN n.id AS id, n.x AS n LIMIT $limit",
            new Dictionary<string, JsonElement> { ["limit"] = limit.RootElement }, 2, CancellationToken.None);

        Assert.Equal(["id", "n"], result.Columns);
        Assert.True(result.Truncated);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal("9007199254740993", result.Rows[0][1]!.ToJsonString());
        Assert.Null(result.Rows[1][1]);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("READ", request.Json.GetProperty("accessMode").GetString());
        Assert.Equal("application/vnd.neo4j.query", request.Header("Accept"));
        Assert.Equal(5, request.Parameters.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task AWriteRefusedInReadModeIsACypherQueryException()
    {
        _server.Respond = _ => FakeResponse.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed.");

        var error = await Assert.ThrowsAsync<CypherQueryException>(() =>
            new Neo4jCypherReader(_server.Client()).ReadAsync("CREATE (n)", new Dictionary<string, JsonElement>(), 10, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.AccessMode", error.Code);
        Assert.Equal("Writing in read access mode not allowed.", error.Message);
    }
}
