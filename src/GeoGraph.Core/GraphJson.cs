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
