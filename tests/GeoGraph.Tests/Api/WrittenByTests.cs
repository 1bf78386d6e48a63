using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>Every node, relation and source written through the API keeps the id of the key that wrote it.</summary>
public class WrittenByTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private async Task<(string Id, HttpClient Client)> WriterAsync()
    {
        var created = await factory.CreateClient().PostAsJsonAsync("/api/keys", new { name = "writer", scopes = new List<string> { "write" } });
        var key = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        return (key.GetProperty("id").GetString()!, factory.CreateClientWithKey(key.GetProperty("key").GetString()!));
    }

    [Fact]
    public async Task ASourceANodeAndARelationShowTheKeyThatWroteThem()
    {
        var (keyId, writer) = await WriterAsync();
        var sourceId = RequestBodies.UniqueId("written-source");
        var nodeId = RequestBodies.UniqueId("written-node");
        var relationId = RequestBodies.UniqueId("written-relation");

        await writer.CreateAsync("/api/sources", new { id = sourceId, title = "A source a key wrote" });
        await writer.CreateAsync("/api/actors", RequestBodies.Node(NodeRoute.Of(NodeCategory.Actor), nodeId, "Written Actor", sourceId));
        await writer.CreateAsync("/api/relations", RequestBodies.Relation(relationId, "CRITICIZED", nodeId, "donald-trump"));

        var reader = factory.CreateAnonymousClient();
        Assert.Equal(keyId, (await (await reader.GetAsync($"/api/sources/{sourceId}")).ReadAsync<SourceSummary>()).Source.WrittenBy);
        Assert.Equal(keyId, (await (await reader.GetAsync($"/api/nodes/{nodeId}")).ReadAsync<Node>()).WrittenBy);
        Assert.Equal(keyId, (await (await reader.GetAsync($"/api/relations/{relationId}")).ReadAsync<Relation>()).WrittenBy);
    }

    [Fact]
    public async Task TheAdminKeyWritesAsAdminAndTheSeedAsNoOne()
    {
        var nodeId = RequestBodies.UniqueId("admin-node");
        await factory.CreateClient().CreateAsync("/api/actors", RequestBodies.Node(NodeRoute.Of(NodeCategory.Actor), nodeId, "Admin Actor"));

        Assert.Equal("admin", (await (await factory.CreateClient().GetAsync($"/api/nodes/{nodeId}")).ReadAsync<Node>()).WrittenBy);
        Assert.Null((await (await factory.CreateClient().GetAsync("/api/nodes/donald-trump")).ReadAsync<Node>()).WrittenBy);
    }

    [Fact]
    public async Task AClientCannotSetWrittenBy()
    {
        var body = RequestBodies.Node(NodeRoute.Of(NodeCategory.Actor), RequestBodies.UniqueId("forged"), "Forged Actor").With("writtenBy", "someone-else");

        await (await factory.CreateClient().PostJsonAsync("/api/actors", body)).AssertFieldErrorAsync("writtenBy");
    }
}
