using System.Text.Json;
using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Seed;

namespace GeoGraph.Tests.Store;

/// <summary>
/// What every store must do, whatever it runs on. Each store adapter has a subclass that supplies a
/// fresh, empty store per test; the seed is loaded through the store's own bulk write.
/// </summary>
public abstract class GraphStoreContract : IAsyncLifetime
{
    private const string Article = "article-2025-04-01-minerals-deal";

    protected IGraphStore Store { get; private set; } = null!;

    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>A second store over the same data, which builds its snapshot by reading the data afresh.</summary>
    protected abstract IGraphStore ReopenStore();

    public async Task InitializeAsync()
    {
        Store = await CreateEmptyStoreAsync();
        await Store.InitializeAsync();
        await Store.UpsertAsync(SeedFacts.Document);
    }

    public virtual Task DisposeAsync()
    {
        (Store as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    [SkippableFact]
    public async Task LoadingTheSeedTwiceChangesNothing()
    {
        var before = await SnapshotAsync();
        await Store.UpsertAsync(SeedFacts.Document);
        var after = await SnapshotAsync();
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relations, after.Relations);
        Assert.Equal(SeedFacts.Document.Nodes.Count, after.Nodes.Count);
        Assert.Equal(SeedFacts.Document.Relations.Count, after.Relations.Count);
    }

    [SkippableFact]
    public async Task ABulkWriteWithADanglingRelationWritesNothing()
    {
        var node = NewNode("bulk-write-probe");
        var document = new GraphDocument
        {
            Nodes = [node],
            Relations = [NewRelation("bulk-write-probe-to-nowhere", node.Id, "no-such-node")],
        };
        var error = await Assert.ThrowsAsync<MissingReferenceException>(() => Store.UpsertAsync(document));
        Assert.Equal("relations[0].to", error.Field);
        Assert.Null(await Store.GetNodeAsync(node.Id));
    }

    [SkippableFact]
    public async Task CreatingANodeTwiceIsADuplicate()
    {
        await Store.CreateNodeAsync(NewNode("contract-duplicate"));
        await Assert.ThrowsAsync<DuplicateIdException>(() => Store.CreateNodeAsync(NewNode("contract-duplicate")));
    }

    [SkippableFact]
    public async Task ANodeCitingAnUnknownSourceIsRefused()
    {
        var node = NewNode("contract-unsourced") with { Provenance = new Provenance("no-such-source", "passage") };
        var error = await Assert.ThrowsAsync<MissingReferenceException>(() => Store.CreateNodeAsync(node));
        Assert.Equal("provenance.source", error.Field);
        Assert.Null(await Store.GetNodeAsync(node.Id));
    }

    [SkippableFact]
    public async Task ReplacingKeepsTheCategory()
    {
        var asEvent = NewNode("donald-trump") with { Kind = "Meeting" };
        Assert.False(await Store.ReplaceNodeAsync(asEvent));
        Assert.Equal("Person", (await Store.GetNodeAsync("donald-trump"))!.Kind);
        Assert.True(await Store.ReplaceNodeAsync(NewNode("donald-trump") with { Name = "Donald J. Trump" }));
        Assert.Equal("Donald J. Trump", (await Store.GetNodeAsync("donald-trump"))!.Name);
    }

    [SkippableFact]
    public async Task DeletingANodeWithRelationsNeedsCascade()
    {
        var relations = SeedFacts.Document.Relations.Count(r => r.From == "scott-bessent" || r.To == "scott-bessent");
        Assert.True(relations > 0);
        Assert.Equal(DeleteOutcome.HasRelations, await Store.DeleteNodeAsync("scott-bessent", NodeCategory.Actor, cascade: false));
        Assert.Equal(relations, (await Store.GetNodeRelationsAsync("scott-bessent", Direction.Both, []))!.Count);
        Assert.Equal(DeleteOutcome.NotFound, await Store.DeleteNodeAsync("scott-bessent", NodeCategory.Event, cascade: true));
        Assert.Equal(DeleteOutcome.Deleted, await Store.DeleteNodeAsync("scott-bessent", NodeCategory.Actor, cascade: true));
        Assert.Null(await Store.GetNodeRelationsAsync("scott-bessent", Direction.Both, []));
        Assert.Empty((await Store.ListRelationsAsync(new RelationQuery(200) { From = "scott-bessent" })).Items);
    }

    [SkippableFact]
    public async Task ARelationToAMissingNodeIsRefused()
    {
        var error = await Assert.ThrowsAsync<MissingReferenceException>(() => Store.CreateRelationAsync(NewRelation("contract-dangling", "donald-trump", "nobody")));
        Assert.Equal("to", error.Field);
        Assert.Null(await Store.GetRelationAsync("contract-dangling"));
    }

    [SkippableFact]
    public async Task NodeRelationsFollowTheDirectionAsked()
    {
        var outgoing = (await Store.GetNodeRelationsAsync("volodymyr-zelensky", Direction.Out, []))!;
        var incoming = (await Store.GetNodeRelationsAsync("volodymyr-zelensky", Direction.In, ["ACCUSED"]))!;
        Assert.Equal(SeedFacts.Document.Relations.Count(r => r.From == "volodymyr-zelensky"), outgoing.Count);
        Assert.All(outgoing, item => Assert.Equal(item.Relation.To, item.Other.Id));
        Assert.Equal(SeedFacts.Document.Relations.Count(r => r.To == "volodymyr-zelensky" && r.Type == "ACCUSED"), incoming.Count);
        Assert.All(incoming, item => Assert.Equal(item.Relation.From, item.Other.Id));
    }

    [SkippableTheory]
    [InlineData("zelenskyy", "volodymyr-zelensky")]
    [InlineData("ZELÉNSKIY", "volodymyr-zelensky")]
    [InlineData("von der leyen", "ursula-von-der-leyen")]
    [InlineData("bessent", "scott-bessent")]
    public async Task SearchRanksTheNamedNodeFirst(string text, string expected) =>
        Assert.Equal(expected, (await Store.SearchAsync(text, 5))[0].Node.Id);

    [SkippableFact]
    public async Task PagingVisitsEveryEventOnceInDateOrder()
    {
        var seen = new List<Node>();
        Cursor? cursor = null;
        do
        {
            var page = await Store.ListNodesAsync(new NodeQuery(NodeCategory.Event, 4) { After = cursor });
            seen.AddRange(page.Items);
            cursor = page.Next;
        } while (cursor is not null);
        var expected = SeedFacts.Document.Nodes.Where(node => node.Category == NodeCategory.Event).Select(node => node.Id).Order();
        Assert.Equal(expected, seen.Select(node => node.Id).Order());
        var dated = seen.TakeWhile(node => node.Date is not null).Select(node => node.Date!.Value.Start).ToList();
        Assert.Equal(dated.Order(), dated);
        Assert.All(seen.Skip(dated.Count), node => Assert.Null(node.Date));
    }

    [SkippableFact]
    public async Task ADateRangeMatchesEventsWhosePeriodOverlapsIt()
    {
        // The Oval Office meeting is known only to the month: a range of one day in February still meets it.
        var page = await Store.ListNodesAsync(new NodeQuery(NodeCategory.Event, 200) { From = PartialDate.Parse("2025-02-14"), To = PartialDate.Parse("2025-02-14") });
        Assert.Contains(page.Items, node => node.Id == "oval-office-meeting-2025-02");
        Assert.DoesNotContain(page.Items, node => node.Date is { } date && (date.End < new DateOnly(2025, 2, 14) || date.Start > new DateOnly(2025, 2, 14)));
    }

    private async Task<(List<string> Nodes, List<string> Relations)> SnapshotAsync()
    {
        var nodes = (await Store.ListNodesAsync(new NodeQuery(NodeCategory.Actor, 200))).Items
            .Concat((await Store.ListNodesAsync(new NodeQuery(NodeCategory.Event, 200))).Items)
            .Concat((await Store.ListNodesAsync(new NodeQuery(NodeCategory.Claim, 200))).Items)
            .Concat((await Store.ListNodesAsync(new NodeQuery(NodeCategory.Resource, 200))).Items)
            .Concat((await Store.ListNodesAsync(new NodeQuery(NodeCategory.Place, 200))).Items);
        var relations = new List<Relation>();
        Cursor? cursor = null;
        do
        {
            var page = await Store.ListRelationsAsync(new RelationQuery(200) { After = cursor });
            relations.AddRange(page.Items);
            cursor = page.Next;
        } while (cursor is not null);
        return ([.. nodes.Select(Json)], [.. relations.Select(Json)]);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, GraphJson.Options);

    private static Node NewNode(string id) => new()
    {
        Id = id,
        Kind = "Person",
        Name = id,
        Provenance = new Provenance(Article, "a passage"),
    };

    private static Relation NewRelation(string id, string from, string to) => new()
    {
        Id = id,
        Type = "SUPPORTS",
        From = from,
        To = to,
        Provenance = new Provenance(Article, "a passage"),
    };
}
