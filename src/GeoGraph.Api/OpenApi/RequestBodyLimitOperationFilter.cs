using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeoGraph.Api.OpenApi;

/// <summary>Every operation that takes a body may answer 413 (over <c>Limits:MaxBodyBytes</c>) and 415 (not JSON).</summary>
internal sealed class RequestBodyLimitOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody is null)
            return;
        operation.Responses ??= [];
        operation.Responses.TryAdd("413", Problem("The body is larger than the limit (Limits:MaxBodyBytes, 1 MiB by default)."));
        operation.Responses.TryAdd("415", Problem("The body is not JSON."));
    }

    private static OpenApiResponse Problem(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("ProblemDetails") },
        },
    };
}
