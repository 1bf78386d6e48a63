using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeoGraph.Api.OpenApi;

/// <summary>
/// Query strings bind to record properties (<c>Limit</c>), case-insensitively; the document names them as
/// clients write them and as error responses name them (<c>limit</c>).
/// </summary>
internal sealed class QueryParameterNamesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { } name)
                parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(name);
        }
    }
}
