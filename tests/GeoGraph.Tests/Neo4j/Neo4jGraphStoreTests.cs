using System.Net;
using System.Text.Json;
using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Store.Neo4j;
using GeoGraph.Store.Neo4j.Layout;
using GeoGraph.Tests.Seed;
using static GeoGraph.Tests.Neo4j.Neo4jTestRecords;

namespace GeoGraph.Tests.Neo4j;

/// <summary>
/// The store's side of each conversation with Neo4j, against a fake Query API: which statement and parameters it
/// sends, and how it reads the answers into the port's results and exceptions. (The contract suite runs the
/// same port against a real server.)
/// </summary>
public sealed class Neo4jGraphStoreTests : IDisposable
{
    private readonly FakeNeo4j _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CreatingANodeSendsItsKindsStatementWithTheFoldedSearchFields()
    {
        _server.Respond = _ => FakeResponse.Rows(["duplicate", "missingSource"], "[false, false]");

        await _server.Store().CreateNodeAsync(Person("zelensky-probe") with { Name = "Volodymyr Zelenskyy", Aliases = ["Зеленський"] });

        var request = Assert.Single(_server.Requests);
        Assert.Equal(Neo4jStatements.CreateNode("Person"), request.Statement);
        Assert.Contains("CREATE (n:Node:Actor:Person)", request.Statement, StringComparison.Ordinal);
        var props = request.Parameters.GetProperty("props");
        Assert.Equal("zelensky-probe", request.Parameters.GetProperty("id").GetString());
        Assert.Equal(Article, request.Parameters.GetProperty("sourceId").GetString());
        Assert.Equal("volodymyr zelensky", props.GetProperty("_searchName").GetString());
        Assert.Equal("Actor", props.GetProperty("category").GetString());
        Assert.Equal("", props.GetProperty("_sortKey").GetString());
    }

    [Fact]
    public async Task ACreateRefusedByTheStatementsChecksSaysWhy()
    {
        _server.Respond = _ => FakeResponse.Rows(["duplicate", "missingSource"], "[true, false]");
        await Assert.ThrowsAsync<DuplicateIdException>(() => _server.Store().CreateNodeAsync(Person("donald-trump")));

        _server.Respond = _ => FakeResponse.Rows(["duplicate", "missingSource"], "[false, true]");
        var missing = await Assert.ThrowsAsync<MissingReferenceException>(() => _server.Store().CreateNodeAsync(Person("x")));
        Assert.Equal("provenance.source", missing.Field);
    }

    [Fact]
    public async Task ACreateThatLosesARaceToTheConstraintIsADuplicate()
    {
        _server.Respond = _ => FakeResponse.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed",
            "Node(4) already exists with label `Node` and property `id` = 'raced'");

