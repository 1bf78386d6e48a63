using GeoGraph.Core.Analysis;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary>
/// "Dates keep their precision: a month sorts before the days inside it" (the timeline's description). The seed
/// has no month and day of the same month, so each case writes its own two events, in years the seed never
/// reaches, on this class's own database.
/// </summary>
public class TimelinePrecisionTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> CreateEventAsync(string date)
    {
        var id = RequestBodies.UniqueId("precision-event");
        await _client.CreateAsync("/api/events", RequestBodies.Node(NodeRoute.Of(NodeCategory.Event), id, $"Event dated {date}").With("date", date));
        return id;
    }

    [Theory]
    [InlineData("2031-05", "2031-05-20")]
    [InlineData("2032-05", "2032-05-01")]
    [InlineData("2033-02", "2033-02-28")]
    [InlineData("2034", "2034-01")]
    [InlineData("2035", "2035-01-01")]
    public async Task ACoarserDateSortsBeforeTheFinerDatesInsideIt(string coarse, string fine)
    {
        // Written finer first, so that insertion order cannot pass for date order.
        var fineId = await CreateEventAsync(fine);
        var coarseId = await CreateEventAsync(coarse);

        var timeline = await (await _client.GetAsync($"/api/timeline?from={coarse}&to={coarse}")).ReadAsync<Timeline>();

        var ids = timeline.Events.Select(entry => entry.Event.Id).ToList();
        Assert.Equal([coarseId, fineId], ids);
    }
}
