using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>Checks that the API still serves every seed node exactly as the seed JSON has it.</summary>
public static class SeedAssertions
{
    public static async Task AssertSeedNodesUnchangedAsync(this HttpClient client)
    {
        foreach (var node in SeedGraph.Document.Nodes)
        {
            var response = await client.GetAsync($"/api/nodes/{node.Id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var served = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            var seeded = JsonSerializer.SerializeToNode(node, HttpAssertions.JsonOptions);
            Assert.True(JsonNode.DeepEquals(seeded, served), $"Seed node {node.Id} changed: {served?.ToJsonString()}");
        }
    }
}
