using System.Net;
using GeoGraph.Api.Import;
using GeoGraph.Core.Exchange;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Import;

/// <summary>
/// Export → import into an empty store → export gives the same records: NDJSON carries every field, so the two
/// exports are equal line for line, as sets; importing the same file again changes nothing.
/// </summary>
public class RoundTripTests(GeoGraphFactory seeded, EmptyGraphFactory empty) : IClassFixture<GeoGraphFactory>, IClassFixture<EmptyGraphFactory>
{
    private static async Task<string[]> ExportAsync(HttpClient client) =>
        (await client.GetStringAsync("/api/export?format=ndjson")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static int CountOf(string[] lines, string type) => lines.Count(line => line.StartsWith($"{{\"{type}\":", StringComparison.Ordinal));

    [Fact]
    public async Task AnNdjsonExportImportedIntoAnEmptyStoreExportsTheSameRecords()
    {
        var exported = await ExportAsync(seeded.CreateClient());
        var target = empty.CreateClient();

        var (response, report) = await ImportFiles.PostNdjsonAsync(target, exported);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((0, CountOf(exported, NdjsonRecord.Source), CountOf(exported, NdjsonRecord.Node), CountOf(exported, NdjsonRecord.Relation)),
            (report!.Rejected, report.Created.Sources, report.Created.Nodes, report.Created.Relations));
        Assert.True(report.Created.Nodes > 0 && report.Created.Relations > 0, "the seed export carried no records");
        Assert.Equal(exported.ToHashSet(), (await ExportAsync(target)).ToHashSet());

        var (_, again) = await ImportFiles.PostNdjsonAsync(target, exported);
        Assert.Equal((report.Created, ImportCounts.Zero, ImportCounts.Zero), (again!.Unchanged, again.Created, again.Updated));
    }
}
