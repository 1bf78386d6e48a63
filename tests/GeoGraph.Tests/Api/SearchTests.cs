using GeoGraph.Api.Search;
using GeoGraph.Core.Search;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary><c>GET /api/search</c>: ranked, case-, accent- and spelling-insensitive text search.</summary>
public class SearchTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<IReadOnlyList<string>> HitIdsAsync(string query)
    {
        var response = await _client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");
        var result = await response.ReadAsync<SearchResponse>();
        Assert.Equal(query, result.Query);
        return [.. result.Hits.Select(hit => hit.Node.Id)];
    }

    [Theory]
    [InlineData("zelenskyy")]
    [InlineData("Zelenskiy")]
    [InlineData("ZELÉNSKY")]
    [InlineData("zelensky")]
    public async Task SearchingForAnySpellingOfZelenskyFindsZelenskyFirst(string query)
    {
        var hits = await HitIdsAsync(query);
        Assert.NotEmpty(hits);
        Assert.Equal("volodymyr-zelensky", hits[0]);
    }

    [Theory]
    [InlineData("von der leyen", "ursula-von-der-leyen")]
    [InlineData("Von Der Leyen", "ursula-von-der-leyen")]
    [InlineData("kiel", "kiel-institute")]
    [InlineData("bessent", "scott-bessent")]
    public async Task SearchingForANameFindsThatNodeFirst(string query, string expectedId)
    {
        var hits = await HitIdsAsync(query);
        Assert.NotEmpty(hits);
        Assert.Equal(expectedId, hits[0]);
    }

    [Theory]
    [InlineData("understands")]
    [InlineData("several")]
    public async Task SearchingForAWordOnlyAQuoteHoldsFindsThatStatement(string word)
    {
        // The word is in exactly one quote of the seed and in no other text the search looks at.
        var quoted = Assert.Single(SeedGraph.Document.Nodes, node => Folds([node.Quote]).Contains(word));
        Assert.DoesNotContain(SeedGraph.Document.Nodes, node =>
            Folds([node.Name, node.Title, node.Country, node.Description, .. node.Aliases]).Any(other => other.StartsWith(word, StringComparison.Ordinal)));
        Assert.Equal("Statement", quoted.Kind);

        var hits = await HitIdsAsync(word);

        Assert.Equal([quoted.Id], hits);
    }

    [Fact]
    public async Task EveryHitMatchesEveryWordOfTheQuery()
    {
        var response = await _client.GetAsync("/api/search?q=minerals%20deal&limit=200");
        var result = await response.ReadAsync<SearchResponse>();
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit =>
        {
            var words = Folds([hit.Node.Name, hit.Node.Title, hit.Node.Country, hit.Node.Description, hit.Node.Quote, .. hit.Node.Aliases]);
            Assert.All(Folds(["minerals deal"]), queried => Assert.Contains(words, word => word.StartsWith(queried, StringComparison.Ordinal)));
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task TheLimitCapsTheNumberOfHits(int limit)
    {
        var response = await _client.GetAsync($"/api/search?q=trump&limit={limit}");
        var result = await response.ReadAsync<SearchResponse>();
        Assert.Equal(limit, result.Hits.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task PagesFollowTheRankingAndCoverEveryHitOnce(int limit)
    {
        var all = await (await _client.GetAsync("/api/search?q=trump&limit=200")).ReadAsync<SearchResponse>();
        Assert.Null(all.NextCursor);
        Assert.True(all.Hits.Count > limit, $"{all.Hits.Count} hits");

        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var page = await (await _client.GetAsync($"/api/search?q=trump&limit={limit}{(cursor is null ? "" : "&cursor=" + cursor)}")).ReadAsync<SearchResponse>();
            Assert.True(page.Hits.Count == limit || page.NextCursor is null, "only the last page is short");
            paged.AddRange(page.Hits.Select(hit => hit.Node.Id));
            cursor = page.NextCursor;
        } while (cursor is not null);

        Assert.Equal(all.Hits.Select(hit => hit.Node.Id), paged);
    }

    [Fact]
    public async Task TheDefaultPageHoldsFifty()
    {
        var all = await (await _client.GetAsync("/api/search?q=minerals&limit=200")).ReadAsync<SearchResponse>();
        var page = await (await _client.GetAsync("/api/search?q=minerals")).ReadAsync<SearchResponse>();

        Assert.Equal(Math.Min(50, all.Hits.Count), page.Hits.Count);
        Assert.Equal(all.Hits.Count > 50, page.NextCursor is not null);
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("bm90LWEtY3Vyc29y")]
    [InlineData("b2Zmc2V0CjA")] // offset 0
    [InlineData("b2Zmc2V0CjEwMDA")] // offset 1000, past the last result a cursor can reach
    [InlineData("b2Zmc2V0Ci0x")] // offset -1
    [InlineData("CmRvbmFsZC10cnVtcA")] // a cursor of an id-sorted list
    public async Task ACursorThatIsNotASearchPositionIsABadRequest(string cursor)
    {
        var response = await _client.GetAsync($"/api/search?q=trump&cursor={cursor}");
        await response.AssertFieldErrorAsync("cursor");
    }

    [Fact]
    public async Task PagingStopsAtTheFirstThousandResults()
    {
        var last = await (await _client.GetAsync($"/api/search?q=trump&limit=200&cursor={Core.Storage.Pages.OffsetCursor(999).Encode()}")).ReadAsync<SearchResponse>();
        Assert.Null(last.NextCursor);
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=%20%20")]
    public async Task AMissingOrEmptyQueryIsAnErrorOnQ(string url)
    {
        var response = await _client.GetAsync(url);
        await response.AssertFieldErrorAsync("q");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("2.5")]
    public async Task ALimitOutOfRangeIsAnErrorOnLimit(string limit)
    {
        var response = await _client.GetAsync($"/api/search?q=trump&limit={limit}");
        await response.AssertFieldErrorAsync("limit");
    }

    private static IReadOnlyList<string> Folds(IEnumerable<string?> texts) =>
        [.. texts.SelectMany(text => SearchText.Words(text)).Select(SearchText.FoldWord)];
}
