using System.Net;
using System.Net.Http.Json;
using System.Text;
using GeoGraph.Api.Analysis;
using GeoGraph.Api.Import;
using GeoGraph.Core.Model;
using GeoGraph.Core.Seed;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;
using static GeoGraph.Tests.Import.ImportFiles;

namespace GeoGraph.Tests.Import;

/// <summary><c>POST /api/import</c> on the seeded store: all or nothing, idempotent by id, with a report. Each test imports ids of its own.</summary>
public class ImportTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string[] SmallGraph(string prefix) =>
    [
        Line(NewSource($"{prefix}-source")),
        Line(NewActor($"{prefix}-a", $"{prefix}-source")),
        Line(NewActor($"{prefix}-b", $"{prefix}-source")),
        Line(NewRelation($"{prefix}-a-negotiates-with-b", $"{prefix}-a", $"{prefix}-b", $"{prefix}-source")),
    ];

    [Fact]
    public async Task AFileWithOneBadRecordChangesNothingAndNamesThatRecordsLineAndReason()
    {
        var stats = await _client.GetStringAsync("/api/graph/stats");
        string[] lines = [.. SmallGraph("bad-file")[..3], Line(NewActor("bad-file-c", "bad-file-source")).Replace("\"Person\"", "\"Starship\"", StringComparison.Ordinal).Replace("\"category\":\"actor\",", "", StringComparison.Ordinal), SmallGraph("bad-file")[3]];

        var (response, report) = await PostNdjsonAsync(_client, lines);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(report!.Written);
        var rejected = Assert.Single(report.Rejections);
        Assert.Equal((4, "bad-file-c"), (rejected.Line, rejected.Id));
        Assert.Contains("Starship", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/sources/bad-file-source")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/nodes/bad-file-a")).StatusCode);
        Assert.Equal(stats, await _client.GetStringAsync("/api/graph/stats"));
    }

    [Fact]
    public async Task UnreadableLinesAndADanglingReferenceAreEachReportedOnTheirLine()
    {
        string[] lines =
        [
            .. SmallGraph("unreadable"),
            "{\"node\": {\"id\": ",
            // A null where the model needs a value is unreadable too (it was a 500 once).
            """{"node":{"id":"unreadable-c","kind":"Person","name":"C","provenance":null}}""",
            """{"relation":{"id":"unreadable-r","type":"SAID","from":"unreadable-a","to":null,"provenance":{"source":"unreadable-source","passage":"p"}}}""",
            Line(NewRelation("unreadable-x", "unreadable-a", "no-such-node", "unreadable-source")),
        ];

        var (response, report) = await PostNdjsonAsync(_client, lines);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal([5, 6, 7, 8], report!.Rejections.Select(rejection => rejection.Line));
        Assert.Contains("$.node.provenance", report.Rejections[1].Reason, StringComparison.Ordinal);
        Assert.Contains("$.relation.to", report.Rejections[2].Reason, StringComparison.Ordinal);
        Assert.StartsWith("to: ", report.Rejections[3].Reason, StringComparison.Ordinal);
        Assert.Contains("no-such-node", report.Rejections[3].Reason, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/nodes/unreadable-a")).StatusCode);
    }

    [Fact]
    public async Task AnImportWritesEverythingAndARepeatReportsEverythingUnchanged()
    {
        var (first, created) = await PostNdjsonAsync(_client, SmallGraph("repeat"));
        var (second, repeated) = await PostNdjsonAsync(_client, SmallGraph("repeat"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(new ImportCounts(1, 2, 1), created!.Created);
        Assert.True(created.Written);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((ImportCounts.Zero, ImportCounts.Zero, new ImportCounts(1, 2, 1)), (repeated!.Created, repeated.Updated, repeated.Unchanged));
        Assert.False(repeated.Written);
        var relation = await _client.GetFromJsonAsync<Relation>("/api/relations/repeat-a-negotiates-with-b", Core.GraphJson.Options);
        Assert.Equal(("repeat-a", "repeat-b"), (relation!.From, relation.To));
    }

    [Fact]
    public async Task AChangedRecordIsCountedUpdatedAndStored()
    {
        await PostNdjsonAsync(_client, SmallGraph("changed"));
        var lines = SmallGraph("changed");
        lines[1] = Line(NewActor("changed-a", "changed-source", name: "Renamed Actor"));

        var (response, report) = await PostNdjsonAsync(_client, lines);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((ImportCounts.Zero, new ImportCounts(0, 1, 0), new ImportCounts(1, 1, 1)), (report!.Created, report.Updated, report.Unchanged));
        Assert.Equal("Renamed Actor", (await _client.GetFromJsonAsync<Node>("/api/nodes/changed-a", Core.GraphJson.Options))!.Name);
    }

    [Fact]
    public async Task ADryRunReportsWhatItWouldDoAndChangesNothing()
    {
        var (response, report) = await PostNdjsonAsync(_client, SmallGraph("dry-run"), "?dryRun=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(report!.DryRun);
        Assert.False(report.Written);
        Assert.Equal(new ImportCounts(1, 2, 1), report.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/nodes/dry-run-a")).StatusCode);
    }

    [Fact]
    public async Task RecordsMayReferToNodesAndSourcesAlreadyInTheStore()
    {
        var seedNode = SeedGraph.Document.Nodes[0].Id;
        string[] lines = [Line(NewActor("refers-a", SeedGraph.Article.Id)), Line(NewRelation("refers-a-negotiates-with-seed", "refers-a", seedNode, SeedGraph.Article.Id))];

        var (response, report) = await PostNdjsonAsync(_client, lines);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new ImportCounts(0, 1, 1), report!.Created);
        var neighbours = await _client.GetFromJsonAsync<CytoscapeElements>("/api/graph/neighborhood/refers-a?depth=1", Core.GraphJson.Options);
        Assert.Contains(neighbours!.Nodes, node => node.Data.Id == seedNode);
    }

    [Fact]
    public async Task TheSeedDocumentImportsAsJsonAndIsUnchangedOnTheSeededStore()
    {
        var seed = await File.ReadAllTextAsync(RepoFiles.PathOf("graph-seed", SeedDocument.FileName));

        var response = await _client.PostAsync("/api/import", new StringContent(seed, Encoding.UTF8, "application/json"));
        var report = await ReportOfAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new ImportCounts(1, SeedGraph.Document.Nodes.Count, SeedGraph.Document.Relations.Count), report!.Unchanged);
    }

    [Fact]
    public async Task ADocumentsRejectedRecordIsNamedByItsJsonPointer()
    {
        var document = new { sources = Array.Empty<object>(), nodes = new[] { NewActor("pointer-a", "no-such-source") }, relations = Array.Empty<object>() };

        var response = await _client.PostAsync("/api/import",
            new StringContent(System.Text.Json.JsonSerializer.Serialize(document, Core.GraphJson.Options), Encoding.UTF8, "application/json"));
        var report = await ReportOfAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var rejected = Assert.Single(report!.Rejections);
        Assert.Equal(("/nodes/0", (int?)null), (rejected.Path, rejected.Line));
        Assert.StartsWith("provenance.source: ", rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"sources":[],"nodes":[null],"relations":[]}""", HttpStatusCode.UnprocessableEntity, "/nodes/0")]
    [InlineData("""{"sources":null}""", HttpStatusCode.BadRequest, "$.sources")]
    public async Task ADocumentWithANullItemOrListIsRefusedNotAServerError(string body, HttpStatusCode status, string named)
    {
        var response = await _client.PostAsync("/api/import", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyThatIsNeitherNdjsonNorJsonIsUnsupported()
    {
        var response = await _client.PostAsync("/api/import", new StringContent("id,name", Encoding.UTF8, "text/csv"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task ImportingNeedsAKeyWithTheWriteScope()
    {
        var anonymous = await PostNdjsonAsync(factory.CreateAnonymousClient(), SmallGraph("no-key"));
        var created = await (await _client.PostAsJsonAsync("/api/keys", new { name = "reader", scopes = new List<string> { "read" } })).Content.ReadFromJsonAsync<KeyProbe>();
        var reader = await PostNdjsonAsync(factory.CreateClientWithKey(created!.Key), SmallGraph("no-key"));

        await anonymous.Response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await reader.Response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/nodes/no-key-a")).StatusCode);
    }

    private sealed record KeyProbe(string Key);
}
