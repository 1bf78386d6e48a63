using System.Net;
using GeoGraph.Api.Validation;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary><c>GET /api/nodes/{id}/relations</c>: a node's relations with the node at the other end and their provenance.</summary>
public class NodeRelationsTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const string Zelensky = "volodymyr-zelensky";

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<IReadOnlyList<NodeRelation>> RelationsAsync(string query = "") =>
        await _client.ReadAllPagesAsync<NodeRelation>($"/api/nodes/{Zelensky}/relations{query}", 200, Key);

    private static string Key(NodeRelation item) => $"{item.Relation.Id} {item.Direction}";

    [Theory]
    [InlineData("")]
    [InlineData("?direction=in")]
    [InlineData("?direction=out&type=PARTICIPATED_IN")]
    public async Task PagesCoverEveryRelationOnceInRelationIdOrder(string query)
    {
        var all = await RelationsAsync(query);
        Assert.NotEmpty(all);

        var paged = await _client.ReadAllPagesAsync<NodeRelation>($"/api/nodes/{Zelensky}/relations{query}", 2, Key);

        Assert.Equal(all.Select(Key), paged.Select(Key));
        Assert.Equal(all.Select(item => item.Relation.Id).Order(StringComparer.Ordinal), paged.Select(item => item.Relation.Id));
    }

    [Fact]
    public async Task TheDefaultPageHoldsFiftyAndLeadsOn()
    {
        var all = await RelationsAsync();
        var page = await (await _client.GetAsync($"/api/nodes/{Zelensky}/relations")).ReadAsync<PageResponse<NodeRelation>>();

        Assert.Equal(Math.Min(50, all.Count), page.Items.Count);
        Assert.Equal(all.Count > 50, page.NextCursor is not null);
    }

    [Theory]
    [InlineData("cursor=%%%")]
    [InlineData("cursor=bm90LWEtY3Vyc29y")]
    [InlineData("limit=0")]
    [InlineData("limit=201")]
    public async Task ABadCursorOrLimitIsABadRequest(string query)
    {
        var response = await _client.GetAsync($"/api/nodes/{Zelensky}/relations?{query}");
        await response.AssertFieldErrorAsync(query.Split('=')[0]);
    }

    [Fact]
    public async Task ZelenskyParticipatedInTheOvalOfficeMeetingOfFebruary2025()
    {
        var relations = await RelationsAsync();

        var item = Assert.Single(relations, r => r.Relation.Type == "PARTICIPATED_IN" && r.Relation.To == "oval-office-meeting-2025-02");
        Assert.Equal(Direction.Out, item.Direction);
        Assert.Equal(Zelensky, item.Relation.From);
        Assert.Equal("2025-02", item.Relation.Date?.ToString());
        Assert.Equal("oval-office-meeting-2025-02", item.Other.Id);
        Assert.Equal("Meeting", item.Other.Kind);
        AssertProvenanceFromTheArticle(item.Relation);
    }

    [Fact]
    public async Task TrumpAccusedZelenskyOnMarch31()
    {
        var relations = await RelationsAsync();

        var item = Assert.Single(relations, r => r.Relation.Type == "ACCUSED" && r.Relation.Date?.ToString() == "2025-03-31");
        Assert.Equal(Direction.In, item.Direction);
        Assert.Equal("donald-trump", item.Relation.From);
        Assert.Equal(Zelensky, item.Relation.To);
        Assert.Equal("donald-trump", item.Other.Id);
        AssertProvenanceFromTheArticle(item.Relation);
    }

    [Fact]
    public async Task EveryRelationOfTheSeedTouchingZelenskyIsListedWithItsProvenance()
    {
        var relations = await RelationsAsync();

        var expected = SeedGraph.Document.Relations.Where(r => r.From == Zelensky || r.To == Zelensky).Select(r => r.Id).Order();
        Assert.Equal(expected, relations.Select(r => r.Relation.Id).Order());
        Assert.All(relations, item => AssertProvenanceFromTheArticle(item.Relation));
        Assert.All(relations, item => Assert.Equal(item.Relation.From == Zelensky ? item.Relation.To : item.Relation.From, item.Other.Id));
    }

    [Theory]
    [InlineData("out")]
    [InlineData("in")]
    public async Task TheDirectionKeepsOnlyRelationsOnThatSide(string direction)
    {
        var relations = await RelationsAsync($"?direction={direction}");

        bool OnThatSide(Relation r) => direction == "out" ? r.From == Zelensky : r.To == Zelensky;
        var expected = SeedGraph.Document.Relations.Where(OnThatSide).Select(r => r.Id).Order();
        Assert.NotEmpty(relations);
        Assert.All(relations, item => Assert.True(OnThatSide(item.Relation), $"{item.Relation.Id} is not {direction}going"));
        Assert.Equal(expected, relations.Select(r => r.Relation.Id).Order());
    }

    [Theory]
    [InlineData("ACCUSED")]
    [InlineData("PARTICIPATED_IN")]
    [InlineData("ACCUSED", "CRITICIZED")]
    public async Task TheTypeFilterKeepsOnlyThoseTypes(params string[] types)
    {
        var relations = await RelationsAsync("?" + string.Join('&', types.Select(type => $"type={type}")));

        var expected = SeedGraph.Document.Relations
            .Where(r => (r.From == Zelensky || r.To == Zelensky) && types.Contains(r.Type)).Select(r => r.Id).Order();
        Assert.NotEmpty(relations);
        Assert.All(relations, item => Assert.Contains(item.Relation.Type, types));
        Assert.Equal(expected, relations.Select(r => r.Relation.Id).Order());
    }

    [Fact]
    public async Task AnUnknownNodeIsNotFound()
    {
        var response = await _client.GetAsync("/api/nodes/nobody-at-all/relations");
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("?direction=sideways", "direction")]
    [InlineData("?direction=outgoing", "direction")]
    public async Task AnUnknownDirectionIsAnErrorOnDirection(string query, string field)
    {
        var response = await _client.GetAsync($"/api/nodes/{Zelensky}/relations{query}");
        await response.AssertFieldErrorAsync(field);
    }

    [Theory]
    [InlineData("LIKES")]
    [InlineData("accused")]
    public async Task AnUnknownTypeIsABadRequest(string type)
    {
        var response = await _client.GetAsync($"/api/nodes/{Zelensky}/relations?type={type}");
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), error => error.Name.StartsWith("type", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Volodymyr_Zelensky")]
    [InlineData("volodymyr--zelensky")]
    [InlineData("-zelensky")]
    public async Task AnIdThatIsNoSlugIsAnErrorOnId(string id)
    {
        var response = await _client.GetAsync($"/api/nodes/{id}/relations");
        await response.AssertFieldErrorAsync("id");
    }

    private static void AssertProvenanceFromTheArticle(Relation relation)
    {
        Assert.Equal(SeedGraph.Article.Id, relation.Provenance.Source);
        Assert.False(string.IsNullOrWhiteSpace(relation.Provenance.Passage));
        Assert.True(SeedGraph.IsInArticle(relation.Provenance.Passage), $"{relation.Id}: passage not in the article: {relation.Provenance.Passage}");
    }
}
