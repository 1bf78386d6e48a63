using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using GeoGraph.Core.Graph;
using GeoGraph.Store.Neo4j.Http;

namespace GeoGraph.Tests.Neo4j;

/// <summary>
/// The Query API client against canned answers shaped as Neo4j documents them: what it sends, how it reads
/// plain results, and which exception each kind of error becomes.
/// </summary>
public sealed class Neo4jQueryClientTests : IDisposable
{
    // Neo4j's documented plain-JSON answer to MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name.
    private const string PlainNodeBody = """
        {
          "data": {
            "fields": ["person", "name"],
            "values": [[
              {"elementId": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "labels": ["Person"], "properties": {"name": "Phil"}},
              "Phil"
            ]]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]
        }
        """;

    private readonly FakeNeo4j _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task AStatementIsPostedToTheDatabasesQueryEndpointAsPlainJson()
    {
        await _server.Client().RunAsync(Neo4jQuery.Read("MATCH (n:Node {id: $id}) RETURN n", new Dictionary<string, object?> { ["id"] = "x" }));

        var request = Assert.Single(_server.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://neo4j.test:7474/db/neo4j/query/v2", request.Uri.ToString());
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Null(request.Header("Authorization"));
        Assert.Equal("MATCH (n:Node {id: $id}) RETURN n", request.Statement);
        Assert.Equal("x", request.Parameters.GetProperty("id").GetString());
        Assert.Equal("READ", request.Json.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task AWriteSendsNoAccessMode()
    {
        await _server.Client().RunAsync(Neo4jQuery.Write("CREATE (n)"));

        var body = Assert.Single(_server.Requests).Json;
        Assert.False(body.TryGetProperty("accessMode", out _));
        Assert.Equal(JsonValueKind.Object, body.GetProperty("parameters").ValueKind);
    }

    [Fact]
    public async Task BasicAuthIsSentOnlyWhenConfigured()
    {
        await _server.Client(FakeNeo4j.Options("neo4j", "secret-pass", database: "graphs")).RunAsync(Neo4jQuery.Read("RETURN 1"));

        var request = Assert.Single(_server.Requests);
        Assert.Equal("Basic bmVvNGo6c2VjcmV0LXBhc3M=", request.Header("Authorization"));
        Assert.Equal("/db/graphs/query/v2", request.Path);
    }

    [Fact]
    public async Task ParametersKeepTheirJsonTypes()
    {
        using var properties = JsonDocument.Parse("""{"seats": 3, "share": 0.5, "signed": false, "terms": ["a", "b"]}""");
        var parameters = new Dictionary<string, object?>
        {
            ["text"] = "Zelensky’s “deal”",
            ["none"] = null,
            ["count"] = 500_000_000_000L,
            ["list"] = new List<string> { "x", "y" },
            ["json"] = properties.RootElement,
            ["rows"] = new List<Dictionary<string, object?>> { new() { ["id"] = "a" } },
        };

        await _server.Client().RunAsync(Neo4jQuery.Write("RETURN 1", parameters));

        var sent = Assert.Single(_server.Requests).Parameters;
        Assert.Equal("Zelensky’s “deal”", sent.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("none").ValueKind);
        Assert.Equal(500_000_000_000L, sent.GetProperty("count").GetInt64());
        Assert.Equal(["x", "y"], sent.GetProperty("list").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal("0.5", sent.GetProperty("json").GetProperty("share").GetRawText());
        Assert.Equal("a", sent.GetProperty("rows")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task APlainResultIsReadIntoFieldsAndRows()
    {
        _server.Respond = _ => new FakeResponse(HttpStatusCode.Accepted, PlainNodeBody);

        var result = await _server.Client().RunAsync(Neo4jQuery.Read("MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name"));

        Assert.Equal(["person", "name"], result.Fields);
        var record = Assert.Single(result.Records);
        Assert.Equal("Phil", record.GetString("name"));
        Assert.Equal("Phil", record["person"].GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("Person", record["person"].GetProperty("labels")[0].GetString());
        Assert.Equal(Neo4jResultFormat.Plain, result.Format);
    }

    [Fact]
    public async Task PlainRelationshipsPathsNullsListsAndMapsComeAsJson()
    {
        _server.Respond = _ => new FakeResponse(HttpStatusCode.Accepted, """
            {"data": {"fields": ["r", "p", "nothing", "list", "map", "when", "big"], "values": [[
              {"elementId": "5:x:1", "startNodeElementId": "4:x:1", "endNodeElementId": "4:x:2", "type": "SAID", "properties": {"id": "r1"}},
              [{"elementId": "4:x:1", "labels": ["Node"], "properties": {}},
               {"elementId": "5:x:1", "startNodeElementId": "4:x:1", "endNodeElementId": "4:x:2", "type": "SAID", "properties": {}},
               {"elementId": "4:x:2", "labels": ["Node"], "properties": {}}],
              null, [1, 2.5, "three"], {"a": {"b": true}}, "2025-02-28", 9007199254740993
            ]]}, "bookmarks": []}
            """);

        var record = Assert.Single((await _server.Client().RunAsync(Neo4jQuery.Read("RETURN 1"))).Records);

        Assert.Equal("SAID", record["r"].GetProperty("type").GetString());
        Assert.Equal("4:x:1", record["r"].GetProperty("startNodeElementId").GetString());
        Assert.Equal(3, record["p"].GetArrayLength());
        Assert.True(record.IsNull("nothing"));
        Assert.Equal(2.5, record["list"][1].GetDouble());
        Assert.True(record["map"].GetProperty("a").GetProperty("b").GetBoolean());
        Assert.Equal("2025-02-28", record.GetString("when"));
        Assert.Equal(9007199254740993L, record.GetInt64("big"));
    }

    [Fact]
    public async Task AnErrorAfterPartialDataIn202IsNotASuccess()
    {
        // An error raised while rows stream arrives after them, still with status 202.
        _server.Respond = _ => new FakeResponse(HttpStatusCode.Accepted, """
            {"data": {"fields": ["x"], "values": [[1], [2]]},
             "errors": [{"code": "Neo.ClientError.Statement.ArithmeticError", "message": "/ by zero"}]}
            """);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => _server.Client().RunAsync(Neo4jQuery.Read("UNWIND [1, 2, 0] AS x RETURN 2 / x")));
        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.Equal("/ by zero", error.ServerMessage);
        Assert.Equal(202, error.HttpStatus);
    }

    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC': expected 'MATCH' (line 1, column 1 (offset: 0))")]
    [InlineData("Neo.ClientError.Statement.SemanticError", "Variable `m` not defined (line 1, column 17 (offset: 16))")]
    [InlineData("Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): id")]
    [InlineData("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed. Attempted write to internal graph 0 (neo4j)")]
    public async Task StatementErrorsCarryTheirCodeAndMessage(string code, string message)
    {
        _server.Respond = _ => FakeResponse.Error(HttpStatusCode.BadRequest, code, message);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => _server.Client().RunAsync(Neo4jQuery.Read("MATC (n) RETURN m")));
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.ServerMessage);
        Assert.Equal(400, error.HttpStatus);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task BadCredentialsMakeTheStoreUnavailable()
    {
        _server.Respond = _ => FakeResponse.Error(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => _server.Client(FakeNeo4j.Options("neo4j", "wrong")).RunAsync(Neo4jQuery.Read("RETURN 1")));
        Assert.Contains("Neo.ClientError.Security.Unauthorized", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownDatabaseMakesTheStoreUnavailable()
    {
        _server.Respond = _ => FakeResponse.Error(HttpStatusCode.NotFound, "Neo.ClientError.Database.DatabaseNotFound", "Graph not found: nodb");

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => _server.Client(FakeNeo4j.Options(database: "nodb")).RunAsync(Neo4jQuery.Read("RETURN 1")));
        Assert.Contains("Graph not found: nodb", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Neo.ClientError.Transaction.TransactionNotFound", "Transaction with Id: lyU was not found. It may have timed out and therefore rolled back or the routing header neo4j-cluster-affinity was not provided.")]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", "Writing to a read-only database is not allowed.")]
    public async Task ServerStatesThatAreNoFaultOfTheStatementMakeTheStoreUnavailable(string code, string message)
    {
        _server.Respond = _ => FakeResponse.Error(HttpStatusCode.BadRequest, code, message);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => _server.Client().RunAsync(Neo4jQuery.Write("CREATE (n)")));
        Assert.Equal(code, Assert.IsType<Neo4jQueryException>(error.InnerException).Code);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, """{"errors": [{"code": "Neo.DatabaseError.General.UnknownError", "message": "An unknown error occurred."}]}""")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "<html><body>Service Unavailable</body></html>")]
    [InlineData(HttpStatusCode.BadGateway, "")]
    [InlineData(HttpStatusCode.NotFound, "")]
    [InlineData(HttpStatusCode.Unauthorized, "")]
    public async Task ServerFailuresMakeTheStoreUnavailable(HttpStatusCode status, string body)
    {
        _server.Respond = _ => new FakeResponse(status, body);

        await Assert.ThrowsAsync<StoreUnavailableException>(() => _server.Client().RunAsync(Neo4jQuery.Read("RETURN 1")));
    }

    [Theory]
    [InlineData("Node(7) already exists with label `Node` and property `id` = 'donald-trump'", "node", "donald-trump")]
    [InlineData("Node(2) already exists with label `Source` and property `id` = 'article-x'", "source", "article-x")]
    [InlineData("Relationship(40) already exists with type `SAID` and property `id` = 'trump-said-x'", "relation", "trump-said-x")]
    public async Task AUniquenessViolationIsADuplicateId(string message, string what, string id)
    {
        _server.Respond = _ => FakeResponse.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", message);

        var error = await Assert.ThrowsAsync<DuplicateIdException>(() => _server.Client().RunAsync(Neo4jQuery.Write("CREATE (n:Node {id: $id})")));
        Assert.Equal(id, error.Id);
        Assert.Equal($"A {what} with id '{id}' exists already.", error.Message);
    }

    [Fact]
    public async Task ATransientErrorIsRunAgainBecauseNeo4jRolledItBack()
    {
        var calls = 0;
        _server.Respond = _ => ++calls == 1
            ? FakeResponse.Error(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock")
            : FakeResponse.Rows(["x"], "[1]");

        var result = await _server.Client().RunAsync(Neo4jQuery.Write("CREATE (n) RETURN 1 AS x"));

        Assert.Equal(1, result.Records[0].GetInt64("x"));
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task ATransientErrorThatPersistsMakesTheStoreUnavailable()
    {
        _server.Respond = _ => FakeResponse.Error(HttpStatusCode.BadRequest, "Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available to serve your request.");

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => _server.Client().RunAsync(Neo4jQuery.Read("RETURN 1")));
        Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", Assert.IsType<Neo4jQueryException>(error.InnerException).Code);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task ARefusedConnectionMakesTheStoreUnavailable()
    {
        var client = new Neo4jQueryClient(new HttpClient(new ThrowingHandler(new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)))),
            Microsoft.Extensions.Options.Options.Create(FakeNeo4j.Options()));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(Neo4jQuery.Read("RETURN 1")));
        Assert.Contains("refused the connection", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATimeoutMakesTheStoreUnavailableButTheCallersCancellationStaysACancellation()
    {
        var timingOut = new Neo4jQueryClient(new HttpClient(new ThrowingHandler(new TaskCanceledException("timed out"))),
            Microsoft.Extensions.Options.Options.Create(FakeNeo4j.Options()));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => timingOut.RunAsync(Neo4jQuery.Read("RETURN 1")));

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _server.Client().RunAsync(Neo4jQuery.Read("RETURN 1"), cancelled.Token));
    }

    [Fact]
    public async Task TypedResultsAreAskedForWithTheUnversionedMediaType()
    {
        _server.Respond = _ => new FakeResponse(HttpStatusCode.Accepted, """
            {"data": {"fields": ["n"], "values": [[{"$type": "Integer", "_value": "42"}]]}, "bookmarks": []}
            """);

        var result = await _server.Client().RunAsync(Neo4jQuery.Read("RETURN 42 AS n") with { Format = Neo4jResultFormat.Typed });

        Assert.Equal("application/vnd.neo4j.query", Assert.Single(_server.Requests).Header("Accept"));
        Assert.Equal("application/json", _server.Requests[0].ContentType);
        Assert.Equal(Neo4jResultFormat.Typed, result.Format);
        Assert.Equal(42L, GeoGraph.Store.Neo4j.Values.Neo4jTypedJson.ToJsonNode(result.Records[0]["n"])!.GetValue<long>());
    }

    [Fact]
    public async Task AnExplicitTransactionRunsCommitsAndKeepsItsAffinity()
    {
        _server.Respond = request => request.Path switch
        {
            "/db/neo4j/query/v2/tx" => new FakeResponse(HttpStatusCode.Accepted,
                """{"transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}""",
                new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MTAuOC41Ljc6MTc0NzQ=" }),
            "/db/neo4j/query/v2/tx/lyU" => new FakeResponse(HttpStatusCode.Accepted,
                """{"data": {"fields": ["x"], "values": [[1]]}, "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:39Z"}}"""),
            _ => new FakeResponse(HttpStatusCode.Accepted, """{"bookmarks": ["FB:kcwQ"]}"""),
        };

        await using (var transaction = await _server.Client().BeginTransactionAsync())
        {
            Assert.Equal("lyU", transaction.Id);
            var result = await transaction.RunAsync(Neo4jQuery.Write("CREATE (n) RETURN 1 AS x"));
            Assert.Equal(1, result.Records[0].GetInt64("x"));
            await transaction.CommitAsync();
        }

        var requests = _server.Requests;
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU/commit"],
            requests.Select(request => $"{request.Method} {request.Path}"));
        Assert.Equal("{}", requests[0].Body);
        Assert.Null(requests[0].Header("neo4j-cluster-affinity"));
        Assert.All(requests.Skip(1), request => Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", request.Header("neo4j-cluster-affinity")));
    }

    [Fact]
    public async Task AnUncommittedTransactionIsRolledBackWhenDisposed()
    {
        _server.Respond = request => request.Path.EndsWith("/tx", StringComparison.Ordinal)
            ? new FakeResponse(HttpStatusCode.Accepted, """{"transaction": {"id": "a1b", "expires": "2024-10-22T15:48:29Z"}}""")
            : FakeResponse.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", "Invalid input");

        await Assert.ThrowsAsync<Neo4jQueryException>(async () =>
        {
            await using var transaction = await _server.Client().BeginTransactionAsync();
            await transaction.RunAsync(Neo4jQuery.Write("CREAT (n)"));
        });

        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/a1b", "DELETE /db/neo4j/query/v2/tx/a1b"],
            _server.Requests.Select(request => $"{request.Method} {request.Path}"));
    }

    [Fact]
    public async Task ABeginWithoutATransactionIdIsRefused()
    {
        _server.Respond = _ => FakeResponse.Empty;

        await Assert.ThrowsAsync<StoreUnavailableException>(() => _server.Client().BeginTransactionAsync());
    }

    private sealed class ThrowingHandler(Exception error) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromException<HttpResponseMessage>(error);
        }
    }
}
