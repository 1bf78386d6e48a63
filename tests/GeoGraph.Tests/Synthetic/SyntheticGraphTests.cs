using GeoGraph.Core;
using GeoGraph.Core.Analysis;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Store.Sqlite;
using GeoGraph.Synthetic;

namespace GeoGraph.Tests.Synthetic;

/// <summary>The synthetic graph generator: reproducible, valid, power-law shaped, with its planted answers.</summary>
public sealed class SyntheticGraphTests(SyntheticGraphTests.LoadedGraph loaded) : IClassFixture<SyntheticGraphTests.LoadedGraph>
{
    private static readonly SyntheticGraphOptions Small = new() { Actors = 400, Relations = 3_000, Seed = 7, HubLeaves = 12, BatchSize = 700 };

    private static readonly GraphDocument SmallGraph = SyntheticGraph.GenerateDocument(Small);

    [Fact]
    public void TheSameOptionsGiveTheSameGraph()
    {
        var again = SyntheticGraph.GenerateDocument(Small);
        Assert.Equal(SmallGraph.Nodes, again.Nodes, NodeComparer);
        Assert.Equal(SmallGraph.Relations.Select(Ends), again.Relations.Select(Ends));
        Assert.Equal(SmallGraph.Relations.Select(relation => relation.Date), again.Relations.Select(relation => relation.Date));

        var otherSeed = SyntheticGraph.GenerateDocument(Small with { Seed = 8 });
        Assert.NotEqual(SmallGraph.Relations.Select(Ends), otherSeed.Relations.Select(Ends));
    }

    [Fact]
    public void CountsAreAsAsked()
    {
        Assert.Equal(Small.Relations, SmallGraph.Relations.Count);
        Assert.Equal(Small.NodeCount, SmallGraph.Nodes.Count);
        Assert.Equal(Small.Actors, SmallGraph.Nodes.Count(node => node.Category == NodeCategory.Actor));
        Assert.Equal(Small.EventCount, SmallGraph.Nodes.Count(node => node.Category == NodeCategory.Event));
        Assert.Single(SmallGraph.Sources);
        Assert.All(SyntheticGraph.Generate(Small), batch => Assert.InRange(batch.Nodes.Count + batch.Relations.Count, 0, Small.BatchSize));
    }

