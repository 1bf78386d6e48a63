using GeoGraph.Core.Analysis;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Seed;

namespace GeoGraph.Tests.Store;

/// <summary>
/// The graph queries on a store, as part of its contract: each store adapter's subclass runs them
/// on the seed graph loaded through that store.
/// </summary>
public abstract partial class GraphQueriesContract : GraphStoreContract
{
    private GraphQueries Queries => new(Store);

    [SkippableFact]
    public async Task TheShortestPathFromBessentToZelenskyRunsThroughTheDraftHePresented()
    {
        var path = Assert.Single((await Queries.PathsAsync(new PathQuery("scott-bessent", "volodymyr-zelensky", 6, Direction.Both, 1)))!);
        Assert.Equal(["scott-bessent", "minerals-deal-initial-draft", "volodymyr-zelensky"], path.Nodes.Select(node => node.Id));
        Assert.Equal(["PRESENTED", "REJECTED"], path.Relations.Select(relation => relation.Type));
    }

    [SkippableFact]
    public async Task TheTopologyFollowsWrites()
    {
        var before = (await Queries.NeighborhoodAsync(new NeighborhoodQuery("kiel-institute", 1, Direction.Both, 100)))!;
        await Store.CreateRelationAsync(new Relation
        {
            Id = "kiel-institute-criticized-donald-trump",
            Type = "CRITICIZED",
            From = "kiel-institute",
            To = "donald-trump",
            Provenance = new Provenance("article-2025-04-01-minerals-deal", "casting doubt on Trump’s inflated claims"),
        });
        var after = (await Queries.NeighborhoodAsync(new NeighborhoodQuery("kiel-institute", 1, Direction.Both, 100)))!;
        Assert.Equal(before.Edges.Count + 1, after.Edges.Count);
        Assert.Contains(after.Edges, edge => edge.Id == "kiel-institute-criticized-donald-trump");
    }

    [SkippableFact]
    public async Task TheAidFiguresAreDisputed()
    {
        var dispute = Assert.Single(await Queries.DisputedClaimsAsync());
        Assert.Equal(["kiel-aid-estimate-claim", "trump-aid-figure-claim"], new[] { dispute.Claim.Claim.Id, dispute.Counter.Claim.Id }.Order());
        Assert.Contains(new[] { dispute.Claim, dispute.Counter }, side => side.ClaimedBy.Any(actor => actor.Id == "kiel-institute"));
    }

    [SkippableFact]
    public async Task TheDraftsComeOldestFirstWithWhatChanged()
    {
        var drafts = (await Queries.DraftLineageAsync("minerals-deal"))!;
        Assert.Equal(["minerals-deal-initial-draft", "minerals-deal-revised-draft"], drafts.Select(entry => entry.Draft.Id));
        Assert.Null(drafts[0].Changes);
        Assert.Contains("revenueSharePercent", drafts[1].Changes!.Dropped.Keys);
        Assert.Contains("boardSeatsUs", drafts[1].Changes!.Added.Keys);
    }

    [SkippableFact]
    public async Task StatisticsCountTheSeed()
    {
        var stats = await Queries.StatsAsync();
        Assert.Equal(SeedFacts.Document.Nodes.Count, stats.NodeCount);
        Assert.Equal(SeedFacts.Document.Relations.Count(r => r.Type == "ABOUT"), stats.RelationsByType["ABOUT"]);
    }
}
