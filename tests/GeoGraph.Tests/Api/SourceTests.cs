using System.Net;
using GeoGraph.Api.Validation;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary><c>/api/sources</c>: the documents the graph rests on. Writing tests register sources of their own.</summary>
public class SourceTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static Dictionary<string, object?> NewSource(string id) => new()
    {
        ["id"] = id,
        ["title"] = "Interview with the director of the Zavallya graphite quarry",
        ["published"] = "2025-03",
        ["outlets"] = new List<string> { "BBC" },
        ["description"] = "Written by a test.",
    };

    [Fact]
    public async Task TheArticleIsListedWithAsManyNodesAndRelationsAsTheSeedGivesIt()
    {
        var sources = await _client.ReadAllPagesAsync<SourceSummary>("/api/sources", 200, summary => summary.Source.Id);

        var article = Assert.Single(sources, summary => summary.Source.Id == SeedGraph.Article.Id);
        Assert.Equal(SeedGraph.Article.Title, article.Source.Title);
        Assert.Equal(SeedGraph.Article.Published, article.Source.Published);
        Assert.Equal(SeedGraph.Article.Outlets, article.Source.Outlets);
        Assert.Equal(SeedGraph.Document.Nodes.Count(node => node.Provenance.Source == SeedGraph.Article.Id), article.NodeCount);
        Assert.Equal(SeedGraph.Document.Relations.Count(relation => relation.Provenance.Source == SeedGraph.Article.Id), article.RelationCount);
    }

    [Fact]
    public async Task TheArticleComesWithItsCountsOnly()
    {
        var response = await _client.GetAsync($"/api/sources/{SeedGraph.Article.Id}");
        var body = await response.Content.ReadAsStringAsync();
        var summary = await response.ReadAsync<SourceSummary>();

        Assert.Equal(SeedGraph.Article.Id, summary.Source.Id);
        Assert.Equal(SeedGraph.Document.Nodes.Count(node => node.Provenance.Source == SeedGraph.Article.Id), summary.NodeCount);
        Assert.Equal(SeedGraph.Document.Relations.Count(relation => relation.Provenance.Source == SeedGraph.Article.Id), summary.RelationCount);
        Assert.DoesNotContain("\"nodes\"", body, StringComparison.Ordinal);
        Assert.True(body.Length < 4_000, $"{body.Length} characters");
    }

    [Theory]
    [InlineData(7)]
    [InlineData(50)]
    [InlineData(200)]
    public async Task TheArticlesNodesAndRelationsArePagedInIdOrderEachOnce(int limit)
    {
        var nodes = await _client.ReadAllPagesAsync<Node>($"/api/sources/{SeedGraph.Article.Id}/nodes", limit, node => node.Id);
        var relations = await _client.ReadAllPagesAsync<Relation>($"/api/sources/{SeedGraph.Article.Id}/relations", limit, relation => relation.Id);

        Assert.Equal(SeedGraph.Document.Nodes.Select(node => node.Id).Order(StringComparer.Ordinal), nodes.Select(node => node.Id));
        Assert.Equal(SeedGraph.Document.Relations.Select(relation => relation.Id).Order(StringComparer.Ordinal), relations.Select(relation => relation.Id));
        Assert.All(nodes, node => Assert.True(SeedGraph.IsInArticle(node.Provenance.Passage), $"{node.Id}: {node.Provenance.Passage}"));
    }

    [Fact]
    public async Task TheFirstPageOfASourcesNodesHoldsFiftyAndACursor()
    {
        var page = await (await _client.GetAsync($"/api/sources/{SeedGraph.Article.Id}/nodes")).ReadAsync<PageResponse<Node>>();

        Assert.Equal(50, page.Items.Count);
        Assert.NotNull(page.NextCursor);
    }

    [Theory]
    [InlineData("", "cursor=%%%", "cursor")]
    [InlineData("", "limit=0", "limit")]
    [InlineData("/nodes", "cursor=bm90LWEtY3Vyc29y", "cursor")]
    [InlineData("/nodes", "limit=201", "limit")]
    [InlineData("/relations", "cursor=%%%", "cursor")]
    [InlineData("/relations", "limit=x", "limit")]
    public async Task ABadCursorOrLimitIsABadRequest(string list, string query, string field)
    {
        var url = list.Length == 0 ? $"/api/sources?{query}" : $"/api/sources/{SeedGraph.Article.Id}{list}?{query}";
        await (await _client.GetAsync(url)).AssertFieldErrorAsync(field);
    }

    [Theory]
    [InlineData("nodes")]
    [InlineData("relations")]
    public async Task TheListsOfAnUnknownSourceAreNotFound(string list)
    {
        await (await _client.GetAsync($"/api/sources/no-such-source/{list}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SourcesArePagedInIdOrderEachOnce()
    {
        for (var i = 0; i < 3; i++)
            await _client.CreateAsync("/api/sources", NewSource(RequestBodies.UniqueId("paged-source")));

        var all = await _client.ReadAllPagesAsync<SourceSummary>("/api/sources", 200, summary => summary.Source.Id);
        var paged = await _client.ReadAllPagesAsync<SourceSummary>("/api/sources", 1, summary => summary.Source.Id);

        Assert.True(all.Count >= 4, $"{all.Count} sources");
        Assert.Equal(all.Select(summary => summary.Source.Id).Order(StringComparer.Ordinal), all.Select(summary => summary.Source.Id));
        Assert.Equal(all.Select(summary => summary.Source.Id), paged.Select(summary => summary.Source.Id));
    }

    [Fact]
    public async Task AnUnknownSourceIsNotFound()
    {
        await (await _client.GetAsync("/api/sources/no-such-source")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ARegisteredSourceCanBeCitedByANewNodeAndRelation()
    {
        var id = RequestBodies.UniqueId("interview");

        var response = await _client.PostJsonAsync("/api/sources", NewSource(id));

        var created = await response.ReadAsync<Source>(HttpStatusCode.Created);
        Assert.Equal((id, "2025-03"), (created.Id, created.Published?.ToString()));
        Assert.Equal($"/api/sources/{id}", response.Headers.Location?.OriginalString);
        var actors = NodeRoute.Of(NodeCategory.Actor);
        var nodeId = RequestBodies.UniqueId("quarry-director");
        await _client.CreateAsync(actors.Path, RequestBodies.Node(actors, nodeId, "Quarry director", source: id));
        var relationId = RequestBodies.UniqueId("leads");
        await _client.CreateAsync("/api/relations", RequestBodies.Relation(relationId, "LEADS", nodeId, "zavallya-graphite-quarry")
            .With("provenance", RequestBodies.Provenance(id)));

        Assert.Equal([nodeId], (await _client.ReadAllPagesAsync<Node>($"/api/sources/{id}/nodes", 50, node => node.Id)).Select(node => node.Id));
        Assert.Equal([relationId], (await _client.ReadAllPagesAsync<Relation>($"/api/sources/{id}/relations", 50, relation => relation.Id)).Select(relation => relation.Id));
        var summary = Assert.Single(await _client.ReadAllPagesAsync<SourceSummary>("/api/sources", 200, s => s.Source.Id), s => s.Source.Id == id);
        Assert.Equal((1, 1), (summary.NodeCount, summary.RelationCount));
        summary = await (await _client.GetAsync($"/api/sources/{id}")).ReadAsync<SourceSummary>();
        Assert.Equal((1, 1), (summary.NodeCount, summary.RelationCount));
    }

    [Fact]
    public async Task RegisteringASourceIdTwiceIsAConflict()
    {
        var id = RequestBodies.UniqueId("twice");
        await _client.CreateAsync("/api/sources", NewSource(id));

        var response = await _client.PostJsonAsync("/api/sources", NewSource(id).With("title", "Another title"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(NewSource(id)["title"], (await (await _client.GetAsync($"/api/sources/{id}")).ReadAsync<SourceSummary>()).Source.Title);
    }

    [Fact]
    public async Task TheArticleCannotBeRegisteredAgain()
    {
        var response = await _client.PostJsonAsync("/api/sources", NewSource(SeedGraph.Article.Id));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        var article = await (await _client.GetAsync($"/api/sources/{SeedGraph.Article.Id}")).ReadAsync<SourceSummary>();
        Assert.Equal(SeedGraph.Article.Title, article.Source.Title);
    }
}
