using System.Text.Json.Nodes;
using GeoGraph.Api.Nodes;
using GeoGraph.Api.Relations;
using GeoGraph.Core;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeoGraph.Api.OpenApi;

/// <summary>Lists the allowed values of vocabulary fields, which travel as strings, in the schema.</summary>
internal sealed class VocabularySchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null)
            return;
        if (context.Type == typeof(NodeInput))
            SetEnum(concrete, "kind", Vocabulary.NodeKinds.Keys);
        if (context.Type == typeof(RelationInput))
        {
            SetEnum(concrete, "type", Vocabulary.RelationTypes.Keys);
            SetEnum(concrete, "stance", RelationInputValidator.Stances);
        }
    }

    private static void SetEnum(OpenApiSchema schema, string property, IEnumerable<string> values)
    {
        if (schema.Properties!.TryGetValue(property, out var field) && field is OpenApiSchema target)
            target.Enum = [.. values.Select(value => (JsonNode)JsonValue.Create(value))];
    }
}
