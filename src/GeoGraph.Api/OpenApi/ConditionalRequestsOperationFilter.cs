using GeoGraph.Api.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeoGraph.Api.OpenApi;

/// <summary>
/// Conditional requests: a GET whose answers carry an ETag takes If-None-Match and may answer 304; a write that takes
/// If-Match may answer 412.
/// </summary>
internal sealed class ConditionalRequestsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        var tagged = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EntityTagMetadata>().Any();
        if (tagged && context.ApiDescription.HttpMethod == HttpMethods.Get)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-None-Match",
                In = ParameterLocation.Header,
                Description = "An ETag from an earlier answer: 304 without a body while it is still current.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            operation.Responses.TryAdd("304", new OpenApiResponse { Description = "Not modified: the If-None-Match ETag is current." });
        }
        if (operation.Parameters?.FirstOrDefault(parameter => parameter.Name == "If-Match") is OpenApiParameter ifMatch)
        {
            ifMatch.Description = "The ETag of the record as last read (or *): the write happens only while it is still current.";
            operation.Responses.TryAdd("412", new OpenApiResponse
            {
                Description = "Precondition failed: the record changed or was deleted since that ETag; nothing was written.",
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("ProblemDetails") },
                },
            });
        }
    }
}