    [Fact]
    public void BatchesLoadInOrderAndEveryRelationJoinsTwoDistinctNodes()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in SyntheticGraph.Generate(Small))
        {
            seen.UnionWith(batch.Nodes.Select(node => node.Id));
            Assert.All(batch.Relations, relation =>
            {
                Assert.Contains(relation.From, seen);
                Assert.Contains(relation.To, seen);
                Assert.NotEqual(relation.From, relation.To);
            });
        }
    }

    [Fact]
    public void EverythingIsValid()
    {
        string[] ids = [.. SmallGraph.Sources.Select(s => s.Id), .. SmallGraph.Nodes.Select(n => n.Id), .. SmallGraph.Relations.Select(r => r.Id)];
        Assert.All(ids, id => Assert.True(Slug.IsValid(id), $"'{id}' is not a slug"));
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(SmallGraph.Nodes, node => Assert.True(Vocabulary.IsNodeKind(node.Kind), node.Kind));
        Assert.All(SmallGraph.Relations, relation => Assert.True(Vocabulary.IsRelationType(relation.Type), relation.Type));
        Assert.All(SmallGraph.Nodes.Select(node => node.Provenance).Concat(SmallGraph.Relations.Select(relation => relation.Provenance)), provenance =>
        {
            Assert.Equal(SyntheticGraph.SourceId, provenance.Source);
            Assert.InRange(provenance.Passage.Length, 1, 200);
        });
    }

    [Fact]
    public void TheMixLooksLikeTheRealThing()
    {
        var nodesByCategory = SmallGraph.Nodes.CountBy(node => node.Category).ToDictionary();
        Assert.True(nodesByCategory[NodeCategory.Actor] > nodesByCategory[NodeCategory.Event]);
        Assert.True(nodesByCategory[NodeCategory.Event] > nodesByCategory[NodeCategory.Claim]);
        Assert.True(SmallGraph.Relations.Select(relation => relation.Type).Distinct().Count() >= 25);
        var eventDates = SmallGraph.Nodes.Where(node => node.Category == NodeCategory.Event && node.Date is not null).Select(node => node.Date!.Value).ToList();
        Assert.True(eventDates.Count > Small.EventCount / 2);
        Assert.Contains(eventDates, date => date.Day is not null);
        Assert.Contains(eventDates, date => date.Day is null && date.Month is not null);
        Assert.Contains(eventDates, date => date.Month is null);
        Assert.True(SmallGraph.Relations.Count(relation => relation.Date is not null) > Small.Relations / 4);
    }

    [Fact]
    public void DegreesFollowAPowerLaw()
    {
        var degrees = SmallGraph.Relations.SelectMany(relation => new[] { relation.From, relation.To })
            .Where(id => id.StartsWith("actor-", StringComparison.Ordinal))
            .CountBy(id => id).Select(pair => pair.Value).Order().ToArray();
        var median = degrees[degrees.Length / 2];
        Assert.True(degrees[^1] >= 8 * median, $"max degree {degrees[^1]}, median {median}");
    }

    [Fact]
    public async Task ThePlantedPathIsTheShortestPathWithFiveHops()
    {
        var queries = new GraphQueries(loaded.Store);
        var paths = await queries.PathsAsync(new PathQuery(SyntheticGraph.PlantedPathStart, SyntheticGraph.PlantedPathEnd, 6, Direction.Both, 3));
        var path = Assert.Single(paths!);
        Assert.Equal(SyntheticGraph.PlantedPathHops, path.Hops);
        Assert.Equal(Enumerable.Range(0, 6).Select(SyntheticGraph.PlantedPathNode), path.Nodes.Select(node => node.Id));
        Assert.Empty((await queries.PathsAsync(new PathQuery(SyntheticGraph.PlantedPathStart, SyntheticGraph.PlantedPathEnd, 4, Direction.Both, 1)))!);
        Assert.Empty((await queries.PathsAsync(new PathQuery(SyntheticGraph.PlantedPathStart, SyntheticGraph.ActorId(0), 6, Direction.Both, 1)))!);
    }

    [Fact]
    public async Task ThePlantedHubHasExactlyItsLeaves()
    {
        var queries = new GraphQueries(loaded.Store);
        var ranked = await queries.CentralityAsync(CentralityMeasure.Degree, "Alliance", int.MaxValue);
        Assert.Equal(loaded.Options.HubLeaves, ranked.Single(node => node.Id == SyntheticGraph.PlantedHub).Score);
        var neighbourhood = await queries.NeighborhoodAsync(new NeighborhoodQuery(SyntheticGraph.PlantedHub, 3, Direction.Both, 1000));
        Assert.Equal(loaded.Options.HubLeaves + 1, neighbourhood!.Nodes.Count);
        Assert.Equal(loaded.Options.HubLeaves, neighbourhood.Edges.Count);
        Assert.False(neighbourhood.Truncated);
    }

    [Fact]
    public async Task TheStoreHoldsTheGraphAsGenerated()
    {
        var stats = await new GraphQueries(loaded.Store).StatsAsync();
        Assert.Equal(loaded.Options.NodeCount, stats.NodeCount);
        Assert.Equal(loaded.Options.Relations, stats.RelationCount);
        Assert.True(stats.Degree.Max > 10 * stats.Degree.Median, $"max {stats.Degree.Max}, median {stats.Degree.Median}");
    }

    private static (string, string, string) Ends(Relation relation) => (relation.Type, relation.From, relation.To);

    private static readonly EqualityComparer<Node> NodeComparer = EqualityComparer<Node>.Create(
        (a, b) => a!.Id == b!.Id && a.Kind == b.Kind && a.Name == b.Name && a.Date == b.Date && a.Country == b.Country,
        node => node.Id.GetHashCode(StringComparison.Ordinal));

    /// <summary>A 10,000-relation graph loaded once into a temporary embedded store through its bulk write.</summary>
    public sealed class LoadedGraph : IAsyncLifetime
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("geograph-synthetic-").FullName;

        public SyntheticGraphOptions Options { get; } = new() { Actors = 1_000, Relations = 10_000, Seed = 42, HubLeaves = 40 };

        public SqliteGraphStore Store { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, "synthetic.db") });
            await Store.InitializeAsync();
            foreach (var batch in SyntheticGraph.Generate(Options))
                await Store.UpsertAsync(batch);
        }

        public Task DisposeAsync()
        {
            Store.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
            return Task.CompletedTask;
        }
    }
}
