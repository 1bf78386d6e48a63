namespace GeoGraph.Synthetic;

/// <summary>
/// What <see cref="SyntheticGraph.Generate"/> builds. The same options always give the same graph,
/// node for node and relation for relation.
/// </summary>
public sealed record SyntheticGraphOptions
{
    /// <summary>
    /// Actor nodes in all, planted ones included (the planted path, the hub and its leaves are actors).
    /// At least <see cref="SyntheticGraph.PlantedPathHops"/> + 2 + <see cref="HubLeaves"/> + 10.
    /// </summary>
    public int Actors { get; init; } = 10_000;

    /// <summary>Relations in all, planted ones included.</summary>
    public int Relations { get; init; } = 100_000;

    /// <summary>Seed of the pseudo-random generator.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>How many leaves the planted star <see cref="SyntheticGraph.PlantedHub"/> has (its exact degree).</summary>
    public int HubLeaves { get; init; } = 64;

    /// <summary>Most nodes, or most relations, in one generated batch.</summary>
    public int BatchSize { get; init; } = 50_000;

    /// <summary>Event nodes; by default half the actors.</summary>
    public int? Events { get; init; }

    /// <summary>Claim nodes; by default a tenth of the actors.</summary>
    public int? Claims { get; init; }

    /// <summary>Resource nodes; by default one per 500 actors, at least 10.</summary>
    public int? Resources { get; init; }

    /// <summary>Place nodes; by default one per 100 actors, at least 10.</summary>
    public int? Places { get; init; }

    /// <summary>Actors that are planted: the path's nodes, the hub and its leaves.</summary>
    public int PlantedActors => SyntheticGraph.PlantedPathHops + 1 + 1 + HubLeaves;

    /// <summary>Relations that are planted: the path's and the star's.</summary>
    public int PlantedRelations => SyntheticGraph.PlantedPathHops + HubLeaves;

    /// <summary>Actors that take part in the random part of the graph, with ids <c>actor-0</c> … <c>actor-{RandomActors - 1}</c>.</summary>
    public int RandomActors => Actors - PlantedActors;

    public int EventCount => Events ?? Actors / 2;

    public int ClaimCount => Claims ?? Actors / 10;

    public int ResourceCount => Resources ?? Math.Max(10, Actors / 500);

    public int PlaceCount => Places ?? Math.Max(10, Actors / 100);

    /// <summary>Every node the graph will hold.</summary>
    public int NodeCount => Actors + EventCount + ClaimCount + ResourceCount + PlaceCount;

    /// <exception cref="ArgumentException">A count is out of range.</exception>
    public void Validate()
    {
        if (HubLeaves < 1)
            throw new ArgumentException("HubLeaves must be at least 1.", nameof(HubLeaves));
        if (RandomActors < 10)
            throw new ArgumentException($"Actors must be at least {PlantedActors + 10} (the planted structures take {PlantedActors}).", nameof(Actors));
        if (Relations < PlantedRelations + 1)
            throw new ArgumentException($"Relations must be at least {PlantedRelations + 1} (the planted structures take {PlantedRelations}).", nameof(Relations));
        if (BatchSize < 1)
            throw new ArgumentException("BatchSize must be at least 1.", nameof(BatchSize));
        if (EventCount < 1 || ClaimCount < 2 || ResourceCount < 2 || PlaceCount < 2)
            throw new ArgumentException("Every category needs nodes: at least 1 event and 2 claims, resources and places.", nameof(Events));
    }
}
