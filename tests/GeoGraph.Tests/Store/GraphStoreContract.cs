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
public abstract partial class GraphStoreContract : IAsyncLifetime
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
    public async Task StreamedReadsReturnEveryRecordInIdOrderAsTheStoreReadsIt()
    {
        var sources = await Store.ReadSourcesAsync().ToListAsync();
        var nodes = await Store.ReadNodesAsync().ToListAsync();
        var relations = await Store.ReadRelationsAsync().ToListAsync();

        Assert.Equal(SeedFacts.Document.Sources.Select(s => s.Id).Order(StringComparer.Ordinal), sources.Select(s => s.Id));
        Assert.Equal(SeedFacts.Document.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodes.Select(n => n.Id));
        Assert.Equal(SeedFacts.Document.Relations.Select(r => r.Id).Order(StringComparer.Ordinal), relations.Select(r => r.Id));
        var stored = (await Store.GetNodesAsync([.. nodes.Select(n => n.Id)])).OrderBy(n => n.Id, StringComparer.Ordinal);
        Assert.Equal(stored.Select(Json<Node>), nodes.Select(Json<Node>));
        var storedRelations = (await Store.GetRelationsAsync([.. relations.Select(r => r.Id)])).OrderBy(r => r.Id, StringComparer.Ordinal);
        Assert.Equal(storedRelations.Select(Json<Relation>), relations.Select(Json<Relation>));
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
    public async Task ABulkLoadIntoAnEmptyStoreWithAMissingReferenceLeavesItEmptyAndWhole()
    {
        var store = await CreateEmptyStoreAsync();
        try
        {
            await store.InitializeAsync();
            var document = SeedFacts.Document with
            {
                Relations = [.. SeedFacts.Document.Relations, NewRelation("bulk-load-to-nowhere", "donald-trump", "no-such-node")],
            };

            var error = await Assert.ThrowsAsync<MissingReferenceException>(() => store.UpsertAsync(document));

            Assert.Equal($"relations[{SeedFacts.Document.Relations.Count}].to", error.Field);
            Assert.True(await store.IsEmptyAsync());
            // The load rolled back whole, dropped indexes included: the next one lists and searches as usual.
            await store.UpsertAsync(SeedFacts.Document);
            Assert.Equal("volodymyr-zelensky", (await store.SearchAsync("zelenskyy", 5)).Items[0].Node.Id);
            Assert.Equal(SeedFacts.Document.Nodes.Count(node => node.Category == NodeCategory.Actor),
                (await store.ListNodesAsync(new NodeQuery(NodeCategory.Actor, 500))).Items.Count);
        }
        finally
        {
            (store as IDisposable)?.Dispose();
        }
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
        Assert.Equal(relations, (await Store.GetNodeRelationsAsync(new NodeRelationQuery("scott-bessent", Direction.Both, 200)))!.Items.Count);
        Assert.Equal(DeleteOutcome.NotFound, await Store.DeleteNodeAsync("scott-bessent", NodeCategory.Event, cascade: true));
        Assert.Equal(DeleteOutcome.Deleted, await Store.DeleteNodeAsync("scott-bessent", NodeCategory.Actor, cascade: true));
        Assert.Null(await Store.GetNodeRelationsAsync(new NodeRelationQuery("scott-bessent", Direction.Both, 200)));
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
        var outgoing = (await Store.GetNodeRelationsAsync(new NodeRelationQuery("volodymyr-zelensky", Direction.Out, 200)))!.Items;
        var incoming = (await Store.GetNodeRelationsAsync(new NodeRelationQuery("volodymyr-zelensky", Direction.In, 200) { Types = ["ACCUSED"] }))!.Items;
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
        Assert.Equal(expected, (await Store.SearchAsync(text, 5)).Items[0].Node.Id);

    [SkippableTheory]
    [InlineData(Direction.Both)]
    [InlineData(Direction.In)]
    [InlineData(Direction.Out)]
    public async Task NodeRelationPagesCoverEveryRelationOnceInIdOrder(Direction direction)
    {
        var relation = NewRelation("contract-self-loop", "volodymyr-zelensky", "volodymyr-zelensky");
        await Store.CreateRelationAsync(relation);
        var expected = SeedFacts.Document.Relations.Append(relation)
            .SelectMany(r => new[] { (r, Direction.Out, r.From), (r, Direction.In, r.To) })
            .Where(item => item.Item3 == "volodymyr-zelensky" && (direction == Direction.Both || item.Item2 == direction))
            .Select(item => $"{item.r.Id} {item.Item2}")
            .Order(StringComparer.Ordinal).ToList();

        var seen = new List<string>();
        Cursor? cursor = null;
        do
        {
            var page = (await Store.GetNodeRelationsAsync(new NodeRelationQuery("volodymyr-zelensky", direction, 3) { After = cursor }))!;
            Assert.True(page.Items.Count == 3 || page.Next is null);
            seen.AddRange(page.Items.Select(item => $"{item.Relation.Id} {item.Direction}"));
            cursor = page.Next;
        } while (cursor is not null);

        Assert.Equal(expected, seen);
        Assert.Equal(direction == Direction.Both ? 2 : 1, seen.Count(item => item.StartsWith(relation.Id + " ", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task SearchPagesFollowTheRanking()
    {
        var all = await Store.SearchAsync("trump", 200);
        Assert.Null(all.Next);
        var seen = new List<string>();
        var offset = 0;
        while (true)
        {
            var page = await Store.SearchAsync("trump", 2, offset);
            seen.AddRange(page.Items.Select(hit => hit.Node.Id));
            if (page.Next is null)
                break;
            Assert.True(GeoGraph.Core.Storage.Pages.TryOffset(page.Next, out offset));
        }
        Assert.Equal(all.Items.Select(hit => hit.Node.Id), seen);
        Assert.Empty((await Store.SearchAsync("trump", 200, GeoGraph.Core.Storage.Pages.MaxSearchResults)).Items);
        Assert.Null((await Store.SearchAsync("trump", 200, GeoGraph.Core.Storage.Pages.MaxSearchResults - 1)).Next);
    }

    [SkippableFact]
    public async Task SourcesAndTheirNodesAndRelationsArePagedInIdOrder()
    {
        await Store.CreateSourceAsync(new Source { Id = "contract-a-source", Title = "A" });
        await Store.CreateSourceAsync(new Source { Id = "contract-z-source", Title = "Z" });
        var sources = new List<SourceSummary>();
        Cursor? cursor = null;
        do
        {
            var page = await Store.ListSourcesAsync(1, cursor);
            sources.AddRange(page.Items);
            cursor = page.Next;
        } while (cursor is not null);
        Assert.Equal([Article, "contract-a-source", "contract-z-source"], sources.Select(summary => summary.Source.Id));
        Assert.Equal((0, 0), (sources[1].NodeCount, sources[1].RelationCount));
        var article = (await Store.GetSourceAsync(Article))!;
        Assert.Equal((SeedFacts.Document.Nodes.Count, SeedFacts.Document.Relations.Count), (article.NodeCount, article.RelationCount));
        Assert.Null(await Store.GetSourceAsync("no-such-source"));

        var nodes = new List<string>();
        cursor = null;
        do
        {
            var page = (await Store.ListSourceNodesAsync(Article, 7, cursor))!;
            nodes.AddRange(page.Items.Select(node => node.Id));
            cursor = page.Next;
        } while (cursor is not null);
        Assert.Equal(SeedFacts.Document.Nodes.Select(node => node.Id).Order(StringComparer.Ordinal), nodes);

        var relations = new List<string>();
        cursor = null;
        do
        {
            var page = (await Store.ListSourceRelationsAsync(Article, 13, cursor))!;
            relations.AddRange(page.Items.Select(relation => relation.Id));
            cursor = page.Next;
        } while (cursor is not null);
        Assert.Equal(SeedFacts.Document.Relations.Select(relation => relation.Id).Order(StringComparer.Ordinal), relations);

        Assert.Empty((await Store.ListSourceNodesAsync("contract-a-source", 10))!.Items);
        Assert.Null(await Store.ListSourceNodesAsync("no-such-source", 10));
        Assert.Null(await Store.ListSourceRelationsAsync("no-such-source", 10));
    }

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
