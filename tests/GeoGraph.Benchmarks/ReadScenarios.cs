namespace GeoGraph.Benchmarks;

/// <summary>
/// The read requests of the load modes. A scenario is one route, or <c>mix</c>: each request draws a route by
/// <see cref="MixWeights"/>, cheap 1-hop reads most, so the mix looks like an explorer UI rather than a batch job.
/// </summary>
internal static class ReadScenarios
{
    public const string Mix = "mix";

    private static readonly (string Route, int Weight)[] MixWeights =
    [
        ("neighborhood1", 40), ("neighborhood2", 10), ("paths", 20), ("stats", 10), ("centrality", 10), ("timeline", 10),
    ];

    private static readonly int MixTotal = MixWeights.Sum(entry => entry.Weight);

    public static IReadOnlyList<string> Routes { get; } = ["neighborhood1", "neighborhood2", "paths", "baseline", "stats", "centrality", "timeline"];

    public static IReadOnlyList<string> Names { get; } = [.. Routes, Mix];

    /// <summary>The route of the scenario's next request (the scenario itself unless it is the mix) and its URL.</summary>
    public static (string Route, Uri Url) Next(string scenario, IReadOnlyList<string> ids, Random random)
    {
        var route = scenario == Mix ? DrawFromMix(random) : scenario;
        return (route, Url(route, ids, random));
    }

    public static Uri Neighborhood1(string id) => new($"/api/graph/neighborhood/{id}?depth=1", UriKind.Relative);

    private static Uri Url(string route, IReadOnlyList<string> ids, Random random)
    {
        var id = ids[random.Next(ids.Count)];
        return route switch
        {
            "neighborhood1" => Neighborhood1(id),
            "neighborhood2" => new($"/api/graph/neighborhood/{id}?depth=2&limit=500", UriKind.Relative),
            "paths" => new($"/api/graph/paths?from={id}&to={Other(ids, random, id)}&maxHops=6", UriKind.Relative),
            "baseline" => new("/health/live", UriKind.Relative),
            "stats" => new("/api/graph/stats", UriKind.Relative),
            "centrality" => new("/api/graph/centrality?measure=degree", UriKind.Relative),
            "timeline" => new($"/api/timeline?actor={id}&limit=20", UriKind.Relative),
            _ => throw new ArgumentOutOfRangeException(nameof(route), route, "not a read route"),
        };
    }

    private static string DrawFromMix(Random random)
    {
        var draw = random.Next(MixTotal);
        foreach (var (route, weight) in MixWeights)
        {
            if (draw < weight)
                return route;
            draw -= weight;
        }
        throw new InvalidOperationException("unreachable: the draw is below the total weight");
    }

    /// <summary>A random id other than <paramref name="id"/>.</summary>
    public static string Other(IReadOnlyList<string> ids, Random random, string id)
    {
        while (true)
        {
            var other = ids[random.Next(ids.Count)];
            if (other != id)
                return other;
        }
    }
}
