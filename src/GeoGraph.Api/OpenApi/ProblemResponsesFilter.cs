using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeoGraph.Api.OpenApi;

/// <summary>
/// The problems any operation may answer whatever its route: 429 (rate limits), 503 (the store does not answer) and
/// 504 (past the request timeout); with a body, also 413 (over <c>Limits:MaxBodyBytes</c>) and 415 (not JSON).
/// </summary>
internal sealed class ProblemResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        Add(operation, context, "429", "Too many requests for this key or client; Retry-After says when to try again.");
        Add(operation, context, "503", "The graph store does not answer; try again later.");
        Add(operation, context, "504", "The request ran past its time limit (RequestTimeouts:Default) and was abandoned.");
        if (operation.RequestBody is null)
            return;
        Add(operation, context, "413", "The body is larger than the limit (Limits:MaxBodyBytes, 1 MiB by default).");
        Add(operation, context, "415", "The body is not JSON.");
    }

    /// <summary>Documents <paramref name="status"/> as a ProblemDetails answer, unless the endpoint already does.</summary>
    public static void Add(OpenApiOperation operation, OperationFilterContext context, string status, string description)
    {
        operation.Responses ??= [];
        operation.Responses.TryAdd(status, new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
            },
        });
    }
}
