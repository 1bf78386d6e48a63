using System.Net;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Store.Neo4j;
using GeoGraph.Store.Neo4j.Http;
using static GeoGraph.Tests.Neo4j.Neo4jTestRecords;

namespace GeoGraph.Tests.Neo4j;

/// <summary>
/// Bulk writes larger than one commit, and the start's wait for indexes, against the fake Query API: no transaction
/// may run into the server's <c>db.transaction.timeout</c>, and a bulk write that fails partway leaves the store as it was.
/// </summary>
public sealed class Neo4jBulkWriteTests : IDisposable
{
    private const int CommitRecords = 100;

    private readonly FakeNeo4j _server = new();
    private int _transactions;

    public void Dispose() => _server.Dispose();

    /// <summary>One source, 150 nodes, 100 relations: with 100 records a commit, parts of 100, 100 and 51 records.</summary>
    private static readonly GraphDocument Document = new()
    {
        Sources = [new Source { Id = Article, Title = "The article" }],
        Nodes = [.. Enumerable.Range(0, 150).Select(i => Person($"n-{i}"))],
        Relations = [.. Enumerable.Range(0, 100).Select(i => Relation($"r-{i}", $"n-{i}", $"n-{i + 1}"))],
    };

    private Neo4jGraphStore Store(TimeSpan? indexWait = null)
    {
        var options = FakeNeo4j.Options();
        options.BulkCommitRecords = CommitRecords;
        options.IndexWait = indexWait ?? options.IndexWait;
        return _server.Store(options);
    }

    /// <summary>Begins number the transactions t1, t2, …; everything else goes to <paramref name="respond"/>.</summary>
    private void Answer(Func<RecordedRequest, FakeResponse> respond) =>
        _server.Respond = request => request.Method == HttpMethod.Post && request.Path == "/db/neo4j/query/v2/tx"
            ? Transaction($"t{Interlocked.Increment(ref _transactions)}")
            : respond(request);

    private IEnumerable<RecordedRequest> In(string transaction) =>
        _server.Requests.Where(request => request.Path == $"/db/neo4j/query/v2/tx/{transaction}");

    private static IEnumerable<string> Ids(RecordedRequest request, string parameter) =>
        request.Parameters.GetProperty(parameter).EnumerateArray()
            .Select(item => item.ValueKind == System.Text.Json.JsonValueKind.String ? item.GetString()! : item.GetProperty("id").GetString()!);

    private static bool ReadsWhatItOverwrites(RecordedRequest request) =>
        request.Statement is Neo4jStatements.GetSources or Neo4jStatements.GetNodes or Neo4jStatements.GetRelations;

    /// <summary>The transactions among t1…t5 (the write and its undo) that committed, in order; a background snapshot reload may add more.</summary>
    private IEnumerable<string> Committed() =>
        _server.Requests.Where(request => request.Path.EndsWith("/commit", StringComparison.Ordinal))
            .Select(request => request.Path.Split('/')[^2]).Where(id => id is "t1" or "t2" or "t3" or "t4" or "t5");

    private static bool Merges(RecordedRequest request) =>
        request.Statement is { } statement && statement.Contains(" MERGE ", StringComparison.Ordinal);

