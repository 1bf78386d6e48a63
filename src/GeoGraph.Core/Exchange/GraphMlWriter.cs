using System.Text;
using System.Text.Json;
using System.Xml;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Exchange;

/// <summary>
/// GraphML for networkx (<c>read_graphml</c>) and Gephi: a directed graph, one typed <c>&lt;key&gt;</c> per
/// attribute. Record fields are strings; structured properties get their own typed key (boolean, long, double or
/// string, learnt by a first read); aliases, list properties and properties of mixed types are JSON text.
/// Sources are not part of the graph and are left out.
/// </summary>
public static class GraphMlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly string[] NodeFields = ["kind", "category", "name", "aliases", "title", "country", "description", "date", "endDate", "quote", "source", "passage", "writtenBy"];

    private static readonly string[] EdgeFields = ["type", "date", "validFrom", "validTo", "stance", "role", "source", "passage", "writtenBy"];

    public static async Task WriteAsync(ExportGraph graph, Stream output, CancellationToken cancellationToken)
    {
        var schema = await PropertySchema.ScanAsync(graph, cancellationToken);
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), CloseOutput = false });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await WriteKeysAsync(xml, "node", "n", NodeFields, schema.Nodes);
        await WriteKeysAsync(xml, "edge", "e", EdgeFields, schema.Relations);
        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "geograph");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        await foreach (var node in graph.Nodes(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await WriteDataAsync(xml, "n", NodeValues(node), node.Properties, schema.Nodes);
            await xml.WriteEndElementAsync();
        }
        await foreach (var relation in graph.Relations(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, relation.Id);
            await xml.WriteAttributeStringAsync(null, "source", null, relation.From);
            await xml.WriteAttributeStringAsync(null, "target", null, relation.To);
            await WriteDataAsync(xml, "e", EdgeValues(relation), relation.Properties, schema.Relations);
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static string?[] NodeValues(Node node) =>
    [
        node.Kind, node.Category.ToString(), node.Name, node.Aliases.Count > 0 ? JsonSerializer.Serialize(node.Aliases, GraphJson.Options) : null,
        node.Title, node.Country, node.Description, node.Date?.ToString(), node.EndDate?.ToString(), node.Quote,
        node.Provenance.Source, node.Provenance.Passage, node.WrittenBy,
    ];

    private static string?[] EdgeValues(Relation relation) =>
    [
        relation.Type, relation.Date?.ToString(), relation.ValidFrom?.ToString(), relation.ValidTo?.ToString(),
        relation.Stance?.ToString().ToLowerInvariant(), relation.Role, relation.Provenance.Source, relation.Provenance.Passage, relation.WrittenBy,
    ];

    /// <summary>Keys <c>n0…</c> / <c>e0…</c>: the record fields first, then the structured properties.</summary>
    private static async Task WriteKeysAsync(XmlWriter xml, string target, string prefix, string[] fields, IReadOnlyList<PropertyColumn> properties)
    {
        var keys = fields.Select(field => (field, "string")).Concat(properties.Select(column => (column.Name, TypeName(column))));
        var index = 0;
        foreach (var (name, type) in keys)
        {
            await xml.WriteStartElementAsync(null, "key", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, $"{prefix}{index++}");
            await xml.WriteAttributeStringAsync(null, "for", null, target);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
            await xml.WriteEndElementAsync();
        }
    }

    private static async Task WriteDataAsync(
        XmlWriter xml, string prefix, string?[] fields, IReadOnlyDictionary<string, JsonElement> properties, IReadOnlyList<PropertyColumn> columns)
    {
        for (var i = 0; i < fields.Length; i++)
            await WriteDatumAsync(xml, $"{prefix}{i}", fields[i]);
        for (var i = 0; i < columns.Count; i++)
        {
            if (properties.TryGetValue(columns[i].Name, out var value))
                await WriteDatumAsync(xml, $"{prefix}{fields.Length + i}", PropertyColumn.Text(value));
        }
    }

    private static async Task WriteDatumAsync(XmlWriter xml, string key, string? value)
    {
        if (value is null)
            return;
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(value);
        await xml.WriteEndElementAsync();
    }

    private static string TypeName(PropertyColumn column) => column.IsList ? "string" : column.Type switch
    {
        PropertyType.Boolean => "boolean",
        PropertyType.WholeNumber => "long",
        PropertyType.Fraction => "double",
        _ => "string",
    };
}