        var error = await Assert.ThrowsAsync<DuplicateIdException>(() => _server.Store().CreateNodeAsync(Person("raced")));
        Assert.Equal("A node with id 'raced' exists already.", error.Message);
    }

    [Fact]
    public async Task ReplacingMatchesTheCategoryAndMovesTheKindLabel()
    {
        _server.Respond = _ => FakeResponse.Empty;
        Assert.False(await _server.Store().ReplaceNodeAsync(Person("donald-trump") with { Kind = "Meeting" }));
        Assert.StartsWith("MATCH (n:Node:Event {id: $id})", _server.Requests[^1].Statement, StringComparison.Ordinal);

        _server.Respond = _ => FakeResponse.Rows(["missingSource"], "[false]");
        Assert.True(await _server.Store().ReplaceNodeAsync(Person("donald-trump")));
        Assert.Contains("REMOVE n:State:GovernmentBody", _server.Requests[^1].Statement, StringComparison.Ordinal);
        Assert.Contains("SET n:Person", _server.Requests[^1].Statement, StringComparison.Ordinal);

        _server.Respond = _ => FakeResponse.Rows(["missingSource"], "[true]");
        Assert.Equal("provenance.source", (await Assert.ThrowsAsync<MissingReferenceException>(() => _server.Store().ReplaceNodeAsync(Person("donald-trump")))).Field);
    }

    [Theory]
    [InlineData(null, false, DeleteOutcome.NotFound)]
    [InlineData("[true]", false, DeleteOutcome.HasRelations)]
    [InlineData("[true]", true, DeleteOutcome.Deleted)]
    [InlineData("[false]", false, DeleteOutcome.Deleted)]
    public async Task DeletingANodeReportsWhatHappened(string? row, bool cascade, DeleteOutcome outcome)
    {
        _server.Respond = _ => row is null ? FakeResponse.Empty : FakeResponse.Rows(["hasRelations"], row);

        Assert.Equal(outcome, await _server.Store().DeleteNodeAsync("scott-bessent", NodeCategory.Actor, cascade));
        var request = Assert.Single(_server.Requests);
        Assert.Equal(Neo4jStatements.DeleteNode(NodeCategory.Actor), request.Statement);
        Assert.Equal(cascade, request.Parameters.GetProperty("cascade").GetBoolean());
    }

    [Fact]
    public async Task AListAsksForOneRowMoreThanThePageAndTurnsTheLastShownIntoTheCursor()
    {
        var events = SeedFacts.Document.Nodes.Where(node => node.Category == NodeCategory.Event).Take(3).ToList();
        _server.Respond = _ => FakeResponse.Rows(["node", "sortKey"], [.. events.Select(node => $"[{NodeJson(node)}, \"2025-0{events.IndexOf(node) + 1}-01\"]")]);

        var page = await _server.Store().ListNodesAsync(new NodeQuery(NodeCategory.Event, 2)
        {
            Kinds = ["Meeting", "Statement"],
            Name = "Zelenskiy's",
            From = PartialDate.Parse("2025-02"),
            To = PartialDate.Parse("2025"),
            After = new Cursor("2025-01-01", "a"),
        });

        Assert.Equal(events.Take(2).Select(node => node.Id), page.Items.Select(node => node.Id));
        Assert.Equal(new Cursor("2025-02-01", events[1].Id), page.Next);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(Neo4jStatements.ListNodes(NodeCategory.Event, involved: false), request.Statement);
        var parameters = request.Parameters;
        Assert.Equal(3, parameters.GetProperty("limit").GetInt32());
        Assert.Equal(("2025-01-01", "a"), (parameters.GetProperty("afterKey").GetString(), parameters.GetProperty("afterId").GetString()));
        Assert.Equal(GeoGraph.Core.Search.SearchText.Fold("Zelenskiy's"), parameters.GetProperty("name").GetString());
        Assert.Equal(("2025-02-01", "2025-12-31"), (parameters.GetProperty("from").GetString(), parameters.GetProperty("to").GetString()));
        Assert.Equal(["Meeting", "Statement"], parameters.GetProperty("kinds").EnumerateArray().Select(kind => kind.GetString()));
    }

    [Fact]
    public async Task AFirstPageWithoutFiltersStartsBeforeEverything()
    {
        _server.Respond = _ => FakeResponse.Empty;

        var page = await _server.Store().ListNodesAsync(new NodeQuery(NodeCategory.Actor, 50) { InvolvedId = "kiel-institute" });

        Assert.Empty(page.Items);
        Assert.Null(page.Next);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(Neo4jStatements.ListNodes(NodeCategory.Actor, involved: true), request.Statement);
        Assert.Equal("kiel-institute", request.Parameters.GetProperty("involved").GetString());
        Assert.Equal(("", ""), (request.Parameters.GetProperty("afterKey").GetString(), request.Parameters.GetProperty("afterId").GetString()));
        Assert.Equal(JsonValueKind.Null, request.Parameters.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, request.Parameters.GetProperty("from").ValueKind);
    }

    [Fact]
    public async Task RelationsListByTypeInThePatternOrFromAFixedEnd()
    {
        var relations = SeedFacts.Document.Relations.Take(2).ToList();
        _server.Respond = _ => FakeResponse.Rows(["relation"], [.. relations.Select(relation => $"[{RelationJson(relation)}]")]);
        var store = _server.Store();

        var page = await store.ListRelationsAsync(new RelationQuery(1) { Types = ["CONTRADICTS", "NOT_A_TYPE"], DateFrom = PartialDate.Parse("2025-02") });
        Assert.Equal([relations[0].Id], page.Items.Select(relation => relation.Id));
        Assert.Equal(new Cursor("", relations[0].Id), page.Next);
        Assert.Equal(Neo4jStatements.ListRelations(["CONTRADICTS"]), _server.Requests[^1].Statement);
        Assert.Equal("2025-02-01", _server.Requests[^1].Parameters.GetProperty("dateFrom").GetString());

        await store.ListRelationsAsync(new RelationQuery(10) { From = "scott-bessent", Types = ["PRESENTED"] });
        Assert.Equal(Neo4jStatements.ListRelationsByEnd(from: true, to: false), _server.Requests[^1].Statement);
        Assert.Equal("PRESENTED", _server.Requests[^1].Parameters.GetProperty("types")[0].GetString());

        var requests = _server.Requests.Count;
        Assert.Empty((await store.ListRelationsAsync(new RelationQuery(10) { Types = ["NOT_A_TYPE"] })).Items);
        Assert.Equal(requests, _server.Requests.Count);
    }

    [Fact]
    public async Task ARelationIsCreatedOnlyWhenItsEndsSourceAndIdCheckOut()
    {
        var relation = SeedFacts.Document.Relations[0];
        foreach (var (row, field) in new[] { ("[false, true, true, true]", "from"), ("[false, false, true, true]", "to"), ("[false, false, false, true]", "provenance.source") })
        {
            _server.Respond = _ => FakeResponse.Rows(["duplicate", "missingFrom", "missingTo", "missingSource"], row);
            Assert.Equal(field, (await Assert.ThrowsAsync<MissingReferenceException>(() => _server.Store().CreateRelationAsync(relation))).Field);
        }
        _server.Respond = _ => FakeResponse.Rows(["duplicate", "missingFrom", "missingTo", "missingSource"], "[true, true, true, true]");
        await Assert.ThrowsAsync<DuplicateIdException>(() => _server.Store().CreateRelationAsync(relation));

        var request = _server.Requests[^1];
        Assert.Equal(Neo4jStatements.CreateRelation(relation.Type), request.Statement);
        Assert.Equal($"\"{relation.Id}\"", request.Parameters.GetProperty("query").GetString());
    }

    [Fact]
    public async Task ANodesRelationsAreNullForAnUnknownNodeAndEmptyForALoneOne()
    {
        _server.Respond = _ => FakeResponse.Empty;
        Assert.Null(await _server.Store().GetNodeRelationsAsync(new NodeRelationQuery("nobody", Direction.Both, 50)));

        _server.Respond = _ => FakeResponse.Rows(["direction", "relation", "other"], "[null, null, null]");
        Assert.Empty((await _server.Store().GetNodeRelationsAsync(new NodeRelationQuery("loner", Direction.Both, 50)))!.Items);

        var relation = SeedFacts.Document.Relations.First(r => r.To == "volodymyr-zelensky");
        var other = SeedFacts.Document.Nodes.First(node => node.Id == relation.From);
        _server.Respond = _ => FakeResponse.Rows(["direction", "relation", "other"], $"[\"In\", {RelationJson(relation)}, {NodeJson(other)}]");
        var item = Assert.Single((await _server.Store().GetNodeRelationsAsync(new NodeRelationQuery("volodymyr-zelensky", Direction.In, 50) { Types = ["ACCUSED"] }))!.Items);
        Assert.Equal((Direction.In, relation.Id, other.Id), (item.Direction, item.Relation.Id, item.Other.Id));
        Assert.Equal(Neo4jStatements.NodeRelations(Direction.In), _server.Requests[^1].Statement);
    }

    [Fact]
    public async Task SearchSendsEscapedPrefixWordsAndKeepsTheServersOrder()
    {
        var nodes = SeedFacts.Document.Nodes.Take(2).ToList();
        _server.Respond = _ => FakeResponse.Rows(["node", "score"], $"[{NodeJson(nodes[0])}, 12.3456789]", $"[{NodeJson(nodes[1])}, 1.5]");

        var hits = await _server.Store().SearchAsync("ZELÉNSKIY: von*", 5);

        Assert.Equal([(nodes[0].Id, 12.3457), (nodes[1].Id, 1.5)], hits.Items.Select(hit => (hit.Node.Id, hit.Score)));
        var parameters = Assert.Single(_server.Requests).Parameters;
        Assert.Equal("zelensky von", parameters.GetProperty("folded").GetString());
        var query = parameters.GetProperty("query").GetString()!;
        Assert.StartsWith("+(_searchName:zelensky*^10 _searchAliases:zelensky*^8 _searchTitle:zelensky*^3 _searchBody:zelensky*^1 _searchName:zelensky^10", query, StringComparison.Ordinal);
        Assert.Contains(") +(_searchName:von*^10", query, StringComparison.Ordinal);
        Assert.Equal(6, parameters.GetProperty("limit").GetInt32());
        Assert.Equal(0, parameters.GetProperty("offset").GetInt32());
        Assert.Null(hits.Next);
    }

    [Fact]
    public async Task SearchingForNothingAsksNothing()
    {
        Assert.Empty((await _server.Store().SearchAsync(" ’'!? ", 5)).Items);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void LuceneSyntaxInAWordIsEscaped() =>
        Assert.Equal(@"a\+b\-c\:d\*e\""f\\g\ h\(i\)AND", Neo4jLucene.Escape("a+b-c:d*e\"f\\g h(i)AND"));

    [Fact]
    public async Task ABulkWriteWithADanglingRelationIsRefusedBeforeAnythingIsWritten()
    {
        _server.Respond = request => request.Path switch
        {
            "/db/neo4j/query/v2/tx" => Transaction("t1"),
            "/db/neo4j/query/v2/tx/t1" => FakeResponse.Rows(["nodes", "sources"], "[[], [\"" + Article + "\"]]"),
            _ => FakeResponse.Empty,
        };
        var document = new GraphDocument
        {
            Nodes = [Person("bulk-probe")],
            Relations = [Relation("bulk-probe-to-nowhere", "bulk-probe", "no-such-node")],
        };

        var error = await Assert.ThrowsAsync<MissingReferenceException>(() => _server.Store().UpsertAsync(document));

        Assert.Equal("relations[0].to", error.Field);
        Assert.Equal([Neo4jStatements.ExistingReferences], _server.Statements);
        var check = _server.Requests[1].Parameters;
        Assert.Equal(["no-such-node"], check.GetProperty("nodeIds").EnumerateArray().Select(id => id.GetString()));
        Assert.Equal([Article], check.GetProperty("sourceIds").EnumerateArray().Select(id => id.GetString()));
        Assert.Equal("DELETE /db/neo4j/query/v2/tx/t1", $"{_server.Requests[^1].Method} {_server.Requests[^1].Path}");
    }

    [Fact]
    public async Task ABulkWriteMergesSourcesNodesAndRelationsInOneTransaction()
    {
        _server.Respond = request => request.Path == "/db/neo4j/query/v2/tx" ? Transaction("t2") : FakeResponse.Empty;

        await _server.Store().UpsertAsync(SeedFacts.Document);

        var requests = _server.Requests;
        Assert.Equal("POST /db/neo4j/query/v2/tx", $"{requests[0].Method} {requests[0].Path}");
        Assert.Equal("POST /db/neo4j/query/v2/tx/t2/commit", $"{requests[^1].Method} {requests[^1].Path}");
        Assert.All(requests.Skip(1).SkipLast(1), request => Assert.Equal("/db/neo4j/query/v2/tx/t2", request.Path));
        var statements = _server.Statements;
        // Every reference is in the document: nothing to look up. Then sources, nodes by kind, relations by type.
        Assert.Equal(Neo4jStatements.UpsertSources, statements[0]);
        var kinds = SeedFacts.Document.Nodes.Select(node => node.Kind).Distinct().ToList();
        Assert.Equal(kinds.Select(Neo4jStatements.UpsertNodes), statements.Skip(1).Take(kinds.Count));
        Assert.Equal(Neo4jStatements.UpsertRelationsDropChanged, statements[1 + kinds.Count]);
        var types = SeedFacts.Document.Relations.Select(relation => relation.Type).Distinct().ToList();
        Assert.Equal(types.Select(Neo4jStatements.UpsertRelations), statements.Skip(2 + kinds.Count));
        var nodeRows = requests.Where(request => request.Statement?.StartsWith("UNWIND $rows AS row MERGE (n:Node", StringComparison.Ordinal) == true)
            .Sum(request => request.Parameters.GetProperty("rows").GetArrayLength());
        Assert.Equal(SeedFacts.Document.Nodes.Count, nodeRows);
    }

    [Fact]
    public async Task ABulkWriteThatFailsHalfwayIsRolledBack()
    {
        _server.Respond = request => request.Path == "/db/neo4j/query/v2/tx"
            ? Transaction("t3")
            : request.Statement?.Contains("MERGE (n:Node", StringComparison.Ordinal) == true
                ? FakeResponse.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.TypeError", "Property values can only be of primitive types or arrays thereof.")
                : FakeResponse.Empty;

        await Assert.ThrowsAsync<GeoGraph.Store.Neo4j.Http.Neo4jQueryException>(() => _server.Store().UpsertAsync(SeedFacts.Document));

        // Contains, not last: the failed write may start a background reload of the snapshot, whose requests can come after.
        Assert.Contains(_server.Requests, request => $"{request.Method} {request.Path}" == "DELETE /db/neo4j/query/v2/tx/t3");
        Assert.DoesNotContain(_server.Requests, request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhenAnIdRepeatsInABulkWriteTheLastOneWins()
    {
        _server.Respond = request => request.Path == "/db/neo4j/query/v2/tx" ? Transaction("t4") : FakeResponse.Empty;
        var document = new GraphDocument
        {
            Sources = SeedFacts.Document.Sources,
            Nodes = [Person("twice") with { Name = "First" }, Person("twice") with { Name = "Second" }],
        };

        await _server.Store().UpsertAsync(document);

        var rows = _server.Requests.Single(request => request.Statement == Neo4jStatements.UpsertNodes("Person")).Parameters.GetProperty("rows");
        Assert.Equal("Second", Assert.Single(rows.EnumerateArray()).GetProperty("props").GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheSnapshotIsReadPageByPageInOneTransactionThenKeptCurrentByOwnWrites()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2025-04-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        _server.Respond = request => request.Path == "/db/neo4j/query/v2/tx" ? Transaction("read") : request.Statement switch
        {
            Neo4jStatements.TopologyNodes => FakeResponse.Rows(["id", "name", "kind"], """["donald-trump", "Donald Trump", "Person"]""", """["volodymyr-zelensky", "Volodymyr Zelensky", "Person"]"""),
            var statement when statement == Neo4jStatements.TopologyEdges("ACCUSED") => FakeResponse.Rows(
                ["id", "fromId", "toId", "date", "periodStart", "periodEnd", "stance"],
                """["trump-accused-zelensky", "donald-trump", "volodymyr-zelensky", "2025-03", "2025-03-01", "2025-03-31", "hostile"]""",
                """["dangling", "donald-trump", "written-meanwhile", null, null, null, null]"""),
            var statement when statement?.StartsWith("MATCH (a:Node)-[r:", StringComparison.Ordinal) == true => FakeResponse.Empty,
            _ => FakeResponse.Rows(["duplicate", "missingFrom", "missingTo", "missingSource"], "[false, false, false, false]"),
        };
        var store = _server.Store(FakeNeo4j.Options(), clock);

        var snapshot = await store.GetSnapshotAsync();
        Assert.Equal(["donald-trump", "volodymyr-zelensky"], snapshot.Nodes().Select(snapshot.NodeId));
        var edge = Assert.Single(snapshot.AllEdges());
        Assert.Equal("trump-accused-zelensky", snapshot.EdgeId(edge));
        Assert.Equal(PartialDate.Parse("2025-03"), snapshot.EdgeDate(edge));
        Assert.Equal(Stance.Hostile, snapshot.EdgeStance(edge));
        var reads = _server.Requests.Where(request => request.Statement == Neo4jStatements.TopologyNodes || request.Statement?.StartsWith("MATCH (a:Node)-[r:", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(1 + Vocabulary.RelationTypes.Count, reads.Count);
        Assert.All(reads, request => Assert.Equal("/db/neo4j/query/v2/tx/read", request.Path));
        Assert.Contains(_server.Requests, request => request.Path == "/db/neo4j/query/v2/tx/read/commit");

        clock.Now = clock.Now.AddDays(1);
        Assert.Same(snapshot, await store.GetSnapshotAsync());

        var requestsBefore = _server.Requests.Count;
        await store.CreateRelationAsync(Relation("new-one", "donald-trump", "volodymyr-zelensky"));
        var next = await store.GetSnapshotAsync();
        Assert.True(next.TryGetEdge("new-one", out _));
        Assert.Equal(requestsBefore + 1, _server.Requests.Count);
    }

    [Fact]
    public async Task AnOldSnapshotKeepsServingWhileAFreshReadRunsInTheBackground()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2025-04-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var options = FakeNeo4j.Options();
        options.TopologyMaxAge = TimeSpan.FromMinutes(1);
        _server.Respond = request => request.Path == "/db/neo4j/query/v2/tx" ? Transaction("read") : FakeResponse.Empty;
        var store = _server.Store(options, clock);

        var first = await store.GetSnapshotAsync();
        clock.Now = clock.Now.AddSeconds(59);
        Assert.Same(first, await store.GetSnapshotAsync());
        clock.Now = clock.Now.AddSeconds(2);
        Assert.Same(first, await store.GetSnapshotAsync());
        // The background read finishes whenever the machine lets it: wait for it with a generous deadline.
        var fresh = first;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (ReferenceEquals(fresh, first) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
            fresh = await store.GetSnapshotAsync();
        }
        Assert.NotSame(first, fresh);
        Assert.True(fresh.Version > first.Version);
    }

    [Fact]
    public async Task InitializingCreatesTheSchemaAndRemakesAStaleRelationIdIndex()
    {
        _server.Respond = request => request.Statement == Neo4jStatements.RelationIdIndexTypes
            ? FakeResponse.Rows(["types"], """[["SAID", "ACCUSED"]]""")
            : FakeResponse.Empty;

        await _server.Store().InitializeAsync();

        Assert.Equal([Neo4jStatements.RelationIdIndexTypes, Neo4jStatements.RelationIdIndexDrop, .. Neo4jStatements.Schema,
            Neo4jStatements.IndexesNotOnline, Neo4jStatements.NodesToAdopt, Neo4jStatements.AdoptRelations], _server.Statements);
    }

    [Fact]
    public async Task InitializingAdoptsNodesWrittenByTheSeedScript()
    {
        // What the seed script's MERGE leaves on a node: the shared layout, without the store's own fields.
        var node = SeedFacts.Document.Nodes.First(n => n.Id == "volodymyr-zelensky");
        var pages = 0;
        _server.Respond = request => request.Statement == Neo4jStatements.NodesToAdopt && pages++ == 0
            ? FakeResponse.Rows(["node"], $"[{Json(GraphProperties.Of(node))}]")
            : FakeResponse.Empty;

        await _server.Store().InitializeAsync();

        var adopt = Assert.Single(_server.Requests, request => request.Statement == Neo4jStatements.AdoptNodes);
        var row = Assert.Single(adopt.Parameters.GetProperty("rows").EnumerateArray());
        Assert.Equal(node.Id, row.GetProperty("id").GetString());
        var props = row.GetProperty("props");
        Assert.All(props.EnumerateObject(), property => Assert.StartsWith("_", property.Name, StringComparison.Ordinal));
        Assert.Equal("volodymyr zelensky", props.GetProperty("_searchName").GetString());
        Assert.Equal("", props.GetProperty("_sortKey").GetString());
        Assert.Equal(2, _server.Requests.Count(request => request.Statement == Neo4jStatements.NodesToAdopt));
    }

    [Fact]
    public async Task AnUpToDateRelationIdIndexIsKept()
    {
        var types = JsonSerializer.Serialize(Vocabulary.RelationTypes.Keys.Reverse());
        _server.Respond = request => request.Statement == Neo4jStatements.RelationIdIndexTypes ? FakeResponse.Rows(["types"], $"[{types}]") : FakeResponse.Empty;

        await _server.Store().InitializeAsync();

        Assert.DoesNotContain(Neo4jStatements.RelationIdIndexDrop, _server.Statements);
    }

    [Fact]
    public async Task AStoreThatCannotBeReachedIsNotReady()
    {
        _server.Respond = _ => new FakeResponse(HttpStatusCode.ServiceUnavailable, "");
        Assert.False(await _server.Store().IsReadyAsync());

        _server.Respond = _ => FakeResponse.Rows(["ready"], "[1]");
        Assert.True(await _server.Store().IsReadyAsync());
        Assert.Equal("READ", _server.Requests[^1].Json.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task SourcesComeWithTheirCounts()
    {
        var source = SeedFacts.Document.Sources[0];
        _server.Respond = _ => FakeResponse.Rows(["source", "nodes", "relations"], $"[{Json(Neo4jRecords.Properties(source))}, 105, 229]");

        var summary = Assert.Single((await _server.Store().ListSourcesAsync(50)).Items);

        Assert.Equal((source.Id, 105, 229), (summary.Source.Id, summary.NodeCount, summary.RelationCount));
    }
}
