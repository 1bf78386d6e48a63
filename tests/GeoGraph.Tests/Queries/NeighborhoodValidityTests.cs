using GeoGraph.Api.Validation;
using GeoGraph.Api.Analysis;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary>
/// Date bounds of <c>GET /api/graph/neighborhood/{id}</c> on lasting relations (validFrom/validTo rather than a date).
/// The seed has none, so each case adds one to Bessent on this class's own database and compares the neighbourhood
/// with the period the relation covers, which is also what <c>GET /api/relations?dateFrom=&amp;dateTo=</c> goes by.
/// </summary>
public class NeighborhoodValidityTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const string Bessent = "scott-bessent";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("2025-01", null, "2025-03", "2025-03", true)]
    [InlineData("2024-01", "2025-06", "2025-03", null, true)]
    [InlineData(null, "2024-12", null, "2024-12", true)]
    [InlineData("2025-01", null, null, "2024-12", false)]
    [InlineData("2024-01", "2024-06", "2025-01", null, false)]
    public async Task ALastingRelationIsKeptWhenItsPeriodOverlapsTheBounds(string? validFrom, string? validTo, string? from, string? to, bool kept)
    {
        var id = RequestBodies.UniqueId("bessent-holds-office");
        await _client.CreateAsync("/api/relations", RequestBodies.Relation(id, "HOLDS_OFFICE_IN", Bessent, "us-treasury").With("validFrom", validFrom).With("validTo", validTo));
        var bounds = string.Join('&', new[] { from is null ? null : $"from={from}", to is null ? null : $"to={to}" }.OfType<string>());
        var relationBounds = string.Join('&', new[] { from is null ? null : $"dateFrom={from}", to is null ? null : $"dateTo={to}" }.OfType<string>());

        var elements = await (await _client.GetAsync($"/api/graph/neighborhood/{Bessent}?{bounds}")).ReadAsync<CytoscapeElements>();
        var listed = await (await _client.GetAsync($"/api/relations?from={Bessent}&limit=200&{relationBounds}")).ReadAsync<PageResponse<Relation>>();

        var relation = new Relation
        {
            Id = id, Type = "HOLDS_OFFICE_IN", From = Bessent, To = "us-treasury", Provenance = new(SeedGraph.Article.Id, "test"),
            ValidFrom = validFrom is null ? null : PartialDate.Parse(validFrom), ValidTo = validTo is null ? null : PartialDate.Parse(validTo),
        };
        Assert.True(kept == SeedGraph.Overlaps(relation, PartialDate.Parse(from ?? "0001"), PartialDate.Parse(to ?? "9999")), "the test's own expectation");
        Assert.True(kept == listed.Items.Any(item => item.Id == id), $"GET /api/relations?{relationBounds} should {(kept ? "" : "not ")}list it");
        Assert.True(kept == elements.Edges.Any(edge => edge.Data.Id == id), $"the neighbourhood with {bounds} should {(kept ? "" : "not ")}hold it");
    }
}
