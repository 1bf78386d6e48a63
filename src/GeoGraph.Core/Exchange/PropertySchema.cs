using System.Text.Json;

namespace GeoGraph.Core.Exchange;

/// <summary>The scalar type a structured property holds throughout an export; mixed values fall back to text.</summary>
public enum PropertyType
{
    Boolean,
    WholeNumber,
    Fraction,
    Text,
}

/// <summary>One structured property's column: its name, the type of its values, and whether it holds lists.</summary>
public sealed record PropertyColumn(string Name, PropertyType Type, bool IsList)
{
    /// <summary>A value as text: strings as they are, booleans and numbers as JSON writes them, anything else as its JSON.</summary>
    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}

/// <summary>
/// The structured properties of an export's nodes and of its relations, each with one type, learnt by a first
/// read of the records (only names and types are kept, so memory stays flat) for formats whose header comes first.
/// </summary>
public sealed record PropertySchema(IReadOnlyList<PropertyColumn> Nodes, IReadOnlyList<PropertyColumn> Relations)
{
    public static async Task<PropertySchema> ScanAsync(ExportGraph graph, CancellationToken cancellationToken)
    {
        var nodes = new SortedDictionary<string, PropertyColumn>(StringComparer.Ordinal);
        await foreach (var node in graph.Nodes(cancellationToken))
            Learn(nodes, node.Properties);
        var relations = new SortedDictionary<string, PropertyColumn>(StringComparer.Ordinal);
        await foreach (var relation in graph.Relations(cancellationToken))
            Learn(relations, relation.Properties);
        return new([.. nodes.Values], [.. relations.Values]);
    }

    private static void Learn(SortedDictionary<string, PropertyColumn> columns, IReadOnlyDictionary<string, JsonElement> properties)
    {
        foreach (var (name, value) in properties)
        {
            var isList = value.ValueKind == JsonValueKind.Array;
            var type = !isList ? TypeOf(value)
                : value.GetArrayLength() == 0 ? PropertyType.Text
                : value.EnumerateArray().Select(TypeOf).Aggregate(Join);
            columns[name] = columns.TryGetValue(name, out var seen)
                ? seen.IsList == isList ? seen with { Type = Join(seen.Type, type) } : seen with { Type = PropertyType.Text, IsList = false }
                : new PropertyColumn(name, type, isList);
        }
    }

    private static PropertyType TypeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => PropertyType.Boolean,
        JsonValueKind.Number => value.TryGetInt64(out _) ? PropertyType.WholeNumber : PropertyType.Fraction,
        _ => PropertyType.Text,
    };

    /// <summary>The narrowest type that holds both: whole and fractional numbers make doubles, anything else mixed makes text.</summary>
    private static PropertyType Join(PropertyType a, PropertyType b) =>
        a == b ? a
        : (a, b) is (PropertyType.WholeNumber, PropertyType.Fraction) or (PropertyType.Fraction, PropertyType.WholeNumber) ? PropertyType.Fraction
        : PropertyType.Text;
}
