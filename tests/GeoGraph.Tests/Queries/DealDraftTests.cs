using System.Text.Json;
using GeoGraph.Core.Analysis;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary><c>GET /api/deals/{id}/drafts</c>: the lineage of the minerals deal's drafts and what changed between them.</summary>
public class DealDraftTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const string Initial = "minerals-deal-initial-draft";
    private const string Revised = "minerals-deal-revised-draft";

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<IReadOnlyList<DraftEntry>> DraftsAsync(string id) =>
        await (await _client.GetAsync($"/api/deals/{id}/drafts")).ReadAsync<List<DraftEntry>>();

    private static IReadOnlyDictionary<string, JsonElement> Terms(string draft) => SeedTopology.NodeOf(draft).Properties;

    private static void AssertSameTerms(IEnumerable<KeyValuePair<string, JsonElement>> expected, IReadOnlyDictionary<string, JsonElement> actual)
    {
        var terms = expected.ToList();
        Assert.Equal(terms.Select(term => term.Key).Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(terms, term => Assert.True(JsonElement.DeepEquals(term.Value, actual[term.Key]), $"{term.Key}: {term.Value} vs {actual[term.Key]}"));
    }

    [Theory]
    [InlineData("minerals-deal")]
    [InlineData(Revised)]
    [InlineData(Initial)]
    public async Task TheDealOrEitherDraftGivesTheTwoDraftsOldestFirst(string id)
    {
        var drafts = await DraftsAsync(id);

        Assert.Equal([Initial, Revised], drafts.Select(entry => entry.Draft.Id));
        Assert.All(drafts, entry => Assert.Equal("DealDraft", entry.Draft.Kind));
        Assert.Null(drafts[0].Supersedes);
        Assert.Equal(Initial, drafts[1].Supersedes);
        Assert.Contains(SeedTopology.Relations, r => (r.Type, r.From, r.To) == ("SUPERSEDES", Revised, Initial));
    }

    [Fact]
    public async Task BessentPresentedTheInitialDraftAndZelenskyRejectedIt()
    {
        var initial = (await DraftsAsync("minerals-deal"))[0];

        Assert.Equal(["scott-bessent"], initial.PresentedBy.Select(actor => actor.Id));
        Assert.Equal(["volodymyr-zelensky"], initial.RejectedBy.Select(actor => actor.Id));
        Assert.Empty(initial.AcceptedBy);
        Assert.Null(initial.Changes);
    }

    [Fact]
    public async Task WhoHandledEachDraftMatchesTheSeedRelations()
    {
        var drafts = await DraftsAsync("minerals-deal");

        Assert.All(drafts, entry =>
        {
            string[] By(string type) => [.. SeedTopology.Relations.Where(r => r.Type == type && r.To == entry.Draft.Id).Select(r => r.From).Distinct().Order(StringComparer.Ordinal)];
            Assert.Equal(By("PRESENTED"), entry.PresentedBy.Select(actor => actor.Id));
            Assert.Equal(By("ACCEPTED"), entry.AcceptedBy.Select(actor => actor.Id));
            Assert.Equal(By("REJECTED"), entry.RejectedBy.Select(actor => actor.Id));
        });
    }

    [Fact]
    public async Task TheRevisedDraftDroppedTheRevenueShareAndTheHeadlineSumAndAddedBoardSeats()
    {
        var changes = Assert.IsType<TermChanges>((await DraftsAsync("minerals-deal"))[1].Changes);

        // The article: the revision dropped the $500 billion demand and set up a jointly governed fund.
        Assert.Equal(50, changes.Dropped["revenueSharePercent"].GetInt32());
        Assert.Equal(500_000_000_000, changes.Dropped["headlineSumUsd"].GetInt64());
        Assert.Contains("boardSeatsUs", changes.Added.Keys);
        Assert.Contains("boardSeatsUkraine", changes.Added.Keys);
        Assert.Equal(5, changes.Added["boardSeatsTotal"].GetInt32());
    }

    [Fact]
    public async Task TheChangesAreExactlyTheDifferenceBetweenTheTwoDraftsTermsInTheSeed()
    {
        var changes = Assert.IsType<TermChanges>((await DraftsAsync("minerals-deal"))[1].Changes);

        var (before, after) = (Terms(Initial), Terms(Revised));
        AssertSameTerms(after.Where(term => !before.ContainsKey(term.Key)), changes.Added);
        AssertSameTerms(before.Where(term => !after.ContainsKey(term.Key)), changes.Dropped);
        var changed = after.Where(term => before.ContainsKey(term.Key) && !JsonElement.DeepEquals(before[term.Key], term.Value)).ToList();
        Assert.Equal(changed.Select(term => term.Key).Order(StringComparer.Ordinal), changes.Changed.Keys.Order(StringComparer.Ordinal));
        Assert.All(changed, term => Assert.True(JsonElement.DeepEquals(before[term.Key], changes.Changed[term.Key].From) && JsonElement.DeepEquals(term.Value, changes.Changed[term.Key].To)));
        Assert.DoesNotContain("securityGuarantees", changes.Changed.Keys);
    }

    [Theory]
    [InlineData("donald-trump")]
    [InlineData("kiel-aid-estimate-claim")]
    public async Task ANodeWithoutDraftsHasAnEmptyLineage(string id)
    {
        Assert.DoesNotContain(SeedTopology.Relations, r => r.To == id && r.Type == "PART_OF" && SeedTopology.NodeOf(r.From).Kind == "DealDraft");

        Assert.Empty(await DraftsAsync(id));
    }

    [Fact]
    public async Task AnUnknownDealIsNotFound()
    {
        var response = await _client.GetAsync("/api/deals/no-such-deal/drafts");

        var problem = await response.AssertProblemAsync(System.Net.HttpStatusCode.NotFound);
        Assert.Contains("no-such-deal", problem.GetProperty("detail").GetString());
    }
}
