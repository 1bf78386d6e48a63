using System.Net;
using System.Text;
using System.Text.Json;
using GeoGraph.Core.Graph;
using GeoGraph.Store.Neo4j;
using GeoGraph.Store.Neo4j.Http;

namespace GeoGraph.Tests.Neo4j;

/// <summary>Read-only Cypher on Neo4j: read mode, typed results as plain JSON, the row cap read from the stream, refusals.</summary>
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

    [Fact]
    public async Task ReadingStopsOneRowPastTheCapWhileTheAnswerIsStillStreaming()
    {
        var body = new EndlessRows();
        using var http = new HttpClient(new StreamingAnswer(body));
        var client = new Neo4jQueryClient(http, Microsoft.Extensions.Options.Options.Create(FakeNeo4j.Options()));

        var result = await new Neo4jCypherReader(client).ReadAsync("MATCH (n) RETURN n.x AS n, n.y AS m", new Dictionary<string, JsonElement>(), 3, CancellationToken.None);

        Assert.Equal(["n", "m"], result.Columns);
        Assert.True(result.Truncated);
        Assert.Equal(3, result.Rows.Count);
        Assert.All(result.Rows, row => Assert.Equal(("7", "a]}\"b"), (row[0]!.ToJsonString(), row[1]!["k"]!.GetValue<string>())));
        Assert.InRange(body.Position, 1, EndlessRows.HeadLength + 5 * EndlessRows.RowLength);
    }

    [Fact]
    public async Task AnErrorReportedAfterTheRowsIsStillSeenWhenTheRowsFitTheCap()
    {
        _server.Respond = _ => new FakeResponse(HttpStatusCode.Accepted, """
            {"data": {"fields": ["x"], "values": [[{"$type": "Integer", "_value": "1"}]]},
             "errors": [{"code": "Neo.ClientError.Statement.ArithmeticError", "message": "/ by zero"}]}
            """);

        var error = await Assert.ThrowsAsync<CypherQueryException>(() =>
            new Neo4jCypherReader(_server.Client()).ReadAsync("UNWIND [1, 0] AS x RETURN 1 / x AS x", new Dictionary<string, JsonElement>(), 10, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
    }

    /// <summary>Answers every request with 202 and the given body, streamed.</summary>
    private sealed class StreamingAnswer(Stream body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StreamContent(body), RequestMessage = request });
    }

    /// <summary>A Query API body that never ends: its head, then the same row forever, five bytes a read (so values straddle reads).</summary>
    private sealed class EndlessRows : Stream
    {
        private static readonly byte[] Head = """{"data":{"fields":["n","m"],"values":["""u8.ToArray();
        private static readonly byte[] Row = Encoding.UTF8.GetBytes("""[{"$type":"Integer","_value":"7"},{"$type":"Map","_value":{"k":{"$type":"String","_value":"a]}\"b"}}}],""");

        public static int HeadLength => Head.Length;

        public static int RowLength => Row.Length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position > Head.Length + 100 * Row.Length)
                throw new InvalidOperationException("The reader went on reading long after the row cap.");
            var n = Math.Min(count, 5);
            for (var i = 0; i < n; i++, Position++)
                buffer[offset + i] = Position < Head.Length ? Head[Position] : Row[(Position - Head.Length) % Row.Length];
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
