using System.Text.Json;
using GeoGraph.Core.Analysis;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary>
/// <c>GET /api/deals/{id}/drafts</c> on a three-draft deal written for the test (on this class's own database): the
/// seed's two drafts sort the same by id as by lineage, and none of their terms changes value; these ids sort
/// against the lineage and the terms change.
/// </summary>
public class DealDraftLineageTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> CreateAsync(string prefix, string kind, object? properties = null)
    {
        var id = RequestBodies.UniqueId(prefix);
        var body = RequestBodies.Node(NodeRoute.Of(NodeCategory.Event), id, $"Test {kind} {id}").With("kind", kind).With("date", null).With("properties", properties);
        await _client.CreateAsync("/api/events", body);
        return id;
    }

    private Task RelateAsync(string type, string from, string to) =>
        _client.CreateAsync("/api/relations", RequestBodies.Relation(RequestBodies.UniqueId("test-relation"), type, from, to));

    /// <summary>A deal with drafts first ← second ← third along SUPERSEDES, whose ids sort third, second, first.</summary>
    private async Task<(string Deal, string First, string Second, string Third)> DealAsync()
    {
        var deal = await CreateAsync("test-deal", "Agreement");
        var first = await CreateAsync("zz-draft", "DealDraft", new { sharePercent = 50, fund = false });
        var second = await CreateAsync("mm-draft", "DealDraft", new { sharePercent = 40, fund = false, seats = 3 });
        var third = await CreateAsync("aa-draft", "DealDraft", new { sharePercent = 40, seats = 5 });
        foreach (var draft in new[] { third, first, second })
            await RelateAsync("PART_OF", draft, deal);
        await RelateAsync("SUPERSEDES", second, first);
        await RelateAsync("SUPERSEDES", third, second);
        await RelateAsync("ACCEPTED", "volodymyr-zelensky", third);
        return (deal, first, second, third);
    }

    private async Task<IReadOnlyList<DraftEntry>> DraftsAsync(string id) =>
        await (await _client.GetAsync($"/api/deals/{id}/drafts")).ReadAsync<List<DraftEntry>>();

    [Fact]
    public async Task DraftsComeOldestFirstAlongSupersedesWhateverTheirIds()
    {
        var (deal, first, second, third) = await DealAsync();

        foreach (var id in new[] { deal, first, second, third })
        {
            var drafts = await DraftsAsync(id);
            Assert.Equal([first, second, third], drafts.Select(entry => entry.Draft.Id));
            Assert.Equal([null, first, second], drafts.Select(entry => entry.Supersedes));
        }
    }

    [Fact]
    public async Task EachDraftsChangesAreAgainstTheDraftItSupersedes()
    {
        var (deal, _, _, third) = await DealAsync();

        var drafts = await DraftsAsync(deal);

        Assert.Null(drafts[0].Changes);
        var second = Assert.IsType<TermChanges>(drafts[1].Changes);
        Assert.Equal(["seats"], second.Added.Keys);
        Assert.Empty(second.Dropped);
        Assert.Equal((50, 40), (second.Changed["sharePercent"].From.GetInt32(), second.Changed["sharePercent"].To.GetInt32()));
        Assert.Single(second.Changed);
        var last = Assert.IsType<TermChanges>(drafts[2].Changes);
        Assert.Empty(last.Added);
        Assert.Equal(JsonValueKind.False, Assert.Single(last.Dropped, term => term.Key == "fund").Value.ValueKind);
        Assert.Equal((3, 5), (last.Changed["seats"].From.GetInt32(), last.Changed["seats"].To.GetInt32()));
        Assert.Single(last.Changed);
        Assert.Equal(["volodymyr-zelensky"], drafts.Single(entry => entry.Draft.Id == third).AcceptedBy.Select(actor => actor.Id));
    }
}
