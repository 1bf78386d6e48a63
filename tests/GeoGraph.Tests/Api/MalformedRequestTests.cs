using System.Net;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>Whatever a client sends, a bad request is a 4xx problem (naming the field to blame), never a 500.</summary>
public class MalformedRequestTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const string Json = "application/json";
    private const string Source = "article-2025-04-01-minerals-deal";
    private const string Provenance = "\"provenance\":{\"source\":\"" + Source + "\",\"passage\":\"a passage\"}";
    private const string Actor = $$"""{"kind":"Person","name":"Someone",{{Provenance}}""";
    private const string Event = $$"""{"kind":"Meeting","name":"Some meeting",{{Provenance}}""";
    private const string Relation = $$"""{"type":"ACCUSED","from":"donald-trump","to":"volodymyr-zelensky",{{Provenance}}""";

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Method, url, body (null: none), content type, expected status, field to blame (null: none in particular).</summary>
    public static TheoryData<string, string, string?, string, int, string?> BadRequests => new()
    {
        // Bodies that are not a JSON object of the right shape.
        { "POST", "/api/actors", """{"kind":"Person",""", Json, 400, "body" },
        { "POST", "/api/actors", """{"kind":"Person" "name":"x"}""", Json, 400, null },
        { "POST", "/api/actors", """[{"kind":"Person"}]""", Json, 400, "body" },
        { "POST", "/api/relations", "\"just a string\"", Json, 400, "body" },
        { "POST", "/api/actors", "42", Json, 400, "body" },
        { "POST", "/api/actors", "", Json, 400, null },
        { "POST", "/api/actors", "null", Json, 400, null },
        { "POST", "/api/actors", null, Json, 400, null },
        { "PUT", "/api/actors/donald-trump", "", Json, 400, null },
        { "POST", "/api/sources", "{", Json, 400, "body" },
        // Wrong content type.
        { "POST", "/api/actors", Actor + "}", "text/plain", 415, null },
        { "POST", "/api/relations", Relation + "}", "application/xml", 415, null },
        { "PUT", "/api/events/oval-office-meeting-2025-02", Event + "}", "text/plain", 415, null },
        // Wrong JSON types and unknown fields.
        { "POST", "/api/actors", Actor + ""","aliases":5}""", Json, 400, "aliases" },
        { "POST", "/api/actors", Actor + ""","aliases":[1,2]}""", Json, 400, "aliases[0]" },
        { "POST", "/api/actors", """{"kind":"Person","name":7,""" + Provenance + "}", Json, 400, "name" },
        { "POST", "/api/actors", """{"kind":["Person"],"name":"x",""" + Provenance + "}", Json, 400, "kind" },
        { "POST", "/api/actors", Actor + ""","nickname":"Zelya"}""", Json, 400, "nickname" },
        { "POST", "/api/actors", Actor + ""","category":"actor"}""", Json, 400, "category" },
        { "POST", "/api/actors", """{"kind":"Person","name":"x","provenance":5}""", Json, 400, "provenance" },
        { "POST", "/api/actors", """{"kind":"Person","name":"x","provenance":{"source":5,"passage":"p"}}""", Json, 400, "provenance.source" },
        { "POST", "/api/actors", """{"kind":"Person","name":"x","provenance":{"source":"s","passage":"p","page":3}}""", Json, 400, "provenance.page" },
        { "POST", "/api/events", Event + ""","date":20250331}""", Json, 400, "date" },
        { "POST", "/api/relations", Relation + ""","stance":true}""", Json, 400, "stance" },
        { "POST", "/api/sources", """{"id":"new-source","title":"T","outlets":"BBC"}""", Json, 400, "outlets" },
        // Missing or empty required values.
        { "POST", "/api/actors", """{"name":"x",""" + Provenance + "}", Json, 400, "kind" },
        { "POST", "/api/actors", """{"kind":"Person","name":"   ",""" + Provenance + "}", Json, 400, "name" },
        { "POST", "/api/actors", """{"kind":"Person","name":"!!!",""" + Provenance + "}", Json, 400, "name" },
        { "POST", "/api/actors", Actor + ""","aliases":[""]}""", Json, 400, "aliases[0]" },
        { "POST", "/api/actors", """{"kind":"Person","name":"x","provenance":{"source":"","passage":"p"}}""", Json, 400, "provenance.source" },
        { "POST", "/api/actors", $$$"""{"kind":"Person","name":"x","provenance":{"source":"{{{Source}}}"}}""", Json, 400, "provenance.passage" },
        { "POST", "/api/sources", """{"id":"new-source"}""", Json, 400, "title" },
        { "POST", "/api/actors", """{"kind":"Person","name":"x""" + new string('y', 250) + "\"," + Provenance + "}", Json, 400, "name" },
        // Ids that are not slugs, in routes and bodies.
        { "GET", "/api/nodes/Donald_Trump", null, Json, 400, "id" },
        { "GET", "/api/actors/donald--trump", null, Json, 400, "id" },
        { "GET", "/api/relations/-leading-hyphen", null, Json, 400, "id" },
        { "GET", "/api/sources/" + new string('a', 101), null, Json, 400, "id" },
        { "DELETE", "/api/events/Oval-Office", null, Json, 400, "id" },
        { "PUT", "/api/actors/DONALD-TRUMP", Actor + "}", Json, 400, "id" },
        { "POST", "/api/actors", Actor + ""","id":"Someone Else"}""", Json, 400, "id" },
        { "POST", "/api/relations", """{"type":"ACCUSED","from":"Donald Trump","to":"volodymyr-zelensky",""" + Provenance + "}", Json, 400, "from" },
        { "POST", "/api/actors", """{"kind":"Person","name":"x","provenance":{"source":"Not A Slug","passage":"p"}}""", Json, 400, "provenance.source" },
        { "POST", "/api/sources", """{"id":"new source","title":"T"}""", Json, 400, "id" },
        // Dates that are not real dates.
        { "POST", "/api/events", Event + ""","date":"2025-02-30"}""", Json, 400, "date" },
        { "POST", "/api/events", Event + ""","date":"2025-13"}""", Json, 400, "date" },
        { "POST", "/api/events", Event + ""","date":"31/03/2025"}""", Json, 400, "date" },
        { "POST", "/api/claims", """{"kind":"Assertion","name":"x","date":"2025-3-31",""" + Provenance + "}", Json, 400, "date" },
        { "POST", "/api/events", Event + ""","date":"2025-03-31T10:00:00Z"}""", Json, 400, "date" },
        { "POST", "/api/events", Event + ""","endDate":"0000"}""", Json, 400, "endDate" },
        { "POST", "/api/relations", Relation + ""","validFrom":"2025-00"}""", Json, 400, "validFrom" },
        { "POST", "/api/sources", """{"id":"new-source","title":"T","published":"yesterday"}""", Json, 400, "published" },
        { "GET", "/api/events?from=2025-02-29", null, Json, 400, "from" },
        { "GET", "/api/relations?dateTo=2025-13", null, Json, 400, "dateTo" },
        // Unknown vocabulary values.
        { "POST", "/api/actors", """{"kind":"Wizard","name":"x",""" + Provenance + "}", Json, 400, "kind" },
        { "POST", "/api/actors", """{"kind":"person","name":"x",""" + Provenance + "}", Json, 400, "kind" },
        { "POST", "/api/relations", """{"type":"LIKES","from":"donald-trump","to":"volodymyr-zelensky",""" + Provenance + "}", Json, 400, "type" },
        { "POST", "/api/relations", Relation + ""","stance":"furious"}""", Json, 400, "stance" },
        { "GET", "/api/nodes/donald-trump/relations?direction=sideways", null, Json, 400, "direction" },
        { "GET", "/api/nodes/donald-trump/relations?type=LIKES", null, Json, 400, "type[0]" },
        // Structured properties that a graph store cannot hold.
        { "POST", "/api/actors", Actor + ""","properties":{"terms":{"share":50}}}""", Json, 400, "properties" },
        { "POST", "/api/actors", Actor + ""","properties":{"terms":null}}""", Json, 400, "properties" },
        { "POST", "/api/actors", Actor + ""","properties":{"terms":[1,"two"]}}""", Json, 400, "properties" },
        { "POST", "/api/actors", Actor + ""","properties":{"terms":[[1]]}}""", Json, 400, "properties" },
        { "POST", "/api/actors", Actor + ""","properties":{"Terms":1}}""", Json, 400, "properties" },
        { "POST", "/api/actors", Actor + ""","properties":{"name":"shadow"}}""", Json, 400, "properties" },
        { "POST", "/api/relations", Relation + ""","properties":{"a":{}}}""", Json, 400, "properties" },
        { "POST", "/api/actors", Actor + ""","properties":[1]}""", Json, 400, "properties" },
        // Query values out of range or of the wrong form.
        { "GET", "/api/events?limit=99999999999999999999", null, Json, 400, "limit" },
        { "GET", "/api/relations?limit=-1", null, Json, 400, "limit" },
        { "GET", "/api/search?q=trump&limit=1e3", null, Json, 400, "limit" },
        { "GET", "/api/search?q=" + new string('z', 201), null, Json, 400, "q" },
        { "GET", "/api/events?cursor=%00%01", null, Json, 400, "cursor" },
        { "DELETE", "/api/actors/donald-trump?cascade=maybe", null, Json, 400, null },
        { "DELETE", "/api/actors/donald-trump?cascade=1", null, Json, 400, null },
        // Methods and routes that do not exist.
        { "PATCH", "/api/actors/donald-trump", Actor + "}", Json, 405, null },
        { "DELETE", "/api/actors", null, Json, 405, null },
        { "POST", "/api/search", "{}", Json, 405, null },
        { "GET", "/api/nothing-here", null, Json, 404, null },
        // Deeply nested JSON.
        { "POST", "/api/actors", Actor + ""","properties":{"deep":""" + new string('[', 100) + new string(']', 100) + "}}", Json, 400, null },
    };

    [Theory, MemberData(nameof(BadRequests))]
    public async Task ABadRequestIsAClientErrorWithAProblemBody(string method, string url, string? body, string contentType, int status, string? field)
    {
        var response = await _client.SendRawAsync(new HttpMethod(method), url, body, contentType);

        if (field is null)
            await response.AssertProblemAsync((HttpStatusCode)status);
        else
            await response.AssertFieldErrorAsync(field, (HttpStatusCode)status);
    }

    [Fact]
    public async Task NoBadRequestChangedTheSeedActors()
    {
        var response = await _client.GetAsync("/api/actors/donald-trump");

        Assert.Equal("Donald Trump", (await response.ReadAsync<Node>()).Name);
    }
}
