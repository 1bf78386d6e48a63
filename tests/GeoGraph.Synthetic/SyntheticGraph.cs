using System.Globalization;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

namespace GeoGraph.Synthetic;

/// <summary>
/// Builds large, valid, reproducible graphs for benchmarks and tests, in batches so that a million
/// relations never sit in memory at once.
/// </summary>
/// <remarks>
/// <para><b>Shape.</b> One source, <see cref="SourceId"/>, which every node and relation cites with a short passage.
/// Nodes of every category: <see cref="SyntheticGraphOptions.Actors"/> actors, and by default half as many events,
/// a tenth as many claims, a few resources and places (see <see cref="SyntheticGraphOptions"/>), with kinds drawn
/// by fixed weights (persons, companies and government bodies most; meetings and statements most). Random nodes
/// have ids <c>actor-{i}</c>, <c>event-{i}</c>, <c>claim-{i}</c>, <c>resource-{i}</c>, <c>place-{i}</c> (i from 0)
/// and invented two-word names; random relations have ids <c>rel-{i}</c>.</para>
/// <para><b>Relations.</b> Each random relation first draws a pattern (say actor PARTICIPATED_IN event, actor
/// SUPPORTS actor, event OCCURRED_AT place) by fixed weights, then its two ends by preferential attachment:
/// with probability <see cref="UniformShare"/> a uniformly random node of the category, otherwise the end of an
/// earlier relation in that category, so a node is picked in proportion to its degree so far. Degrees follow a
/// power law (a few hubs with thousands of relations, most nodes with a handful). No relation joins a node to
/// itself. Most events, and many relations, carry dates at day, month or year precision (1995-2025); lasting
/// relations (MEMBER_OF, HOLDS_OFFICE_IN, LEADS, CONTROLS) carry <c>validFrom</c>; tone-bearing ones a stance.</para>
/// <para><b>Planted structures</b>, whose answers are known by construction (all are actors, counted in
/// <see cref="SyntheticGraphOptions.Actors"/> and <see cref="SyntheticGraphOptions.Relations"/>):</para>
/// <list type="bullet">
/// <item>A chain <c>planted-path-0</c> SUPPORTS <c>planted-path-1</c> SUPPORTS … SUPPORTS <c>planted-path-5</c>
/// (<see cref="PlantedPathHops"/> relations, ids <c>planted-path-rel-0</c> … <c>planted-path-rel-4</c>). Its nodes have
/// no other relation, so the one path, and the shortest, from <see cref="PlantedPathStart"/> to
/// <see cref="PlantedPathEnd"/> has exactly 5 hops, and nothing else is reachable from them.</item>
/// <item>A star: <see cref="SyntheticGraphOptions.HubLeaves"/> leaves <c>planted-leaf-{i}</c> (i from 0 to
/// <see cref="SyntheticGraphOptions.HubLeaves"/> − 1), each MEMBER_OF the alliance <see cref="PlantedHub"/> (relation ids
/// <c>planted-hub-rel-{i}</c>). Leaves and hub have no other relation: the hub's degree is exactly
/// <see cref="SyntheticGraphOptions.HubLeaves"/>, and its neighbourhood at any depth is the hub plus its leaves.</item>
/// </list>
/// <para><b>Batches.</b> The first batch holds the source; batches hold nodes (planted ones first) until every
/// node is out, then relations (planted ones first), at most <see cref="SyntheticGraphOptions.BatchSize"/> records
/// each. Loading the batches in order through <see cref="IGraphStore.UpsertAsync"/> never refers to a node or
/// source not yet loaded.</para>
/// </remarks>
public static class SyntheticGraph
{
    public const string SourceId = "synthetic-graph";

    public const int PlantedPathHops = 5;

    public const string PlantedPathStart = "planted-path-0";

    public const string PlantedPathEnd = "planted-path-5";

    public const string PlantedHub = "planted-hub";

    /// <summary>Chance that a relation end is drawn uniformly rather than by degree.</summary>
    public const double UniformShare = 0.4;

    private const string Passage = "Synthetic record generated for benchmarks.";

    private static readonly Provenance SyntheticProvenance = new(SourceId, Passage);

    private static readonly string[] Categories = ["actor", "event", "claim", "resource", "place"];

    private const int ActorPool = 0, EventPool = 1, ClaimPool = 2, ResourcePool = 3, PlacePool = 4;

