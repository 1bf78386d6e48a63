using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Api.Analysis;
using GeoGraph.Api.Validation;
using GeoGraph.Core.Analysis;
using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Seed;
using GeoGraph.Core.Topology;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeoGraph.Api.OpenApi;

/// <summary>
/// Gives Swagger UI examples taken from the seed graph: the ids to try in each route and what the
/// responses look like for them, so "Try it out" works on a freshly started service.
/// </summary>
internal sealed class SeedExamplesFilter : IOperationFilter
{
    private static readonly GraphDocument Seed = SeedDocument.LoadEmbedded();

    private static readonly Dictionary<NodeCategory, Node> NodeOf = Enum.GetValues<NodeCategory>()
        .ToDictionary(category => category, category => Seed.Nodes.First(node => node.Category == category));

    private static readonly Node Zelensky = Seed.Nodes.Single(node => node.Id == "volodymyr-zelensky");

    private static readonly GraphSnapshot SeedSnapshot = GraphSnapshot.Of(Seed);

    private static readonly SourceSummary SeedSummary = new(Seed.Sources[0],
        Seed.Nodes.Count(node => node.Provenance.Source == Seed.Sources[0].Id), Seed.Relations.Count(relation => relation.Provenance.Source == Seed.Sources[0].Id));

    private static readonly Relation Accusation = Seed.Relations.First(relation => relation is { Type: "ACCUSED", From: "donald-trump", To: "volodymyr-zelensky" });

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var (id, example) = ExampleFor(operation.OperationId ?? "");
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name == "id" && id is not null)
                parameter.Example = JsonValue.Create(id);
        }
        if (example is not null && operation.Responses?.FirstOrDefault(response => response.Key.StartsWith('2')).Value is OpenApiResponse ok
            && ok.Content?.TryGetValue("application/json", out var content) == true && content is OpenApiMediaType media)
        {
            media.Example = JsonSerializer.SerializeToNode(example, GraphJson.Options);
        }
    }

    private static (string? Id, object? Example) ExampleFor(string operationId) => operationId switch
    {
        "GetAnyNode" => (Zelensky.Id, Zelensky),
        "GetNodeRelations" => (Zelensky.Id, new PageResponse<NodeRelation>([new NodeRelation(Direction.In, Accusation, Seed.Nodes.Single(node => node.Id == Accusation.From))], null)),
        "GetRelation" or "DeleteRelation" => (Accusation.Id, Accusation),
        "ListRelations" => (null, new PageResponse<Relation>([Accusation], null)),
        "GetSource" => (Seed.Sources[0].Id, SeedSummary),
        "ListSources" => (null, new PageResponse<SourceSummary>([SeedSummary], null)),
        "ListSourceNodes" => (Seed.Sources[0].Id, new PageResponse<Node>([Zelensky], null)),
        "ListSourceRelations" => (Seed.Sources[0].Id, new PageResponse<Relation>([Accusation], null)),
        "GetDealDrafts" => ("minerals-deal", null),
        "GetNeighborhood" => (Zelensky.Id, CytoscapeElements.Of(Neighborhood.Explore(SeedSnapshot, new NeighborhoodQuery(Zelensky.Id, 1, Direction.In, 3) { Types = ["ACCUSED", "CRITICIZED"] })!)),
        "GetStats" => (null, GraphStatistics.Compute(SeedSnapshot)),
        _ when CategoryOperation(operationId) is { } category && operationId.StartsWith("List", StringComparison.Ordinal) =>
            (null, new PageResponse<Node>([NodeOf[category]], null)),
        _ when CategoryOperation(operationId) is { } category => (NodeOf[category].Id, NodeOf[category]),
        _ => (null, null),
    };

    // "GetActor", "ListEvents", "DeleteClaim"… name the category of the collection they serve.
    private static NodeCategory? CategoryOperation(string operationId) =>
        Enum.GetValues<NodeCategory>().Cast<NodeCategory?>()
            .FirstOrDefault(category => operationId.EndsWith(category.ToString()!, StringComparison.Ordinal) || operationId.EndsWith(category + "s", StringComparison.Ordinal));
}
