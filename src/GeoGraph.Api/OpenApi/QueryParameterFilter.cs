using System.Globalization;
using System.Text.Json;
using GeoGraph.Api.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeoGraph.Api.OpenApi;

/// <summary>
/// Query strings bind to record properties (<c>Limit</c>) as text, so bad values get field errors. The document
/// names them as clients write them and as error responses name them (<c>limit</c>), and types the whole numbers
/// as integers with the bounds their validator enforces.
/// </summary>
internal sealed class QueryParameterFilter(IServiceProvider services) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var descriptions = context.ApiDescription.ParameterDescriptions
            .Where(description => description.Source == BindingSource.Query)
            .ToDictionary(description => description.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In != ParameterLocation.Query || parameter.Name is not { } name)
                continue;
            if (descriptions.TryGetValue(name, out var description) && WholeNumberOf(description.ModelMetadata) is { } bounds)
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Minimum = bounds.Min.ToString(CultureInfo.InvariantCulture),
                    Maximum = bounds.Max.ToString(CultureInfo.InvariantCulture),
                };
            }
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(name);
        }
    }

    private IWholeNumberValidator? WholeNumberOf(ModelMetadata? metadata)
    {
        if (metadata is not { ContainerType: { } container, PropertyName: { } property } || Validators.DescriptorOf(services, container) is not { } rules)
            return null;
        return rules.GetValidatorsForMember(property).Select(pair => pair.Validator).OfType<IWholeNumberValidator>().FirstOrDefault();
    }
}
