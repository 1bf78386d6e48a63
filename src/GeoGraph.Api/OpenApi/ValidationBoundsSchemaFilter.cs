using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeoGraph.Api.OpenApi;

/// <summary>
/// Writes the length bounds the request validators enforce into the schema (<c>maxLength</c>, <c>minLength</c>), read
/// from the validators themselves, so the document and the checks cannot drift apart.
/// </summary>
internal sealed class ValidationBoundsSchemaFilter(IServiceProvider services) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null)
            return;
        if (Validators.DescriptorOf(services, context.Type) is not { } descriptor)
            return;
        foreach (var (name, property) in concrete.Properties)
        {
            // A rule on each item of a list (RuleForEach) bounds the items, not the list.
            var target = property is OpenApiSchema { Items: OpenApiSchema items } list && list.Type?.HasFlag(JsonSchemaType.Array) == true ? items : property as OpenApiSchema;
            if (target?.Type?.HasFlag(JsonSchemaType.String) != true)
                continue;
            var member = char.ToUpperInvariant(name[0]) + name[1..];
            foreach (var length in descriptor.GetValidatorsForMember(member).Select(pair => pair.Validator).OfType<ILengthValidator>())
            {
                if (length.Max > 0)
                    target.MaxLength = length.Max;
                if (length.Min > 0)
                    target.MinLength = length.Min;
            }
        }
    }
}
