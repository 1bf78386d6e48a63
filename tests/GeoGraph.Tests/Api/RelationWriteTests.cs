using System.Net;
using GeoGraph.Api.Validation;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>Creating and deleting relations through <c>/api/relations</c>. Every test writes relations of its own.</summary>
public class RelationWriteTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static Dictionary<string, object?> ValidRelation(string id) =>
        RequestBodies.Relation(id, "CRITICIZED", "kiel-institute", "donald-trump")
            .With("date", "2025-03").With("stance", "hostile").With("role", "critic")
            .With("properties", new Dictionary<string, object> { ["figureBillions"] = 120, ["tags"] = new List<string> { "aid", "europe" } });

    [Fact]
    public async Task ACreatedRelationIsAtItsLocation()
    {
        var id = RequestBodies.UniqueId("criticism");

        var response = await _client.PostJsonAsync("/api/relations", ValidRelation(id));

        var created = await response.ReadAsync<Relation>(HttpStatusCode.Created);
        Assert.Equal($"/api/relations/{id}", response.Headers.Location?.OriginalString);
        var fetched = await (await _client.GetAsync(response.Headers.Location)).ReadAsync<Relation>();
        foreach (var relation in new[] { created, fetched })
        {
            Assert.Equal((id, "CRITICIZED", "kiel-institute", "donald-trump"), (relation.Id, relation.Type, relation.From, relation.To));
            Assert.Equal("2025-03", relation.Date?.ToString());
            Assert.Equal(Stance.Hostile, relation.Stance);
            Assert.Equal("critic", relation.Role);
            Assert.Equal(120, relation.Properties["figureBillions"].GetInt32());
            Assert.Equal(["aid", "europe"], relation.Properties["tags"].EnumerateArray().Select(tag => tag.GetString()));
            Assert.Equal(SeedGraph.Article.Id, relation.Provenance.Source);
        }
        var kiel = await (await _client.GetAsync("/api/nodes/kiel-institute/relations?direction=out&type=CRITICIZED")).ReadAsync<PageResponse<NodeRelation>>();
        Assert.Contains(kiel.Items, item => item.Relation.Id == id && item.Other.Id == "donald-trump");
    }

    [Fact]
    public async Task CreatingARelationIdTwiceIsAConflict()
    {
        var id = RequestBodies.UniqueId("twice");
        await _client.CreateAsync("/api/relations", ValidRelation(id));

        var response = await _client.PostJsonAsync("/api/relations", ValidRelation(id).With("type", "SUPPORTS"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("CRITICIZED", (await (await _client.GetAsync($"/api/relations/{id}")).ReadAsync<Relation>()).Type);
    }

    [Theory]
    [InlineData("to", "nobody-at-all")]
    [InlineData("from", "nobody-at-all")]
    public async Task AnUnknownEndNodeIsUnprocessableOnThatEnd(string end, string missing)
    {
        var id = RequestBodies.UniqueId("dangling");

        var response = await _client.PostJsonAsync("/api/relations", ValidRelation(id).With(end, missing));

        await response.AssertFieldErrorAsync(end, HttpStatusCode.UnprocessableEntity);
        await (await _client.GetAsync($"/api/relations/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnUnknownSourceIsUnprocessableOnProvenanceSource()
    {
        var body = ValidRelation(RequestBodies.UniqueId("unsourced")).With("provenance", RequestBodies.Provenance("no-such-source"));

        var response = await _client.PostJsonAsync("/api/relations", body);

        await response.AssertFieldErrorAsync("provenance.source", HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [InlineData("type", "LIKES", "type")]
    [InlineData("type", "criticized", "type")]
    [InlineData("type", null, "type")]
    [InlineData("to", "kiel-institute", "to")]
    [InlineData("stance", "furious", "stance")]
    [InlineData("stance", "Hostile", "stance")]
    [InlineData("date", "2025-02-29", "date")]
    [InlineData("validTo", "2024-12", "validTo")]
    [InlineData("provenance", null, "provenance")]
    [InlineData("from", null, "from")]
    public async Task AnInvalidFieldIsAnErrorOnThatField(string field, string? value, string errorField)
    {
        var id = RequestBodies.UniqueId("invalid");
        var body = ValidRelation(id).With("date", null).With("validFrom", "2025-01").With(field, value);

        var response = await _client.PostJsonAsync("/api/relations", body);

        await response.AssertFieldErrorAsync(errorField);
        await (await _client.GetAsync($"/api/relations/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AValidityRangeInOrderIsAccepted()
    {
        var body = ValidRelation(RequestBodies.UniqueId("valid")).With("date", null).With("validFrom", "2025-01").With("validTo", "2025-01-31");

        var created = await (await _client.PostJsonAsync("/api/relations", body)).ReadAsync<Relation>(HttpStatusCode.Created);

        Assert.Equal(("2025-01", "2025-01-31"), (created.ValidFrom?.ToString(), created.ValidTo?.ToString()));
    }

    [Fact]
    public async Task ADeletedRelationIsGone()
    {
        var id = RequestBodies.UniqueId("deleted");
        await _client.CreateAsync("/api/relations", ValidRelation(id));

        var response = await _client.DeleteAsync($"/api/relations/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await _client.GetAsync($"/api/relations/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync($"/api/relations/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/nodes/kiel-institute")).StatusCode);
    }

    [Fact]
    public async Task AnUnknownRelationIsNotFound()
    {
        await (await _client.GetAsync("/api/relations/no-such-relation")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
