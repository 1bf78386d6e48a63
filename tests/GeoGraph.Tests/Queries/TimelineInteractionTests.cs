using GeoGraph.Core.Analysis;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary>
/// The interactions of <c>GET /api/timeline?actor=&amp;with=</c> when the two act on each other both ways. Every seed
/// relation between Trump and Zelensky points from Trump, so each test adds one from Zelensky on this class's own database.
/// </summary>
public class TimelineInteractionTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const string Zelensky = "volodymyr-zelensky";
    private const string Trump = "donald-trump";

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> ZelenskyCriticizesTrumpAsync(string date)
    {
        var id = RequestBodies.UniqueId("zelensky-criticized-trump");
        await _client.CreateAsync("/api/relations", RequestBodies.Relation(id, "CRITICIZED", Zelensky, Trump).With("date", date).With("stance", "hostile"));
        return id;
    }

    private async Task<List<string>> InteractionIdsAsync() =>
        [.. (await (await _client.GetAsync($"/api/timeline?actor={Trump}&with={Zelensky}")).ReadAsync<Timeline>()).Interactions!.Select(r => r.Id)];

    [Fact]
    public async Task ARelationTheOtherWayJoinsTheInteractionsInDateOrder()
    {
        var id = await ZelenskyCriticizesTrumpAsync("2025-03-15");

        var ids = await InteractionIdsAsync();

        var february = SeedTopology.Relations.Where(r => r.From == Trump && r.To == Zelensky && r.Date?.ToString() == "2025-02").Select(r => ids.IndexOf(r.Id)).ToList();
        var march31 = SeedTopology.Relations.Where(r => r.From == Trump && r.To == Zelensky && r.Date?.ToString() == "2025-03-31").Select(r => ids.IndexOf(r.Id)).ToList();
        Assert.NotEmpty(february);
        Assert.NotEmpty(march31);
        Assert.All(february, index => Assert.InRange(index, 0, ids.IndexOf(id) - 1));
        Assert.All(march31, index => Assert.True(index > ids.IndexOf(id)));
    }

    [Fact]
    public async Task ADayInsideAMonthSortsAfterTheRelationsDatedToThatMonth()
    {
        var id = await ZelenskyCriticizesTrumpAsync("2025-02-01");

        var ids = await InteractionIdsAsync();

        var february = SeedTopology.Relations.Where(r => r.From == Trump && r.To == Zelensky && r.Date?.ToString() == "2025-02").Select(r => r.Id).ToList();
        Assert.NotEmpty(february);
        Assert.All(february, month => Assert.True(ids.IndexOf(month) < ids.IndexOf(id), $"{month} (2025-02) is listed after {id} (2025-02-01)"));
    }
}
