using GeoGraph.Api.Problems;
using GeoGraph.Core.Exchange;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Keys;
using GeoGraph.Store.Neo4j.Layout;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Export;

/// <summary>
/// The whole graph, or a filtered part, as a file: streamed from the store as it is written, so memory stays flat.
/// No request timeout (a large export runs as long as it needs); the expensive-route rate limit applies.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/export").WithTags("Export").WithValidation()
            .MapGet("/", ExportGraph).WithName(nameof(ExportGraph)).RequireAuthorization(ApiKeyScopes.Read)
            .WithSummary("Exports the graph as NDJSON, GraphML, CSV (zip) or a Cypher script")
            .WithDescription(
                "format: ndjson (sources, nodes, relations, one record a line, every field: what import reads), graphml (typed keys; networkx, Gephi), " +
                "csv (zip of nodes.csv and relationships.csv with plain headers, for pandas), csv-neo4j (the same with neo4j-admin database import headers), " +
                "cypher (constraints, then UNWIND batches merged on ids, for cypher-shell on an empty Neo4j 5.26). Filters: source, kind, type, from/to " +
                "(dated records overlapping the range; undated ones are kept); a relation is kept only when both its ends are. Needs the read scope.")
            .Produces<string>(StatusCodes.Status200OK, NdjsonRecord.ContentType, [.. ExportFormats.All.Select(format => format.ContentType).Distinct().Skip(1)])
            .DisableRequestTimeout();
        return app;
    }

    public static PushStreamHttpResult ExportGraph([AsParameters] ExportQuery query, IGraphStore store, CancellationToken cancellationToken)
    {
        var format = ExportFormats.Find(query.Format)!;
        var graph = new ExportGraph(store, query.ToFilter());
        return TypedResults.Stream(body => format.WriteAsync(graph, body, cancellationToken), format.ContentType, format.FileName);
    }
}