    private static readonly Weighted<string>[] KindsByPool =
    [
        new([("Person", 40), ("State", 4), ("GovernmentBody", 12), ("InternationalOrganization", 3), ("Alliance", 1), ("Bloc", 1),
             ("Coalition", 1), ("Group", 8), ("Company", 15), ("Fund", 3), ("ThinkTank", 4), ("MediaOutlet", 8)]),
        new([("Meeting", 25), ("Statement", 30), ("DealDraft", 3), ("Agreement", 5), ("Summit", 4), ("PolicyAction", 12),
             ("Report", 8), ("Proposal", 6), ("Conflict", 2), ("MilitaryAction", 3), ("Ceremony", 2)]),
        new([("FigureClaim", 40), ("Assertion", 60)]),
        new([("Mineral", 50), ("Commodity", 30), ("Technology", 20)]),
        new([("Country", 10), ("City", 45), ("Region", 20), ("Building", 15), ("Aircraft", 2), ("Site", 8)]),
    ];

    private enum When
    {
        Undated,
        Dated,
        Lasting,
    }

    private sealed record Pattern(int From, string Type, int To, When When, Stance? Stance = null, string[]? Roles = null);

    private static readonly string[] ParticipantRoles = ["host", "guest", "speaker", "delegate", "observer"];

    private static readonly string[] Offices = ["minister", "president", "ambassador", "adviser", "chair", "envoy"];

