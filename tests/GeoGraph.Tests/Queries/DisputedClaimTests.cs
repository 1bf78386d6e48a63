using System.Text.Json;
using GeoGraph.Core.Analysis;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary><c>GET /api/claims/disputed</c>: contradicting claims side by side with who made each.</summary>
public class DisputedClaimTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const string Kiel = "kiel-aid-estimate-claim";
    private const string Trump = "trump-aid-figure-claim";

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<IReadOnlyList<Dispute>> DisputesAsync() =>
        await (await _client.GetAsync("/api/claims/disputed")).ReadAsync<List<Dispute>>();

    private static long Number(Node claim, string property) => claim.Properties[property].GetInt64();

    /// <summary>The two sides of the dispute between the Kiel estimate and Trump's figure, whichever side each is on.</summary>
    private static (ClaimSide Kiel, ClaimSide Trump) AidDispute(IReadOnlyList<Dispute> disputes)
    {
        var dispute = Assert.Single(disputes, d => new[] { d.Claim.Claim.Id, d.Counter.Claim.Id }.Order().SequenceEqual([Kiel, Trump]));
        return dispute.Claim.Claim.Id == Kiel ? (dispute.Claim, dispute.Counter) : (dispute.Counter, dispute.Claim);
    }

    [Fact]
    public async Task TheKielEstimateAndTrumpsFigureAreDisputedEachWithWhoClaimedIt()
    {
        var (kiel, trump) = AidDispute(await DisputesAsync());

        Assert.Equal(["kiel-institute"], kiel.ClaimedBy.Select(actor => actor.Id));
        Assert.Equal(["donald-trump"], trump.ClaimedBy.Select(actor => actor.Id));
        Assert.Equal(("ThinkTank", "Person"), (kiel.ClaimedBy[0].Kind, trump.ClaimedBy[0].Kind));
    }

    [Fact]
    public async Task EachSideCarriesItsFiguresAsTheArticleGivesThem()
    {
        var (kiel, trump) = AidDispute(await DisputesAsync());

        // The article: Trump claims $300-350 billion; the Kiel Institute estimates $119 billion.
        Assert.Equal(119_000_000_000, Number(kiel.Claim, "amountUsd"));
        Assert.Equal((300_000_000_000, 350_000_000_000), (Number(trump.Claim, "amountLowUsd"), Number(trump.Claim, "amountHighUsd")));
        Assert.True(SeedGraph.IsInArticle("$119 billion") && SeedGraph.IsInArticle("between $300 billion and $350 billion"));
        foreach (var side in new[] { kiel, trump })
        {
            var seed = SeedTopology.NodeOf(side.Claim.Id);
            Assert.Equal(seed.Properties.Keys.Order(), side.Claim.Properties.Keys.Order());
            Assert.All(seed.Properties, property => Assert.True(JsonElement.DeepEquals(property.Value, side.Claim.Properties[property.Key]), property.Key));
        }
    }

    [Fact]
    public async Task EachSideCarriesAProvenancePassageFoundVerbatimInTheArticle()
    {
        var (kiel, trump) = AidDispute(await DisputesAsync());

        Assert.All(new[] { kiel, trump }, side =>
        {
            Assert.Equal(SeedGraph.Article.Id, side.Claim.Provenance.Source);
            Assert.Equal(SeedTopology.NodeOf(side.Claim.Id).Provenance.Passage, side.Claim.Provenance.Passage);
            Assert.True(SeedGraph.IsInArticle(side.Claim.Provenance.Passage), side.Claim.Provenance.Passage);
        });
        Assert.Contains("$119 billion", kiel.Claim.Provenance.Passage);
        Assert.Contains("$300 billion", trump.Claim.Provenance.Passage);
    }

    [Fact]
    public async Task ThereIsOneDisputePerContradictsRelationOfTheSeedEachNamingItsRelation()
    {
        var disputes = await DisputesAsync();

        var contradictions = SeedTopology.Relations.Where(r => r.Type == "CONTRADICTS").ToList();
        Assert.Equal(contradictions.Count, disputes.Count);
        Assert.Equal(contradictions.Select(r => r.Id).Order(StringComparer.Ordinal), disputes.Select(d => d.Contradiction.Id).Order(StringComparer.Ordinal));
        Assert.All(disputes, d => Assert.Equal((d.Contradiction.From, d.Contradiction.To), (d.Claim.Claim.Id, d.Counter.Claim.Id)));
        Assert.All(disputes, d => Assert.Equal("CONTRADICTS", d.Contradiction.Type));
    }

    [Fact]
    public async Task AClaimIdIsStillServedByTheClaimRouteBesideTheDisputedList()
    {
        var response = await _client.GetAsync($"/api/claims/{Kiel}");

        var claim = await response.ReadAsync<Node>();
        Assert.Equal((Kiel, "FigureClaim", NodeCategory.Claim), (claim.Id, claim.Kind, claim.Category));
        Assert.Equal(119_000_000_000, Number(claim, "amountUsd"));
    }
}
