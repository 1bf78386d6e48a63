using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Api.Analysis;
using GeoGraph.Api.Auth;
using GeoGraph.Api.Nodes;
using GeoGraph.Api.Problems;
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

    private static readonly Relation Contradiction = Seed.Relations.First(relation => relation.Type == "CONTRADICTS");

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var category = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<NodeCategoryMetadata>().FirstOrDefault()?.Category;
        var (id, example) = category is { } known ? NodeExampleFor(operation.OperationId ?? "", known) : ExampleFor(operation.OperationId ?? "");
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name == "id" && id is not null)
                parameter.Example = JsonValue.Create(id);
        }
        if (example is not null && operation.Responses?.FirstOrDefault(response => response.Key.StartsWith('2')).Value is OpenApiResponse ok)
            SetExample(ok.Content, example);
        if (RequestFor(operation.OperationId ?? "", category) is { } request)
            SetExample(operation.RequestBody?.Content, request);
    }

    private static void SetExample(IDictionary<string, IOpenApiMediaType>? content, object example)
    {
        if (content?.TryGetValue("application/json", out var media) == true && media is OpenApiMediaType concrete)
            concrete.Example = JsonSerializer.SerializeToNode(example, GraphJson.Options);
    }

    private static (string? Id, object? Example) ExampleFor(string operationId) => operationId switch
    {
        "GetAnyNode" => (Zelensky.Id, Zelensky),
        "GetNodeRelations" => (Zelensky.Id, new PageResponse<NodeRelation>([new NodeRelation(Direction.In, Accusation, NodeById(Accusation.From))], null)),
        "GetRelation" or "DeleteRelation" => (Accusation.Id, Accusation),
        "ListRelations" => (null, new PageResponse<Relation>([Accusation], null)),
        "CreateRelation" => (null, RequestExamples.NewRelation.ToRelation() with { WrittenBy = ApiKeyAuthenticationHandler.AdminId }),
        "GetSource" => (Seed.Sources[0].Id, SeedSummary),
        "ListSources" => (null, new PageResponse<SourceSummary>([SeedSummary], null)),
        "CreateSource" => (null, RequestExamples.NewSource.ToSource() with { WrittenBy = ApiKeyAuthenticationHandler.AdminId }),
        "ListSourceNodes" => (Seed.Sources[0].Id, new PageResponse<Node>([Zelensky], null)),
        "ListSourceRelations" => (Seed.Sources[0].Id, new PageResponse<Relation>([Accusation], null)),
        "GetDealDrafts" => ("minerals-deal", null),
        "GetDisputedClaims" => (null, new[] { new Dispute(Contradiction, SideOf(Contradiction.From), SideOf(Contradiction.To)) }),
        "GetNeighborhood" => (Zelensky.Id, CytoscapeElements.Of(Neighborhood.Explore(SeedSnapshot, new NeighborhoodQuery(Zelensky.Id, 1, Direction.In, 3) { Types = ["ACCUSED", "CRITICIZED"] })!)),
        "GetStats" => (null, GraphStatistics.Compute(SeedSnapshot)),
        _ => (null, null),
    };

    // The routes of a node collection, told apart by the verb their name starts with.
    private static (string? Id, object? Example) NodeExampleFor(string operationId, NodeCategory category) => operationId switch
    {
        _ when operationId.StartsWith("List", StringComparison.Ordinal) => (null, new PageResponse<Node>([NodeOf[category]], null)),
        _ when operationId.StartsWith("Create", StringComparison.Ordinal) => (null, RequestExamples.NewNodes[category].ToNode() with { WrittenBy = ApiKeyAuthenticationHandler.AdminId }),
        _ => (NodeOf[category].Id, NodeOf[category]),
    };

    private static object? RequestFor(string operationId, NodeCategory? category) => (operationId, category) switch
    {
        (_, { } known) when operationId.StartsWith("Create", StringComparison.Ordinal) => RequestExamples.NewNodes[known],
        (_, { } known) when operationId.StartsWith("Replace", StringComparison.Ordinal) => NodeInput.Of(NodeOf[known]), // resending a seed node unchanged succeeds
        ("CreateRelation", _) => RequestExamples.NewRelation,
        ("CreateSource", _) => RequestExamples.NewSource,
        ("CreateKey", _) => RequestExamples.NewKey,
        ("RunCypher", _) => RequestExamples.Query,
        ("ImportGraph", _) => RequestExamples.Reimport,
        _ => null,
    };

    private static Node NodeById(string id) => Seed.Nodes.Single(node => node.Id == id);

    private static ClaimSide SideOf(string claimId) => new(NodeById(claimId),
        [.. Seed.Relations.Where(relation => relation is { Type: "CLAIMED" } && relation.To == claimId).Select(relation => NodeRef.Of(NodeById(relation.From)))]);
}
