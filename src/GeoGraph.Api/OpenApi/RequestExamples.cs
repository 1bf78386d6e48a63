using GeoGraph.Api.Cypher;
using GeoGraph.Api.Keys;
using GeoGraph.Api.Nodes;
using GeoGraph.Api.Relations;
using GeoGraph.Api.Sources;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Seed;

namespace GeoGraph.Api.OpenApi;

/// <summary>
/// Request bodies that succeed as Swagger UI sends them on the seeded service: new records under ids the seed does
/// not use, citing the seed's source and joining nodes the seed has; replacements that resend a seed node as it is.
/// </summary>
internal static class RequestExamples
{
    private static readonly GraphDocument Seed = SeedDocument.LoadEmbedded();

    private static readonly ProvenanceInput Article = new()
    {
        Source = Seed.Sources[0].Id,
        Passage = "the Kiel Institute, a German think tank, estimates the actual figure at $119 billion",
    };

    /// <summary>A new node of each category.</summary>
    public static IReadOnlyDictionary<NodeCategory, NodeInput> NewNodes { get; } = new Dictionary<NodeCategory, NodeInput>
    {
        [NodeCategory.Actor] = new() { Id = "kyiv-school-of-economics", Kind = "ThinkTank", Name = "Kyiv School of Economics", Aliases = ["KSE"], Country = "Ukraine", Description = "Economics school and think tank in Kyiv.", Provenance = Article },
        [NodeCategory.Event] = new() { Id = "kiel-aid-tracker-update-2025-02", Kind = "Report", Name = "Kiel Institute aid tracker update", Date = "2025-02", Description = "The Kiel Institute's estimate of US aid to Ukraine.", Provenance = Article },
        [NodeCategory.Claim] = new() { Id = "kiel-us-aid-119-billion-claim", Kind = "FigureClaim", Name = "Kiel Institute: US aid to Ukraine is about $119 billion", Date = "2025-02", Provenance = Article },
        [NodeCategory.Resource] = new() { Id = "manganese", Kind = "Mineral", Name = "Manganese", Description = "A metal Ukraine holds reserves of.", Provenance = Article },
        [NodeCategory.Place] = new() { Id = "kiel", Kind = "City", Name = "Kiel", Description = "German city, home of the Kiel Institute.", Provenance = Article },
    };

    public static RelationInput NewRelation { get; } = new()
    {
        Type = "CRITICIZED",
        From = "kiel-institute",
        To = "donald-trump",
        Date = "2025-03",
        Stance = "hostile",
        Provenance = Article,
    };

    public static SourceInput NewSource { get; } = new()
    {
        Id = "bbc-2025-03-semko-interview",
        Title = "Interview with the director of the Zavallya graphite quarry",
        Published = "2025-03",
        Outlets = ["BBC"],
    };

    public static KeyInput NewKey { get; } = new() { Name = "analyst notebook", Scopes = ["read", "cypher"] };

    public static CypherRequest Query { get; } = new()
    {
        Query = "MATCH (a:Node {id: $id})-[r]-(b:Node) RETURN type(r) AS relation, b.name AS other ORDER BY relation LIMIT 10",
        Parameters = new Dictionary<string, System.Text.Json.JsonElement> { ["id"] = System.Text.Json.JsonSerializer.SerializeToElement("volodymyr-zelensky") },
    };

    /// <summary>A slice of the seed (its first relation, both ends and the source): importing it again changes nothing.</summary>
    public static GraphDocument Reimport { get; } = SliceOfSeed();

    private static GraphDocument SliceOfSeed()
    {
        var relation = Seed.Relations[0];
        return new GraphDocument
        {
            Sources = [.. Seed.Sources.Where(source => source.Id == relation.Provenance.Source)],
            Nodes = [.. Seed.Nodes.Where(node => node.Id == relation.From || node.Id == relation.To)],
            Relations = [relation],
        };
    }
}
