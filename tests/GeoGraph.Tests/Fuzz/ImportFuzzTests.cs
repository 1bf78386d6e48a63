using System.Net;
using System.Text;
using System.Text.Json;
using CsCheck;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;
using static GeoGraph.Tests.Fuzz.HostileJson;
using static GeoGraph.Tests.Fuzz.HostileText;

namespace GeoGraph.Tests.Fuzz;

/// <summary>
/// Imports of hostile records, as NDJSON lines and as JSON documents: fields missing, null, of the wrong type or
/// nested too deep, ids repeated, references dangling. Each answer is 200, 400 or 422 with a problem body for the
/// errors, and an import that is refused leaves none of its nodes behind.
/// </summary>
public class ImportFuzzTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const int Imports = 300;

    private const string Article = "article-2025-04-01-minerals-deal";

    // Few ids, so records repeat ids and refer to each other; all new to the seed, so the seed's nodes stay as they are.
    private static readonly Gen<string> NodeId = Gen.Int[0, 9].Select(i => JsonString($"fuzz-import-{i}"));

    private static readonly Gen<string> SourceId = OneOfStrings(Article, "fuzz-import-source");

    private static readonly Gen<string> Provenance = OrNull(Body(("source", OrNull(SourceId)), ("passage", PlausibleText.Select(JsonString))));

    private static readonly Gen<string> Date = OneOfStrings("2025-02", "2025-02-28", "2025-02-30", "2025", "soon");

    private static readonly Gen<string> Source = OrNull(Body(("id", SourceId), ("title", OrNull(PlausibleText.Select(JsonString))), ("outlets", OrNull(StringArray))));

    private static readonly Gen<string> Node = OrNull(Body(("id", NodeId), ("kind", OneOfStrings("Person", "Meeting", "Deal", "Starship")),
        ("name", OrNull(PlausibleText.Select(JsonString))), ("aliases", OrNull(StringArray)), ("date", Date), ("properties", OrNull(Properties)),
        ("provenance", Provenance)));

    private static readonly Gen<string> Relation = OrNull(Body(("id", Gen.Int[0, 9].Select(i => JsonString($"fuzz-import-relation-{i}"))),
        ("type", OneOfStrings("SUPPORTS", "ACCUSED", "LIKES")), ("from", Gen.OneOf(NodeId, OneOfStrings("donald-trump"))),
        ("to", OrNull(Gen.OneOf(NodeId, OneOfStrings("volodymyr-zelensky", "nobody")))), ("date", Date), ("provenance", Provenance)));

    private static readonly Gen<string> Line = Weighted(
        (1, Source.Select(source => $"{{\"source\":{source}}}")),
        (3, Node.Select(node => $"{{\"node\":{node}}}")),
        (3, Relation.Select(relation => $"{{\"relation\":{relation}}}")),
        (1, Value));

    private static readonly Gen<string> Document = Gen.Select(Source.Array[0, 2], Node.Array[0, 4], Relation.Array[0, 4],
        (sources, nodes, relations) => $"{{\"sources\":[{string.Join(',', sources)}],\"nodes\":[{string.Join(',', nodes)}],\"relations\":[{string.Join(',', relations)}]}}");

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>A null now and then where a value belongs: JSON reads it into a record that lacks what it must have.</summary>
    private static Gen<string> OrNull(Gen<string> value) => Weighted((5, value), (1, Gen.Const("null")));

    [Fact]
    public async Task HostileImportsAreAnsweredBelow500AndARefusedOneWritesNothing()
    {
        await Gen.Select(Line.Array[1, 8], Gen.Bool).SampleAsync(
            (lines, dryRun) => ImportAsync(string.Join('\n', lines), "application/x-ndjson", dryRun), iter: Imports / 2, threads: 1,
            print: sample => string.Join('\n', sample.Item1));
        await Gen.Select(Document, Gen.Bool).SampleAsync(
            (document, dryRun) => ImportAsync(document, "application/json", dryRun), iter: Imports / 2, threads: 1,
            print: sample => sample.Item1);

        await _client.AssertSeedNodesUnchangedAsync();
    }

    private async Task ImportAsync(string body, string contentType, bool dryRun)
    {
        var before = await FuzzNodesAsync();
        using var response = await _client.PostAsync(dryRun ? "/api/import?dryRun=true" : "/api/import", new StringContent(body, Encoding.UTF8, contentType));

        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity,
            $"{(int)response.StatusCode}: {answer}");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(before, await FuzzNodesAsync());
        }
    }

    /// <summary>Each fuzz id's node as stored, or nothing: what a refused import must leave as it found it.</summary>
    private async Task<string> FuzzNodesAsync()
    {
        var nodes = new StringBuilder();
        for (var i = 0; i < 10; i++)
        {
            using var response = await _client.GetAsync($"/api/nodes/fuzz-import-{i}");
            nodes.Append(response.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetRawText() : "-").Append('\n');
        }
        return nodes.ToString();
    }
}