    private static readonly Weighted<Pattern> Patterns = new(
    [
        (new(ActorPool, "SUPPORTS", ActorPool, When.Dated, Stance.Cooperative), 6),
        (new(ActorPool, "OPPOSES", ActorPool, When.Dated, Stance.Hostile), 3),
        (new(ActorPool, "CRITICIZED", ActorPool, When.Dated, Stance.Hostile), 4),
        (new(ActorPool, "ACCUSED", ActorPool, When.Dated, Stance.Hostile), 2),
        (new(ActorPool, "THREATENED", ActorPool, When.Dated, Stance.Hostile), 1),
        (new(ActorPool, "NEGOTIATES_WITH", ActorPool, When.Dated, Stance.Neutral), 4),
        (new(ActorPool, "MEMBER_OF", ActorPool, When.Lasting), 6),
        (new(ActorPool, "LEADS", ActorPool, When.Lasting), 2),
        (new(ActorPool, "HOLDS_OFFICE_IN", ActorPool, When.Lasting, null, Offices), 3),
        (new(ActorPool, "PARTICIPATED_IN", EventPool, When.Dated, null, ParticipantRoles), 22),
        (new(ActorPool, "SAID", EventPool, When.Dated), 5),
        (new(ActorPool, "INITIATED", EventPool, When.Dated), 3),
        (new(ActorPool, "PROPOSED", EventPool, When.Dated), 2),
        (new(ActorPool, "PRESENTED", EventPool, When.Dated), 1),
        (new(ActorPool, "ACCEPTED", EventPool, When.Dated, Stance.Cooperative), 1),
        (new(ActorPool, "REJECTED", EventPool, When.Dated, Stance.Hostile), 1),
        (new(ActorPool, "DEMANDED", EventPool, When.Dated), 1),
        (new(ActorPool, "EXCLUDED_FROM", EventPool, When.Dated), 0.5),
        (new(ActorPool, "CLAIMED", ClaimPool, When.Dated), 5),
        (new(ActorPool, "SEEKS", ResourcePool, When.Undated), 1),
        (new(ActorPool, "HAS_RESOURCE", ResourcePool, When.Undated), 1),
        (new(ActorPool, "CONTROLS", PlacePool, When.Lasting), 1),
        (new(EventPool, "TARGETS", ActorPool, When.Undated), 2),
        (new(EventPool, "REPORTED_BY", ActorPool, When.Dated), 3),
        (new(EventPool, "ABOUT", ActorPool, When.Undated), 3),
        (new(EventPool, "FOLLOWED", EventPool, When.Dated), 3),
        (new(EventPool, "RESULTED_IN", EventPool, When.Undated), 2),
        (new(EventPool, "PART_OF", EventPool, When.Undated), 2),
        (new(EventPool, "SUPERSEDES", EventPool, When.Dated), 0.5),
        (new(EventPool, "OCCURRED_AT", PlacePool, When.Undated), 5),
        (new(EventPool, "COVERS", ResourcePool, When.Undated), 1),
        (new(ClaimPool, "CONTRADICTS", ClaimPool, When.Undated), 0.5),
        (new(ClaimPool, "ABOUT", ActorPool, When.Undated), 2),
        (new(ResourcePool, "ENABLES", ResourcePool, When.Undated), 0.3),
        (new(ResourcePool, "LOCATED_IN", PlacePool, When.Undated), 0.5),
        (new(PlacePool, "LOCATED_IN", PlacePool, When.Undated), 1),
    ]);

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mir", "ta", "ven", "ro", "sa", "dri", "no", "vel", "an", "es", "tor", "li", "ga", "ber", "u", "zan",
        "qui", "mo", "rek", "ha", "sol", "pe", "dun", "ria", "ko", "fel", "im", "ost", "ya", "cen", "ba", "wen", "lu", "dor",
    ];

    /// <summary>Id of the i-th random actor (0 ≤ i &lt; <see cref="SyntheticGraphOptions.RandomActors"/>).</summary>
    public static string ActorId(int index) => Id(ActorPool, index);

    public static string EventId(int index) => Id(EventPool, index);

    /// <summary>Id of the i-th node of the planted chain (0 to <see cref="PlantedPathHops"/>).</summary>
    public static string PlantedPathNode(int index) => string.Create(CultureInfo.InvariantCulture, $"planted-path-{index}");

    public static string PlantedLeaf(int index) => string.Create(CultureInfo.InvariantCulture, $"planted-leaf-{index}");

    /// <summary>The graph, as batches to load in order. Generation is lazy: each batch is built when enumerated.</summary>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public static IEnumerable<GraphDocument> Generate(SyntheticGraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Batches(options);
    }

    /// <summary>The whole graph as one document; for small graphs (tests).</summary>
    public static GraphDocument GenerateDocument(SyntheticGraphOptions options)
    {
        var batches = Generate(options).ToList();
        return new GraphDocument
        {
            Sources = [.. batches.SelectMany(batch => batch.Sources)],
            Nodes = [.. batches.SelectMany(batch => batch.Nodes)],
            Relations = [.. batches.SelectMany(batch => batch.Relations)],
        };
    }

    private static IEnumerable<GraphDocument> Batches(SyntheticGraphOptions options)
    {
        var random = new SyntheticRandom(options.Seed);
        yield return new GraphDocument
        {
            Sources =
            [
                new Source
                {
                    Id = SourceId,
                    Title = string.Create(CultureInfo.InvariantCulture,
                        $"Synthetic graph: {options.Actors} actors, {options.Relations} relations, seed {options.Seed}"),
                    Description = "Generated by GeoGraph.Synthetic.SyntheticGraph for benchmarks and tests; no real-world facts.",
                },
            ],
        };
        var countries = Enumerable.Range(0, 40).Select(_ => InventName(random, 2, 3)).ToArray();
        // Every node is drawn before the first relation: the relations' draws follow the nodes' on one generator.
        foreach (var nodes in PlantedNodes(options).Concat(RandomNodes(options, random, countries)).Chunk(options.BatchSize))
            yield return new GraphDocument { Nodes = nodes };
        foreach (var relations in PlantedRelations(options).Concat(RandomRelations(options, random)).Chunk(options.BatchSize))
            yield return new GraphDocument { Relations = relations };
    }

    private static IEnumerable<Node> PlantedNodes(SyntheticGraphOptions options)
    {
        for (var i = 0; i <= PlantedPathHops; i++)
        {
            yield return new Node
            {
                Id = PlantedPathNode(i),
                Kind = "Group",
                Name = string.Create(CultureInfo.InvariantCulture, $"Planted Path Link {i}"),
                Description = "Planted chain: SUPPORTS the next link only.",
                Provenance = SyntheticProvenance,
            };
        }
        yield return new Node
        {
            Id = PlantedHub,
            Kind = "Alliance",
            Name = "Planted Hub Alliance",
            Description = string.Create(CultureInfo.InvariantCulture, $"Planted star: exactly {options.HubLeaves} members, nothing else."),
            Provenance = SyntheticProvenance,
        };
        for (var i = 0; i < options.HubLeaves; i++)
        {
            yield return new Node
            {
                Id = PlantedLeaf(i),
                Kind = "State",
                Name = string.Create(CultureInfo.InvariantCulture, $"Planted Leaf State {i}"),
                Provenance = SyntheticProvenance,
            };
        }
    }

    private static IEnumerable<Relation> PlantedRelations(SyntheticGraphOptions options)
    {
        for (var i = 0; i < PlantedPathHops; i++)
        {
            yield return new Relation
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"planted-path-rel-{i}"),
                Type = "SUPPORTS",
                From = PlantedPathNode(i),
                To = PlantedPathNode(i + 1),
                Stance = Stance.Cooperative,
                Provenance = SyntheticProvenance,
            };
        }
        for (var i = 0; i < options.HubLeaves; i++)
        {
            yield return new Relation
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"planted-hub-rel-{i}"),
                Type = "MEMBER_OF",
                From = PlantedLeaf(i),
                To = PlantedHub,
                ValidFrom = PartialDate.Parse("2020"),
                Provenance = SyntheticProvenance,
            };
        }
    }

    private static IEnumerable<Node> RandomNodes(SyntheticGraphOptions options, SyntheticRandom random, string[] countries)
    {
        int[] counts = [options.RandomActors, options.EventCount, options.ClaimCount, options.ResourceCount, options.PlaceCount];
        for (var pool = 0; pool < counts.Length; pool++)
        {
            for (var i = 0; i < counts[pool]; i++)
            {
                var kind = KindsByPool[pool].Pick(random);
                var name = InventName(random, 2, 2) + " " + InventName(random, 2, 3);
                yield return pool switch
                {
                    ActorPool => new Node
                    {
                        Id = Id(pool, i),
                        Kind = kind,
                        Name = kind == "Person" ? name : $"{name} {Spaced(kind)}",
                        Title = kind == "Person" && random.Chance(0.5) ? random.Pick(Offices) : null,
                        Country = random.Chance(0.7) ? random.Pick(countries) : null,
                        Provenance = SyntheticProvenance,
                    },
                    EventPool or ClaimPool => new Node
                    {
                        Id = Id(pool, i),
                        Kind = kind,
                        Name = $"{Spaced(kind)} on {name}",
                        Date = random.Chance(pool == EventPool ? 0.85 : 0.5) ? RandomDate(random) : null,
                        Quote = kind is "Statement" or "FigureClaim" or "Assertion" && random.Chance(0.3)
                            ? string.Create(CultureInfo.InvariantCulture, $"We stand by {name}, figure {random.Between(1, 999)}.") : null,
                        Provenance = SyntheticProvenance,
                    },
                    _ => new Node
                    {
                        Id = Id(pool, i),
                        Kind = kind,
                        Name = name,
                        Provenance = SyntheticProvenance,
                    },
                };
            }
        }
    }

    private static IEnumerable<Relation> RandomRelations(SyntheticGraphOptions options, SyntheticRandom random)
    {
        int[] counts = [options.RandomActors, options.EventCount, options.ClaimCount, options.ResourceCount, options.PlaceCount];
        var count = options.Relations - options.PlantedRelations;
        // Every end drawn so far, by category: a uniform pick from it is a pick in proportion to degree.
        var ends = new List<int>[Categories.Length];
        for (var pool = 0; pool < ends.Length; pool++)
            ends[pool] = new List<int>(Math.Min(2 * count, 1 << 20));
        for (var i = 0; i < count; i++)
        {
            var pattern = Patterns.Pick(random);
            var from = End(random, ends[pattern.From], counts[pattern.From]);
            var to = End(random, ends[pattern.To], counts[pattern.To]);
            if (pattern.From == pattern.To && from == to)
                to = (to + 1 + random.Next(counts[pattern.To] - 1)) % counts[pattern.To];
            ends[pattern.From].Add(from);
            ends[pattern.To].Add(to);
            var dated = pattern.When == When.Dated ? random.Chance(0.7) : pattern.When == When.Undated && random.Chance(0.1);
            var lasting = pattern.When == When.Lasting && random.Chance(0.6);
            yield return new Relation
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"rel-{i}"),
                Type = pattern.Type,
                From = Id(pattern.From, from),
                To = Id(pattern.To, to),
                Date = dated ? RandomDate(random) : null,
                ValidFrom = lasting ? RandomDate(random) : null,
                Stance = pattern.Stance,
                Role = pattern.Roles is { } roles && random.Chance(0.6) ? random.Pick(roles) : null,
                Provenance = SyntheticProvenance,
            };
        }
    }

    private static int End(SyntheticRandom random, List<int> ends, int count) =>
        ends.Count == 0 || random.Chance(UniformShare) ? random.Next(count) : ends[random.Next(ends.Count)];

    /// <summary>A date between 1995 and 2025: to the day 60% of the time, to the month 30%, to the year 10%.</summary>
    private static PartialDate RandomDate(SyntheticRandom random)
    {
        var year = random.Between(1995, 2025);
        var precision = random.NextDouble();
        if (precision < 0.1)
            return PartialDate.Parse(year.ToString("D4", CultureInfo.InvariantCulture));
        var month = random.Between(1, 12);
        if (precision < 0.4)
            return PartialDate.Parse(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"));
        var day = random.Between(1, DateTime.DaysInMonth(year, month));
        return PartialDate.Parse(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"));
    }

    private static string Id(int pool, int index) => string.Create(CultureInfo.InvariantCulture, $"{Categories[pool]}-{index}");

    private static string InventName(SyntheticRandom random, int minSyllables, int maxSyllables)
    {
        var syllables = random.Between(minSyllables, maxSyllables);
        var name = string.Concat(Enumerable.Range(0, syllables).Select(_ => random.Pick(Syllables)));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary><c>GovernmentBody</c> → <c>Government Body</c>.</summary>
    private static string Spaced(string kind) =>
        string.Concat(kind.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + c : c.ToString()));
}
