using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeoGraph.Api.OpenApi;

/// <summary>
/// Adds <c>/health</c> and <c>/health/live</c> (see <c>Health/HealthEndpoints</c>), which are health-check
/// middleware rather than route handlers and so escape the API explorer.
/// </summary>
internal sealed class HealthPathsDocumentFilter : IDocumentFilter
{
    public const string Tag = "Health";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var report = new OpenApiSchemaReference("HealthReport", document);
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas["HealthReport"] = ReportSchema();
        document.Paths.Add("/health", Path(document, report, "GetHealth", "Tells whether the service and its graph store are ready",
            new JsonObject { ["status"] = "Healthy", ["checks"] = new JsonObject { ["store"] = new JsonObject { ["status"] = "Healthy", ["description"] = "The graph store answers." } } }));
        document.Paths.Add("/health/live", Path(document, report, "GetLiveness", "Tells whether the process answers",
            new JsonObject { ["status"] = "Healthy", ["checks"] = new JsonObject() }));
    }

    private static OpenApiPathItem Path(OpenApiDocument document, IOpenApiSchema report, string operationId, string summary, JsonNode example) => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new OpenApiOperation
            {
                OperationId = operationId,
                Summary = summary,
                Description = "Needs no key. Answers 503 with the same report when a check fails.",
                Tags = new HashSet<OpenApiTagReference> { new(Tag, document) },
                Security = [],
                Responses = new OpenApiResponses
                {
                    ["200"] = Report("Every check passed.", report, example),
                    ["429"] = new OpenApiResponse
                    {
                        Description = "Too many requests from this client; Retry-After says when to try again.",
                        Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("ProblemDetails", document) } },
                    },
                    ["503"] = Report("A check failed.", report, null),
                },
            },
        },
    };

    private static OpenApiResponse Report(string description, IOpenApiSchema schema, JsonNode? example) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = schema, Example = example } },
    };

    private static OpenApiSchema ReportSchema()
    {
        var status = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("Healthy"), JsonValue.Create("Degraded"), JsonValue.Create("Unhealthy")] };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "status", "checks" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["status"] = status,
                ["checks"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Each check by name (/health: store).",
                    AdditionalProperties = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "status" },
                        Properties = new Dictionary<string, IOpenApiSchema> { ["status"] = status, ["description"] = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                },
            },
        };
    }
}