    [Fact]
    public async Task ADocumentLargerThanOneCommitIsCommittedPartByPartEachReadingWhatItOverwritesFirst()
    {
        Answer(_ => FakeResponse.Empty);

        await Store().UpsertAsync(Document);

        Assert.Equal(["t1", "t2", "t3"], Committed());
        Assert.DoesNotContain(_server.Requests, request => request.Method == HttpMethod.Delete);
        var merged = new List<string>();
        foreach (var transaction in new[] { "t1", "t2", "t3" })
        {
            var requests = In(transaction).ToList();
            var writes = requests.Where(Merges).ToList();
            Assert.InRange(writes.Sum(request => request.Parameters.GetProperty("rows").GetArrayLength()), 1, CommitRecords);
            var reads = requests.TakeWhile(ReadsWhatItOverwrites).Count();
            Assert.InRange(reads, 1, 3);
            Assert.DoesNotContain(requests.Skip(reads), ReadsWhatItOverwrites);
            merged.AddRange(writes.SelectMany(request => Ids(request, "rows")));
        }
        string[] expected = [.. Document.Sources.Select(s => s.Id), .. Document.Nodes.Select(n => n.Id), .. Document.Relations.Select(r => r.Id)];
        Assert.Equal(expected.Order(StringComparer.Ordinal), merged.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WhenALaterPartFailsThePartsCommittedBeforeItAreUndoneLastFirst()
    {
        var stored = Person("n-5") with { Name = "The name before" };
        Answer(request => request.Path.EndsWith("/t1", StringComparison.Ordinal) && request.Statement == Neo4jStatements.GetNodes
            ? FakeResponse.Rows(["node"], $"[{NodeJson(stored)}]")
            : request.Path.EndsWith("/t3", StringComparison.Ordinal) && request.Statement == Neo4jStatements.UpsertRelations("SUPPORTS")
                ? FakeResponse.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.TypeError", "Property values can only be of primitive types or arrays thereof.")
                : FakeResponse.Empty);

        await Assert.ThrowsAsync<Neo4jQueryException>(() => Store().UpsertAsync(Document));

        Assert.Contains(_server.Requests, request => $"{request.Method} {request.Path}" == "DELETE /db/neo4j/query/v2/tx/t3");
        // t4 undoes the second part (nodes n-99… and relations r-0…r-48), t5 the first (the source and nodes n-0…n-98).
        var secondUndo = In("t4").ToList();
        Assert.Equal(Document.Relations.Take(49).Select(r => r.Id), Ids(secondUndo.Single(r => r.Statement == Neo4jStatements.DeleteRelations), "lookups"));
        Assert.Equal(Document.Nodes.Skip(99).Select(n => n.Id), Ids(secondUndo.Single(r => r.Statement == Neo4jStatements.DeleteNodes), "ids"));
        Assert.DoesNotContain(secondUndo, Merges);
        var firstUndo = In("t5").ToList();
        var restore = Assert.Single(firstUndo, Merges);
        var row = Assert.Single(restore.Parameters.GetProperty("rows").EnumerateArray());
        Assert.Equal("The name before", row.GetProperty("props").GetProperty("name").GetString());
        Assert.Equal(Document.Nodes.Take(99).Select(n => n.Id).Where(id => id != "n-5"), Ids(firstUndo.Single(r => r.Statement == Neo4jStatements.DeleteNodes), "ids"));
        Assert.Equal([Article], Ids(firstUndo.Single(r => r.Statement == Neo4jStatements.DeleteSources), "ids"));
        Assert.Equal(["t1", "t2", "t4", "t5"], Committed());
    }

    [Fact]
    public async Task ADocumentThatFitsOneCommitReadsNothingBeforeWriting()
    {
        Answer(_ => FakeResponse.Empty);

        await Store().UpsertAsync(new GraphDocument { Sources = Document.Sources, Nodes = [.. Document.Nodes.Take(CommitRecords - 1)] });

        Assert.Equal(1, _transactions);
        Assert.DoesNotContain(In("t1"), ReadsWhatItOverwrites);
    }

    [Fact]
    public void PartsKeepTheOrderSourcesNodesRelationsAndHoldAtMostTheLimit()
    {
        var parts = Neo4jGraphStore.Split(Document, CommitRecords);

        Assert.Equal([100, 100, 51], parts.Select(part => part.Sources.Count + part.Nodes.Count + part.Relations.Count));
        Assert.Equal(Document.Nodes.Select(n => n.Id), parts.SelectMany(part => part.Nodes).Select(n => n.Id));
        Assert.Equal(Document.Relations.Select(r => r.Id), parts.SelectMany(part => part.Relations).Select(r => r.Id));
        Assert.Single(Neo4jGraphStore.Split(new GraphDocument(), CommitRecords));
    }

    [Fact]
    public async Task TheStartPollsUntilEveryIndexIsOnline()
    {
        var polls = 0;
        Answer(request => request.Statement == Neo4jStatements.IndexesNotOnline && ++polls < 3
            ? FakeResponse.Rows(["name", "state", "populationPercent"], """["node_search", "POPULATING", 42.0]""")
            : FakeResponse.Empty);

        await Store().InitializeAsync();

        Assert.Equal(3, polls);
        Assert.All(_server.Requests.Where(request => request.Statement == Neo4jStatements.IndexesNotOnline),
            request => Assert.Equal("READ", request.Json.GetProperty("accessMode").GetString()));
    }

    [Theory]
    [InlineData("FAILED", "node_search FAILED", 300)]
    [InlineData("POPULATING", "not online after", 0)]
    public async Task AnIndexThatFailsOrDoesNotComeOnlineInTimeStopsTheStart(string state, string reason, int waitSeconds)
    {
        Answer(request => request.Statement == Neo4jStatements.IndexesNotOnline
            ? FakeResponse.Rows(["name", "state", "populationPercent"], $"""["node_search", "{state}", 42.0]""")
            : FakeResponse.Empty);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => Store(TimeSpan.FromSeconds(waitSeconds)).InitializeAsync());

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests, request => request.Statement == Neo4jStatements.IndexesNotOnline);
    }
}
