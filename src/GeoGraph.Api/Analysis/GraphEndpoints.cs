using GeoGraph.Api.Http;
using GeoGraph.Api.Problems;
using GeoGraph.Core.Analysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Analysis;

/// <summary>Graph queries: neighbourhoods, paths, timelines, disputed claims, deal drafts, centrality and statistics.</summary>
public static class GraphEndpoints
{
    public static IHostApplicationBuilder AddGraphQueries(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GraphQueries>();
        return builder;
    }

    public static IEndpointRouteBuilder MapGraphQueries(this IEndpointRouteBuilder app)
    {
        var graph = app.MapGroup("/api/graph").WithTags("Graph").WithValidation().WithSnapshotETag();
        graph.MapGet("/neighborhood/{id}", GetNeighborhood).WithName(nameof(GetNeighborhood))
            .WithSummary("The ego network of a node, as Cytoscape elements")
            .WithDescription("Nodes within depth hops and the relations between them, shaped {nodes:[{data}], edges:[{data}]} for drawing. A per-hop cap keeps hubs bounded; 'truncated' says when nodes were cut.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        graph.MapGet("/paths", GetPaths).WithName(nameof(GetPaths))
            .WithSummary("Shortest paths between two nodes")
            .WithDescription("The shortest path, or up to k shortest simple paths, within maxHops, with every node and relation on them. Empty when no path exists within maxHops.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        graph.MapGet("/centrality", GetCentrality).WithName(nameof(GetCentrality))
            .WithSummary("Nodes ranked by degree, PageRank or betweenness")
            .WithDescription("PageRank follows relation directions (damping 0.85). Betweenness treats relations as undirected connections (parallel relations count once) and is exact up to 5,000 nodes, estimated from 256 sampled sources above that (approximate: true).");
        graph.MapGet("/stats", GetStats).WithName(nameof(GetStats))
            .WithSummary("Counts by node kind and relation type, and the degree distribution")
            .WithDescription("Computed on the current snapshot of the whole graph.");

        app.MapGroup("/api/timeline").WithTags("Graph").WithValidation().WithSnapshotETag()
            .MapGet("/", GetTimeline).WithName(nameof(GetTimeline))
            .WithSummary("Events in date order, with participants, statements and what each is about")
            .WithDescription("Dates keep their precision: a month sorts before the days inside it. With actor and with: the events both take part in, and the relations between them over time with their stance. Undated events are left out.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGroup("/api/claims").WithTags("Claims").WithValidation().WithSnapshotETag()
            .MapGet("/disputed", GetDisputedClaims).WithName(nameof(GetDisputedClaims))
            .WithSummary("Claims that contradict each other, side by side with who made each")
            .WithDescription("One entry per CONTRADICTS relation between two claims: the relation, then each claim with the actors that CLAIMED it.");
        app.MapGroup("/api/deals").WithTags("Deals").WithValidation().WithSnapshotETag()
            .MapGet("/{id}/drafts", GetDealDrafts).WithName(nameof(GetDealDrafts))
            .WithSummary("The lineage of a deal's drafts, with their terms and what changed")
            .WithDescription("Drafts (DealDraft nodes PART_OF the deal) oldest first along SUPERSEDES, each with who presented, accepted or rejected it and the terms added, dropped or changed since the draft before. Given a draft id, that draft's lineage.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<CytoscapeElements>, ProblemHttpResult>> GetNeighborhood(
        string id, [AsParameters] NeighborhoodParameters parameters, GraphQueries queries, CancellationToken cancellationToken) =>
        await queries.NeighborhoodAsync(parameters.ToQuery(id), cancellationToken) is { } subgraph
            ? TypedResults.Ok(CytoscapeElements.Of(subgraph))
            : ApiProblems.NotFound("node", id);

    public static async Task<Results<Ok<PathsResponse>, ProblemHttpResult>> GetPaths(
        [AsParameters] PathParameters parameters, GraphQueries queries, CancellationToken cancellationToken)
    {
        var query = parameters.ToQuery();
        return await queries.PathsAsync(query, cancellationToken) is { } paths
            ? TypedResults.Ok(new PathsResponse(query.From, query.To, paths))
            : ApiProblems.NotFound("node", await queries.FirstUnknownAsync([query.From, query.To], cancellationToken) ?? query.From);
    }

    public static async Task<Ok<CentralityResponse>> GetCentrality(
        [AsParameters] CentralityParameters parameters, GraphQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CentralityResponse(parameters.MeasureValue.ToString().ToLowerInvariant(),
            await queries.CentralityAsync(parameters.MeasureValue, parameters.Kind, parameters.TopValue, cancellationToken)));

    public static async Task<Ok<GraphStats>> GetStats(GraphQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.StatsAsync(cancellationToken));

    public static async Task<Results<Ok<Timeline>, ProblemHttpResult>> GetTimeline(
        [AsParameters] TimelineParameters parameters, GraphQueries queries, CancellationToken cancellationToken) =>
        await queries.TimelineAsync(parameters.ToQuery(), cancellationToken) is { } timeline
            ? TypedResults.Ok(timeline)
            : ApiProblems.NotFound("node", await queries.FirstUnknownAsync([parameters.Actor, parameters.With], cancellationToken) ?? parameters.Actor!);

    public static async Task<Ok<IReadOnlyList<Dispute>>> GetDisputedClaims(GraphQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.DisputedClaimsAsync(cancellationToken));

    public static async Task<Results<Ok<IReadOnlyList<DraftEntry>>, ProblemHttpResult>> GetDealDrafts(
        string id, GraphQueries queries, CancellationToken cancellationToken) =>
        await queries.DraftLineageAsync(id, cancellationToken) is { } drafts
            ? TypedResults.Ok(drafts)
            : ApiProblems.NotFound("deal", id);
}

public sealed record PathsResponse(string From, string To, IReadOnlyList<GraphPath> Paths);

public sealed record CentralityResponse(string Measure, IReadOnlyList<RankedNode> Nodes);
