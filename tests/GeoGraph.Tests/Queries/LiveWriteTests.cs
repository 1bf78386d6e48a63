using System.Net;
using GeoGraph.Api.Analysis;
using GeoGraph.Core.Analysis;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary>
/// Graph queries while writers create and delete nodes and relations: no answer is a 5xx, every answer is
/// whole (each id it names it also resolves), and each writer sees its own acknowledged write in its next query.
/// </summary>
public class LiveWriteTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const int Writers = 3;
    private const int WritesPerWriter = 25;

    private static readonly string[] Actors = ["donald-trump", "volodymyr-zelensky", "scott-bessent", "jd-vance", "kiel-institute", "andrii-sybiha", "european-union"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ReadersGetWholeAnswersAndWritersSeeTheirOwnWritesWhileTheGraphChanges()
    {
        using var done = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(seed => ReadUntilAsync(new Random(seed), done.Token)).ToList();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(WriteAsync));
        await done.CancelAsync();
        var reads = (await Task.WhenAll(readers)).Sum();
        Assert.True(reads > 0, "the readers got no answer in");
    }

    private async Task WriteAsync(int writer)
    {
        var random = new Random(100 + writer);
        for (var i = 0; i < WritesPerWriter; i++)
        {
            var node = RequestBodies.UniqueId($"live-{writer}");
            var relation = $"{node}-supports";
            await _client.CreateAsync("/api/actors", RequestBodies.Node(NodeRoute.Of(Core.Model.NodeCategory.Actor), node, $"Live Writer {writer} {i}"));
            await _client.CreateAsync("/api/relations", RequestBodies.Relation(relation, "SUPPORTS", node, Actors[random.Next(Actors.Length)]));
            Assert.Contains((await NeighborhoodAsync(node)).Edges, edge => edge.Data.Id == relation);

            if (random.Next(2) == 0)
            {
                Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/relations/{relation}")).StatusCode);
                Assert.DoesNotContain((await NeighborhoodAsync(node)).Edges, edge => edge.Data.Id == relation);
            }
            if (random.Next(3) > 0)
            {
                Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/actors/{node}?cascade=true")).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/graph/neighborhood/{node}")).StatusCode);
            }
        }
    }

    private async Task<CytoscapeElements> NeighborhoodAsync(string id) =>
        await (await _client.GetAsync($"/api/graph/neighborhood/{id}?depth=1")).ReadAsync<CytoscapeElements>();

    /// <summary>Reads every kind of graph query in turn until told to stop; returns how many answers it checked.</summary>
    private async Task<int> ReadUntilAsync(Random random, CancellationToken stop)
    {
        var reads = 0;
        while (!stop.IsCancellationRequested)
        {
            var (from, to) = (Actors[random.Next(Actors.Length)], Actors[random.Next(Actors.Length)]);
            var url = (reads % 7) switch
            {
                0 => $"/api/graph/neighborhood/{from}?depth=2",
                1 => $"/api/graph/paths?from={from}&to={to}&k=3",
                2 => "/api/graph/stats",
                3 => "/api/graph/centrality?measure=pagerank&top=20",
                4 => "/api/timeline",
                5 => $"/api/timeline?actor={from}",
                _ => "/api/graph/centrality?measure=degree&top=20",
            };
            using var response = await _client.GetAsync(url, CancellationToken.None);
            Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
            if (response.StatusCode == HttpStatusCode.OK)
                await AssertWholeAsync(url, response);
            reads++;
        }
        return reads;
    }

    private static async Task AssertWholeAsync(string url, HttpResponseMessage response)
    {
        if (url.Contains("/neighborhood/", StringComparison.Ordinal))
        {
            var elements = await response.ReadAsync<CytoscapeElements>();
            var nodes = elements.Nodes.Select(node => node.Data.Id).ToHashSet();
            Assert.All(elements.Edges, edge => Assert.True(nodes.Contains(edge.Data.Source) && nodes.Contains(edge.Data.Target), $"edge {edge.Data.Id} leaves the answer"));
        }
        else if (url.Contains("/paths", StringComparison.Ordinal))
        {
            var paths = await response.ReadAsync<PathsResponse>();
            Assert.All(paths.Paths, path => Assert.All(Enumerable.Range(0, path.Hops), i =>
                Assert.Equal(
                    new[] { path.Nodes[i].Id, path.Nodes[i + 1].Id }.Order(StringComparer.Ordinal),
                    new[] { path.Relations[i].From, path.Relations[i].To }.Order(StringComparer.Ordinal))));
        }
        else if (url.Contains("/timeline", StringComparison.Ordinal))
        {
            var timeline = await response.ReadAsync<Timeline>();
            Assert.All(timeline.Events, entry => Assert.NotNull(entry.Event.Date));
        }
    }
}
