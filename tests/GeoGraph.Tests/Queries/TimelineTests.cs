using GeoGraph.Core.Analysis;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary><c>GET /api/timeline</c>: dated events in order, with filters, checked against the seed.</summary>
public class TimelineTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const string Zelensky = "volodymyr-zelensky";
    private const string Trump = "donald-trump";

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<Timeline> TimelineAsync(string query = "") =>
        await (await _client.GetAsync($"/api/timeline{query}")).ReadAsync<Timeline>();

    /// <summary>The dated events of the seed, optionally only those related to every one of <paramref name="actors"/>.</summary>
    private static IEnumerable<Node> DatedEvents(params string[] actors) => SeedGraph.NodesOf(NodeCategory.Event)
        .Where(node => node.Date is not null && actors.All(actor => SeedGraph.NeighboursOf(actor).Contains(node.Id)));

    private static IEnumerable<string> Ids(IEnumerable<Node> nodes) => nodes.Select(node => node.Id).Order(StringComparer.Ordinal);

    private static IEnumerable<string> Ids(Timeline timeline) => Ids(timeline.Events.Select(entry => entry.Event));

    /// <summary>Start dates never go back; of two dates starting the same day the coarser (longer) one comes first.</summary>
    private static void AssertInDateOrder(Timeline timeline) =>
        Assert.All(timeline.Events.Zip(timeline.Events.Skip(1)), pair =>
        {
            var (earlier, later) = (pair.First.Event.Date!.Value, pair.Second.Event.Date!.Value);
            Assert.True(earlier.Start < later.Start || (earlier.Start == later.Start && earlier.End >= later.End),
                $"{pair.First.Event.Id} ({earlier}) is listed before {pair.Second.Event.Id} ({later})");
        });

    [Fact]
    public async Task WithoutFiltersEveryDatedEventOfTheSeedIsListedInDateOrder()
    {
        var timeline = await TimelineAsync();

        Assert.Equal(Ids(DatedEvents()), Ids(timeline));
        AssertInDateOrder(timeline);
        // A year-precision event (2025) starts before the February 2025 meeting and so comes first.
        var ids = timeline.Events.Select(entry => entry.Event.Id).ToList();
        Assert.True(ids.IndexOf("deadliest-day-for-civilians-2025") < ids.IndexOf("oval-office-meeting-2025-02"));
        Assert.Null(timeline.Interactions);
    }

    [Theory]
    [InlineData(Zelensky)]
    [InlineData(Trump)]
    [InlineData("jd-vance")]
    public async Task AnActorKeepsTheDatedEventsItIsRelatedToAndGivesNoInteractions(string actor)
    {
        var timeline = await TimelineAsync($"?actor={actor}");

        Assert.Equal(Ids(DatedEvents(actor)), Ids(timeline));
        Assert.NotEmpty(timeline.Events);
        AssertInDateOrder(timeline);
        Assert.Null(timeline.Interactions);
    }

    [Fact]
    public async Task ZelenskyWithTrumpSharesTheOvalOfficeMeetingWithBothAmongItsParticipants()
    {
        var timeline = await TimelineAsync($"?actor={Zelensky}&with={Trump}");

        Assert.Equal(Ids(DatedEvents(Zelensky, Trump)), Ids(timeline));
        var meeting = Assert.Single(timeline.Events, entry => entry.Event.Id == "oval-office-meeting-2025-02");
        Assert.Equal("2025-02", meeting.Event.Date?.ToString());
        Assert.Contains(meeting.Participants, p => p.Actor.Id == Zelensky && p.Relation == "PARTICIPATED_IN");
        Assert.Contains(meeting.Participants, p => p.Actor.Id == Trump && p.Relation == "PARTICIPATED_IN");
        var statements = SeedTopology.Relations.Where(r => r.Type == "PART_OF" && r.To == meeting.Event.Id && SeedTopology.NodeOf(r.From).Kind == "Statement").Select(r => r.From);
        Assert.Equal(statements.Order(StringComparer.Ordinal), meeting.Statements.Select(s => s.Id));
    }

    [Theory]
    [InlineData(Zelensky, Trump)]
    [InlineData(Trump, Zelensky)]
    public async Task InteractionsAreTheRelationsBetweenTheTwoEitherWayDatedOnesFirstInDateOrder(string actor, string with)
    {
        var timeline = await TimelineAsync($"?actor={actor}&with={with}");

        var interactions = Assert.IsAssignableFrom<IReadOnlyList<Relation>>(timeline.Interactions);
        var expected = SeedTopology.Relations.Where(r => (r.From, r.To) == (actor, with) || (r.From, r.To) == (with, actor)).Select(r => r.Id);
        Assert.Equal(expected.Order(StringComparer.Ordinal), interactions.Select(r => r.Id).Order(StringComparer.Ordinal));
        var dated = interactions.TakeWhile(r => r.Date is not null).ToList();
        Assert.All(interactions.Skip(dated.Count), r => Assert.Null(r.Date));
        Assert.Equal(dated.OrderBy(r => r.Date!.Value.Start).ThenBy(r => r.Date!.Value.End).Select(r => r.Id), dated.Select(r => r.Id));
        // The article: aboard Air Force One on March 31, Trump accused Zelensky of trying to back out of the deal.
        var accusation = Assert.Single(interactions, r => r.Type == "ACCUSED" && r.Date?.ToString() == "2025-03-31");
        Assert.Equal((Trump, Zelensky, Stance.Hostile), (accusation.From, accusation.To, accusation.Stance));
        Assert.True(SeedGraph.IsInArticle(accusation.Provenance.Passage));
    }

    [Theory]
    [InlineData("2025-03", null)]
    [InlineData(null, "2025-02")]
    [InlineData("2025-02", "2025-02")]
    [InlineData("2025-03-02", "2025-03-31")]
    [InlineData("2024", "2024")]
    public async Task DateBoundsKeepTheEventsWhosePeriodOverlapsThem(string? from, string? to)
    {
        var timeline = await TimelineAsync("?" + (from is null ? "" : $"from={from}&") + (to is null ? "" : $"to={to}"));

        var (lower, upper) = (PartialDate.Parse(from ?? "0001"), PartialDate.Parse(to ?? "9999"));
        Assert.Equal(Ids(DatedEvents().Where(node => SeedGraph.Overlaps(node, lower, upper))), Ids(timeline));
        Assert.NotEmpty(timeline.Events);
        var february = timeline.Events.Any(entry => entry.Event.Id == "oval-office-meeting-2025-02");
        Assert.Equal(lower.Start <= new DateOnly(2025, 2, 28) && upper.End >= new DateOnly(2025, 2, 1), february);
    }

    [Theory]
    [InlineData("Statement")]
    [InlineData("Meeting", "Summit")]
    [InlineData("DealDraft")]
    public async Task TheKindFilterKeepsOnlyEventsOfThoseKinds(params string[] kinds)
    {
        var timeline = await TimelineAsync("?" + string.Join('&', kinds.Select(kind => $"kinds={kind}")));

        Assert.Equal(Ids(DatedEvents().Where(node => kinds.Contains(node.Kind))), Ids(timeline));
        Assert.All(timeline.Events, entry => Assert.Contains(entry.Event.Kind, kinds));
    }

    [Fact]
    public async Task ALimitKeepsTheEarliestEvents()
    {
        var all = await TimelineAsync();
        var first = await TimelineAsync("?limit=3");

        Assert.Equal(all.Events.Take(3).Select(entry => entry.Event.Id), first.Events.Select(entry => entry.Event.Id));
        Assert.All(all.Events.Skip(3), later => Assert.True(later.Event.Date!.Value.Start >= first.Events[^1].Event.Date!.Value.Start));
    }
}
