using System.Net;
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
        var sources = await (await _client.GetAsync("/api/sources")).ReadAsync<List<SourceSummary>>();

        var article = Assert.Single(sources, summary => summary.Source.Id == SeedGraph.Article.Id);
        Assert.Equal(SeedGraph.Article.Title, article.Source.Title);
        Assert.Equal(SeedGraph.Article.Published, article.Source.Published);
        Assert.Equal(SeedGraph.Article.Outlets, article.Source.Outlets);
        Assert.Equal(SeedGraph.Document.Nodes.Count(node => node.Provenance.Source == SeedGraph.Article.Id), article.NodeCount);
        Assert.Equal(SeedGraph.Document.Relations.Count(relation => relation.Provenance.Source == SeedGraph.Article.Id), article.RelationCount);
    }

    [Fact]
    public async Task TheArticleComesWithEveryNodeAndRelationItSupports()
    {
        var detail = await (await _client.GetAsync($"/api/sources/{SeedGraph.Article.Id}")).ReadAsync<SourceDetail>();

        Assert.Equal(SeedGraph.Article.Id, detail.Source.Id);
        Assert.Equal(SeedGraph.Document.Nodes.Select(node => node.Id).Order(), detail.Nodes.Select(node => node.Id).Order());
        Assert.Equal(SeedGraph.Document.Relations.Select(relation => relation.Id).Order(), detail.Relations.Select(relation => relation.Id).Order());
        Assert.All(detail.Nodes, node => Assert.True(SeedGraph.IsInArticle(node.Provenance.Passage), $"{node.Id}: {node.Provenance.Passage}"));
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

        var detail = await (await _client.GetAsync($"/api/sources/{id}")).ReadAsync<SourceDetail>();
        Assert.Equal([nodeId], detail.Nodes.Select(node => node.Id));
        Assert.Equal([relationId], detail.Relations.Select(relation => relation.Id));
        var summary = Assert.Single(await (await _client.GetAsync("/api/sources")).ReadAsync<List<SourceSummary>>(), s => s.Source.Id == id);
        Assert.Equal((1, 1), (summary.NodeCount, summary.RelationCount));
    }

    [Fact]
    public async Task RegisteringASourceIdTwiceIsAConflict()
    {
        var id = RequestBodies.UniqueId("twice");
        await _client.CreateAsync("/api/sources", NewSource(id));

        var response = await _client.PostJsonAsync("/api/sources", NewSource(id).With("title", "Another title"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(NewSource(id)["title"], (await (await _client.GetAsync($"/api/sources/{id}")).ReadAsync<SourceDetail>()).Source.Title);
    }

    [Fact]
    public async Task TheArticleCannotBeRegisteredAgain()
    {
        var response = await _client.PostJsonAsync("/api/sources", NewSource(SeedGraph.Article.Id));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        var article = await (await _client.GetAsync($"/api/sources/{SeedGraph.Article.Id}")).ReadAsync<SourceDetail>();
        Assert.Equal(SeedGraph.Article.Title, article.Source.Title);
    }
}
