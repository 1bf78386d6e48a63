using System.Net;
using GeoGraph.Tests.Infrastructure;
using static GeoGraph.Tests.Import.ImportFiles;

namespace GeoGraph.Tests.Import;

/// <summary>An import host with small limits: 8 KiB and 3 records, while other routes keep the general 1 MiB.</summary>
public sealed class SmallImportLimitsFactory : GeoGraphFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Import:MaxBytes"] = "8192",
        ["Import:MaxRecords"] = "3",
    };
}

public class ImportLimitTests(SmallImportLimitsFactory factory) : IClassFixture<SmallImportLimitsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ABodyOverImportMaxBytesIsTooLargeAndChangesNothing()
    {
        var longName = new string('x', 150);
        string[] lines = [Line(NewSource("big-source")), .. Enumerable.Range(0, 60).Select(i => Line(NewActor($"big-{i}", "big-source", longName)))];

        var (response, _) = await PostNdjsonAsync(_client, lines);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/sources/big-source")).StatusCode);
    }

    [Fact]
    public async Task MoreRecordsThanImportMaxRecordsAreTooLarge()
    {
        string[] lines = [Line(NewSource("many-source")), .. Enumerable.Range(0, 3).Select(i => Line(NewActor($"many-{i}", "many-source")))];

        var (response, _) = await PostNdjsonAsync(_client, lines);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/sources/many-source")).StatusCode);
    }

    [Fact]
    public async Task AnImportWithinTheLimitsGoesThrough()
    {
        var (response, report) = await PostNdjsonAsync(_client, [Line(NewSource("fits-source")), Line(NewActor("fits-a", "fits-source"))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, report!.Created.Nodes);
    }
}
