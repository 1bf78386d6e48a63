using System.Reflection;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeoGraph.Api.OpenApi;

/// <summary>
/// Marks the fields that are always there. A request type requires what its validator requires (<c>NotNull</c>,
/// <c>NotEmpty</c>), and such a field cannot be null. A response always carries its non-nullable members, since
/// only nulls are left out of the JSON.
/// </summary>
internal sealed class RequiredSchemaFilter(IServiceProvider services) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties } concrete)
            return;
        var nullability = new NullabilityInfoContext();
        var required = Validators.DescriptorOf(services, context.Type) is { } rules
            ? properties.Keys.Where(name => rules.GetRulesForMember(char.ToUpperInvariant(name[0]) + name[1..])
                .Where(rule => !IsForEachItem(rule)).SelectMany(rule => rule.Components)
                .Any(component => component.Validator is INotNullValidator or INotEmptyValidator))
            : context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => nullability.Create(property).ReadState == NullabilityState.NotNull)
                .Select(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name))
                .Where(properties.ContainsKey);
        foreach (var name in required)
        {
            concrete.Required ??= new HashSet<string>();
            concrete.Required.Add(name);
            if (properties[name] is OpenApiSchema field && field.Type is { } type)
                field.Type = type & ~JsonSchemaType.Null;
        }
    }

    // A RuleForEach checks the items of a list: a NotEmpty there does not make the list required.
    private static bool IsForEachItem(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
}
