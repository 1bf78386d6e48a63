using System.Net;
using System.Text.Json;
using GeoGraph.Core.Exchange;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;
using GeoGraph.Tests.Seed;

namespace GeoGraph.Tests.Export;

/// <summary>The seed exported through HTTP in every format and read back by a real consumer of that format.</summary>
public class ExportEndpointTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>, IDisposable
{
    private const string Source = "article-2025-04-01-minerals-deal";

    private static readonly string[] KindsAskedFor = ["Person", "Statement"];

    private static readonly string[] WriteOnly = ["write"];

    private readonly HttpClient _client = factory.CreateClient();

    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-export-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task NdjsonHoldsTheSourcesThenNodesThenRelationsTheApiServesOneALine()
    {
        var response = await _client.GetAsync("/api/export?format=ndjson");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(NdjsonRecord.ContentType, response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var lines = text[..^1].Split('\n').Select(line => JsonDocument.Parse(line).RootElement.EnumerateObject().Single()).ToList();

        Assert.Equal([NdjsonRecord.Source, NdjsonRecord.Node, NdjsonRecord.Relation], lines.Select(line => line.Name).Distinct());
        Assert.Equal(lines.Select(line => line.Name).Order(StringComparer.Ordinal).Count(), lines.Count);
        var sources = await _client.ReadAllPagesAsync<JsonElement>("/api/sources", 200, s => s.GetProperty("source").GetProperty("id").GetString()!);
        var nodes = await _client.ReadAllPagesAsync<JsonElement>($"/api/sources/{Source}/nodes", 200, n => n.GetProperty("id").GetString()!);
        var relations = await _client.ReadAllPagesAsync<JsonElement>($"/api/sources/{Source}/relations", 200, r => r.GetProperty("id").GetString()!);
        Assert.Equal(sources.Select(s => s.GetProperty("source").GetRawText()).ToHashSet(), Records(lines, NdjsonRecord.Source));
        Assert.Equal(nodes.Select(n => n.GetRawText()).ToHashSet(), Records(lines, NdjsonRecord.Node));
        Assert.Equal(relations.Select(r => r.GetRawText()).ToHashSet(), Records(lines, NdjsonRecord.Relation));
        var nodeIds = lines.Where(line => line.Name == NdjsonRecord.Node).Select(line => line.Value.GetProperty("id").GetString()!).ToList();
        Assert.Equal(nodeIds.Order(StringComparer.Ordinal), nodeIds);
    }

    [Fact]
    public async Task NetworkxReadsTheGraphMlWithTheApisCountsAndAttributes()
    {
        var file = await DownloadAsync("graphml", "graph.graphml");
        var read = await Python.RunAsync("""
            import json, sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            z = g.nodes['volodymyr-zelensky']
            u, v, k, d = [e for e in g.edges(keys=True, data=True) if e[2] == 'scott-bessent-presented-minerals-deal-initial-draft'][0]
            deal = [d for n, d in g.nodes(data=True) if 'boardSeatsTotal' in d]
            print(json.dumps({'directed': g.is_directed(), 'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
                'name': z['name'], 'kind': z['kind'], 'aliases': json.loads(z['aliases']),
                'edge': [u, v, d['type'], d.get('date'), d.get('stance')], 'seatsType': type(deal[0]['boardSeatsTotal']).__name__ if deal else None}))
            """, file);

        Assert.True(read.GetProperty("directed").GetBoolean());
        Assert.Equal(SeedFacts.Document.Nodes.Count, read.GetProperty("nodes").GetInt32());
        Assert.Equal(SeedFacts.Document.Relations.Count, read.GetProperty("edges").GetInt32());
        var zelensky = await (await _client.GetAsync("/api/nodes/volodymyr-zelensky")).ReadAsync<JsonElement>();
        Assert.Equal(zelensky.GetProperty("name").GetString(), read.GetProperty("name").GetString());
        Assert.Equal(zelensky.GetProperty("kind").GetString(), read.GetProperty("kind").GetString());
        Assert.Equal(zelensky.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()), read.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var presented = await (await _client.GetAsync("/api/relations/scott-bessent-presented-minerals-deal-initial-draft")).ReadAsync<JsonElement>();
        Assert.Equal(
            [presented.GetProperty("from").GetString(), presented.GetProperty("to").GetString(), presented.GetProperty("type").GetString(),
             presented.TryGetProperty("date", out var date) ? date.GetString() : null, presented.TryGetProperty("stance", out var stance) ? stance.GetString() : null],
            read.GetProperty("edge").EnumerateArray().Select(item => item.ValueKind == JsonValueKind.Null ? null : item.GetString()));
        Assert.Equal("int", read.GetProperty("seatsType").GetString());
    }

    [Theory]
    [InlineData("csv", "id", "from")]
    [InlineData("csv-neo4j", "id:ID", ":START_ID")]
    public async Task PythonsCsvModuleReadsBothCsvVariantsWithEveryRecord(string format, string nodeId, string relationStart)
    {
        var file = await DownloadAsync(format, "graph.zip");
        var read = await Python.RunAsync("""
            import csv, io, json, sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            out = {}
            for name in z.namelist():
                rows = list(csv.DictReader(io.TextIOWrapper(z.open(name), encoding='utf-8', newline='')))
                out[name] = {'header': list(rows[0].keys()), 'rows': rows}
            print(json.dumps(out))
            """, file);

        var nodes = read.GetProperty(CsvZipWriter.NodesFile);
        var relations = read.GetProperty(CsvZipWriter.RelationshipsFile);
        Assert.Equal(SeedFacts.Document.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodes.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty(nodeId).GetString()));
        Assert.Equal(SeedFacts.Document.Relations.Select(r => r.From).Order().ToList(),
            relations.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty(relationStart).GetString()!).Order().ToList());
        var quote = SeedFacts.Document.Nodes.First(n => n.Quote is not null);
        Assert.Contains(nodes.GetProperty("rows").EnumerateArray(), row => row.GetProperty("quote").GetString() == quote.Quote);
    }

    [Fact]
    public async Task TheNeo4jCsvHeadersFollowTheNeo4jAdminImportRules()
    {
        var file = await DownloadAsync("csv-neo4j", "graph.zip");
        var headers = await Python.RunAsync("""
            import csv, io, json, sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            print(json.dumps({name: next(csv.reader(io.TextIOWrapper(z.open(name), encoding='utf-8', newline=''))) for name in z.namelist()}))
            """, file);

        var nodes = headers.GetProperty(CsvZipWriter.NodesFile).EnumerateArray().Select(h => h.GetString()!).ToList();
        var relations = headers.GetProperty(CsvZipWriter.RelationshipsFile).EnumerateArray().Select(h => h.GetString()!).ToList();
        Assert.Equal(1, nodes.Count(Neo4jAdminHeaders.IsId));
        Assert.Contains(":LABEL", nodes);
        Assert.Equal([":START_ID", ":END_ID", ":TYPE"], relations.Where(h => h.StartsWith(':')));
        Assert.All(nodes.Concat(relations), header => Assert.True(Neo4jAdminHeaders.IsValid(header), $"'{header}' is not a neo4j-admin header"));
        Assert.Contains("aliases:string[]", nodes);
        Assert.Contains(nodes, header => header.EndsWith(":long", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryStatementOfTheCypherExportPassesNeo4jsCypherFrontEnd()
    {
        var script = await (await _client.GetAsync("/api/export?format=cypher")).Content.ReadAsStringAsync();
        var statements = script.Split(";\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(statement => string.Join('\n', statement.Split('\n').Where(line => !line.StartsWith("//", StringComparison.Ordinal)))).ToList();

        Assert.StartsWith("CREATE CONSTRAINT", statements[0], StringComparison.Ordinal);
        Assert.All(statements.Skip(2), statement => Assert.StartsWith("UNWIND [", statement, StringComparison.Ordinal));
        Assert.All(SeedFacts.Document.Nodes, node => Assert.Contains($"{{id: '{node.Id}', props: {{id: '{node.Id}',", script, StringComparison.Ordinal));
        var diagnostics = await CypherLinter.LintAsync(statements);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Select(d => $"{d.Severity}: {d.Message}")));
    }

    [Fact]
    public async Task FiltersKeepTheKindsTypesAndDatesAskedForAndOnlyRelationsWhoseEndsAreKept()
    {
        var lines = await NdjsonAsync("/api/export?format=ndjson&kind=Person&kind=Statement&type=SAID&from=2025-03&to=2025-03");
        var nodes = lines.Where(line => line.Name == NdjsonRecord.Node).Select(line => line.Value).ToList();
        var relations = lines.Where(line => line.Name == NdjsonRecord.Relation).Select(line => line.Value).ToList();

        Assert.All(nodes, node => Assert.Contains(node.GetProperty("kind").GetString(), KindsAskedFor));
        Assert.Contains(nodes, node => node.GetProperty("kind").GetString() == "Person");
        var ids = nodes.Select(node => node.GetProperty("id").GetString()).ToHashSet();
        Assert.NotEmpty(relations);
        Assert.All(relations, relation =>
        {
            Assert.Equal("SAID", relation.GetProperty("type").GetString());
            Assert.Contains(relation.GetProperty("from").GetString(), ids);
            Assert.Contains(relation.GetProperty("to").GetString(), ids);
        });
        var expected = ExpectedSaid(PartialDate.Parse("2025-03"), PartialDate.Parse("2025-03"));
        Assert.InRange(expected.Count, 1, SeedFacts.Document.Relations.Count(r => r.Type == "SAID") - 1);
        Assert.Equal(expected, relations.Select(r => r.GetProperty("id").GetString()!).ToHashSet());
        Assert.Empty(await NdjsonAsync("/api/export?format=ndjson&source=no-such-source"));
    }

    [Fact]
    public async Task ExportNeedsTheReadScope()
    {
        await (await factory.CreateAnonymousClient().GetAsync("/api/export?format=ndjson")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var key = await (await _client.PostJsonAsync("/api/keys", new { name = "writer-only", scopes = WriteOnly })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var problem = await (await factory.CreateClientWithKey(key.GetProperty("key").GetString()!).GetAsync("/api/export?format=ndjson"))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("read", problem.GetProperty("scope").GetString());
    }

    [Theory]
    [InlineData("/api/export?format=xlsx", "format")]
    [InlineData("/api/export", "format")]
    [InlineData("/api/export?format=ndjson&kind=Dragon", "kind[0]")]
    [InlineData("/api/export?format=ndjson&from=2025-13", "from")]
    public async Task ABadQueryIsAProblemNamingTheField(string url, string field) =>
        await (await _client.GetAsync(url)).AssertFieldErrorAsync(field);

    /// <summary>The seed's SAID relations from a person to a statement, each end undated or dated within the range.</summary>
    private static HashSet<string> ExpectedSaid(PartialDate from, PartialDate to)
    {
        var kept = SeedFacts.Document.Nodes
            .Where(n => KindsAskedFor.Contains(n.Kind) && (n.Date is not { } date || ((n.EndDate ?? date).End >= from.Start && date.Start <= to.End)))
            .Select(n => n.Id).ToHashSet();
        return [.. SeedFacts.Document.Relations.Where(r => r.Type == "SAID" && kept.Contains(r.From) && kept.Contains(r.To)
            && (r.Period() is not { } period || period.Overlaps(from, to))).Select(r => r.Id)];
    }

    private static HashSet<string> Records(IEnumerable<JsonProperty> lines, string type) =>
        [.. lines.Where(line => line.Name == type).Select(line => line.Value.GetRawText())];

    private async Task<List<JsonProperty>> NdjsonAsync(string url)
    {
        var text = await (await _client.GetAsync(url)).Content.ReadAsStringAsync();
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.EnumerateObject().Single())];
    }

    private async Task<string> DownloadAsync(string format, string name)
    {
        var response = await _client.GetAsync($"/api/export?format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = Path.Combine(_folder, $"{format}-{name}");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }
}
