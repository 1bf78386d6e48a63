using System.Diagnostics;
using System.Text.Json;
using GeoGraph.Api.Problems;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Keys;
using GeoGraph.Core.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Cypher;

/// <summary>
/// <c>POST /api/cypher</c>: read-only Cypher for data scientists, on stores that speak Cypher. The request
/// validator runs <see cref="GeoGraph.Core.Cypher.CypherReadGuard"/> first, so refused text never reaches a store.
/// </summary>
public static class CypherEndpoints
{
    public static IHostApplicationBuilder AddCypherEndpoint(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CypherOptions>().BindConfiguration(CypherOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    public static IEndpointRouteBuilder MapCypher(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/cypher").WithTags("Cypher").WithValidation()
            .MapPost("/", RunCypher).WithName(nameof(RunCypher)).RequireAuthorization(ApiKeyScopes.Cypher)
            .WithSummary("Runs one read-only Cypher statement on Neo4j")
            .WithDescription("Returns columns and rows; nodes, relationships and paths come as documented JSON objects. A read-only allow-list (MATCH, OPTIONAL MATCH, WHERE, WITH, RETURN, UNWIND, ORDER BY, SKIP, LIMIT, UNION, CALL { } subqueries, CALL db.labels() and a few other schema procedures) is checked before any store is asked: anything else, and several statements, is refused with 400 naming the clause. Rows are capped (truncated: true) and queries time out. On the embedded store, allowed reads answer 501, with how to start Neo4j.")
            .ProducesProblem(StatusCodes.Status501NotImplemented)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
        return app;
    }

    public static async Task<Results<Ok<CypherResult>, ValidationProblem, ProblemHttpResult>> RunCypher(
        CypherRequest request, IServiceProvider services, IOptions<CypherOptions> options, CancellationToken cancellationToken)
    {
        if (services.GetService<ICypherReader>() is not { } reader)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status501NotImplemented, title: "Cypher needs the Neo4j store",
                detail: "This service runs on the embedded store, which does not run Cypher. Start Neo4j with `docker compose up` (see the README), " +
                        "or run the service with Store:Provider=Neo4j and Store:Neo4j:Uri pointing at a Neo4j 5.26+ server.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await reader.ReadAsync(request.Query!, request.Parameters ?? new Dictionary<string, JsonElement>(), options.Value.MaxRows, timeout.Token);
            GraphTelemetry.RecordCypher(started, "ok", result.Rows.Count);
            return TypedResults.Ok(result);
        }
        catch (CypherQueryException refused)
        {
            GraphTelemetry.RecordCypher(started, "refused");
            return ApiProblems.Invalid("query", $"Neo4j refused the query ({refused.Code}): {refused.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            GraphTelemetry.RecordCypher(started, "timeout");
            return TooLong($"The query ran for more than {options.Value.Timeout.TotalSeconds:0} s and was abandoned; narrow it or add a LIMIT.");
        }
        catch (TimeoutException stopped)
        {
            GraphTelemetry.RecordCypher(started, "timeout");
            return TooLong($"{stopped.Message} Narrow the query or add a LIMIT.");
        }
    }

    private static ProblemHttpResult TooLong(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status504GatewayTimeout, title: "The query took too long", detail: detail);
}
