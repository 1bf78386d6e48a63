using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoGraph.Core;

/// <summary>
/// The one JSON dialect of GeoGraph: camelCase, enums as camelCase strings, nulls left out; unknown fields and
/// keys given twice are refused when reading.
/// </summary>
public static class GraphJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>
    /// For records read from outside (imports): as <see cref="Options"/>, and a null where the model allows none (a
    /// node's provenance, a relation's id) is a reading error of that record, not an object that breaks validation.
    /// </summary>
    public static JsonSerializerOptions Incoming { get; } = new(Options) { RespectNullableAnnotations = true };

    /// <summary>Applies GeoGraph's settings to options owned by someone else (ASP.NET Core's, for instance).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }
}
