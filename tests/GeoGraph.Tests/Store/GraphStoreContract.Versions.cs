using System.Text.Json;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Seed;

namespace GeoGraph.Tests.Store;

/// <summary>Record versions and If-Match: checked inside the write, so two racing writers never both win.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly string[] Terms = ["a", "b"];

    [SkippableFact]
    public async Task ARecordReadsBackWithTheVersionItWasWrittenWith()
    {
        var node = NewNode("contract-versioned") with
        {
            Aliases = ["Versioned"],
            Date = PartialDate.Parse("2025-02"),
            // Out of key order, and a whole number spelled as a float: a store may give either back differently.
            Properties = new Dictionary<string, JsonElement>
            {
                ["terms"] = JsonSerializer.SerializeToElement(Terms),
                ["share"] = JsonSerializer.SerializeToElement(0.5),
                ["count"] = JsonDocument.Parse("3.0").RootElement,
            },
        };
        var relation = NewRelation("contract-versioned-supports", node.Id, "donald-trump") with { Date = PartialDate.Parse("2025-03-01"), Stance = Stance.Cooperative };
        await Store.CreateNodeAsync(node);
        await Store.CreateRelationAsync(relation);

        Assert.Equal(RecordVersion.Of(node), RecordVersion.Of((await Store.GetNodeAsync(node.Id))!));
        Assert.Equal(RecordVersion.Of(relation), RecordVersion.Of((await Store.GetRelationAsync(relation.Id))!));
    }

    [SkippableFact]
    public async Task AReplaceWithAStaleVersionWritesNothing()
    {
        var read = (await Store.GetNodeAsync("donald-trump"))!;
        var first = read with { Name = "First edit" };

        Assert.True(await Store.ReplaceNodeAsync(first, new IfMatch([RecordVersion.Of(read)])));
        await Assert.ThrowsAsync<PreconditionFailedException>(() => Store.ReplaceNodeAsync(read with { Name = "Stale edit" }, new IfMatch([RecordVersion.Of(read)])));

        Assert.Equal(RecordVersion.Of(first), RecordVersion.Of((await Store.GetNodeAsync("donald-trump"))!));
    }

    [SkippableFact]
    public async Task IfMatchAnyNeedsTheRecordToExist()
    {
        await Assert.ThrowsAsync<PreconditionFailedException>(() => Store.ReplaceNodeAsync(NewNode("contract-never-made"), IfMatch.Any));
        Assert.Null(await Store.GetNodeAsync("contract-never-made"));
        Assert.True(await Store.ReplaceNodeAsync(NewNode("donald-trump"), IfMatch.Any));
    }

    [SkippableFact]
    public async Task RacingReplacesWithTheSameVersionLetExactlyOneThrough()
    {
        var read = (await Store.GetNodeAsync("donald-trump"))!;
        var ifMatch = new IfMatch([RecordVersion.Of(read)]);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            try
            {
                return await Store.ReplaceNodeAsync(read with { Name = $"Racer {i}" }, ifMatch) ? $"Racer {i}" : "not found";
            }
            catch (PreconditionFailedException)
            {
                return null;
            }
        }));

        var winner = Assert.Single(outcomes, outcome => outcome is not null);
        Assert.Equal(winner, (await Store.GetNodeAsync("donald-trump"))!.Name);
    }

    [SkippableFact]
    public async Task DeletesWithAStaleVersionKeepTheRecord()
    {
        var node = (await Store.GetNodeAsync("scott-bessent"))!;
        var relationId = SeedFacts.Document.Relations.First(r => r.From == node.Id).Id;
        var relation = (await Store.GetRelationAsync(relationId))!;
        var stale = new IfMatch(["not-the-version"]);

        await Assert.ThrowsAsync<PreconditionFailedException>(() => Store.DeleteNodeAsync(node.Id, NodeCategory.Actor, cascade: true, stale));
        await Assert.ThrowsAsync<PreconditionFailedException>(() => Store.DeleteRelationAsync(relationId, stale));
        Assert.NotNull(await Store.GetNodeAsync(node.Id));
        Assert.NotNull(await Store.GetRelationAsync(relationId));

        Assert.True(await Store.DeleteRelationAsync(relationId, new IfMatch([RecordVersion.Of(relation)])));
        Assert.Equal(DeleteOutcome.Deleted, await Store.DeleteNodeAsync(node.Id, NodeCategory.Actor, cascade: true, new IfMatch([RecordVersion.Of(node)])));
    }
}
