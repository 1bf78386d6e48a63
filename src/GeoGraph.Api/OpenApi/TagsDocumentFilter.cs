using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeoGraph.Api.OpenApi;

/// <summary>Describes every tag the operations use, in the order Swagger UI shows them.</summary>
internal sealed class TagsDocumentFilter : IDocumentFilter
{
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Actors", "People, governments, organisations and other actors."),
        ("Events", "Meetings, statements, agreements and other dated events."),
        ("Claims", "What actors asserted, and the claims that contradict each other."),
        ("Resources", "Minerals, money, infrastructure and other resources at stake."),
        ("Places", "Countries, regions and sites."),
        ("Nodes", "Any node by id, whatever its category, and its relations."),
        ("Relations", "Typed, dated, sourced links between two nodes."),
        ("Search", "Full-text search over names, aliases and descriptions."),
        ("Graph", "Neighbourhoods, paths, centrality, statistics and the timeline."),
        ("Deals", "The drafts of a deal and what changed between them."),
        ("Cypher", "Read-only Cypher queries over the graph."),
        ("Sources", "The articles and documents every fact cites."),
        ("Export", "The graph, or a filtered part of it, as NDJSON, GraphML, CSV or a Cypher script, streamed."),
        ("Import", "Sources, nodes and relations in bulk, all or nothing, with a report."),
        ("Keys", "API keys and their scopes (admin only)."),
        ("Vocabulary", "The node kinds, relation types and stances the graph accepts."),
        (HealthPathsDocumentFilter.Tag, "Liveness and readiness probes."),
    ];

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var used = document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(tag => tag.Name).ToHashSet();
        var undescribed = used.Except(Tags.Select(tag => tag.Name)).ToList();
        if (undescribed.Count > 0)
            throw new InvalidOperationException($"Describe the OpenAPI tags {string.Join(", ", undescribed)} in {nameof(TagsDocumentFilter)}.");
        document.Tags = new HashSet<OpenApiTag>(Tags.Where(tag => used.Contains(tag.Name)).Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description }));
    }
}
