using GeoGraph.Core.Model;

namespace GeoGraph.Store.Neo4j.Layout;

/// <summary>
/// How nodes, relations and sources are laid out as Neo4j properties: flat maps of scalars and lists
/// (Neo4j properties cannot nest). Dates are kept as ISO strings with their covered range beside them.
/// </summary>
public static class GraphProperties
{
    /// <summary>The properties a node's own fields take; any other property (not the store's own) is a structured one.</summary>
    public static IReadOnlySet<string> NodeFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "kind", "category", "name", "aliases", "title", "country", "description",
        "date", "dateStart", "dateEnd", "endDate", "endDateStart", "endDateEnd", "quote", "sourceId", "passage",
    };

    /// <summary>The properties a relation's own fields take.</summary>
    public static IReadOnlySet<string> RelationFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "date", "dateStart", "dateEnd", "validFrom", "validFromStart", "validFromEnd",
        "validTo", "validToStart", "validToEnd", "stance", "role", "sourceId", "passage",
    };

    /// <summary>Every node has the label <c>Node</c> (the id constraint) plus its category and kind.</summary>
    public static IReadOnlyList<string> Labels(Node node) => ["Node", node.Category.ToString(), node.Kind];

    public static IReadOnlyDictionary<string, object?> Of(Node node)
    {
        var map = new Dictionary<string, object?>
        {
            ["id"] = node.Id,
            ["kind"] = node.Kind,
            ["category"] = node.Category.ToString(),
            ["name"] = node.Name,
        };
        AddIfPresent(map, "aliases", node.Aliases.Count > 0 ? node.Aliases : null);
        AddIfPresent(map, "title", node.Title);
        AddIfPresent(map, "country", node.Country);
        AddIfPresent(map, "description", node.Description);
        AddDate(map, "date", node.Date);
        AddDate(map, "endDate", node.EndDate);
        AddIfPresent(map, "quote", node.Quote);
        return Finish(map, node.Properties, node.Provenance);
    }

    public static IReadOnlyDictionary<string, object?> Of(Relation relation)
    {
        var map = new Dictionary<string, object?> { ["id"] = relation.Id };
        AddDate(map, "date", relation.Date);
        AddDate(map, "validFrom", relation.ValidFrom);
        AddDate(map, "validTo", relation.ValidTo);
        AddIfPresent(map, "stance", relation.Stance?.ToString().ToLowerInvariant());
        AddIfPresent(map, "role", relation.Role);
        return Finish(map, relation.Properties, relation.Provenance);
    }

    public static IReadOnlyDictionary<string, object?> Of(Source source)
    {
        var map = new Dictionary<string, object?> { ["id"] = source.Id, ["title"] = source.Title };
        AddIfPresent(map, "published", source.Published?.ToString());
        AddIfPresent(map, "outlets", source.Outlets.Count > 0 ? source.Outlets : null);
        AddIfPresent(map, "description", source.Description);
        AddIfPresent(map, "file", source.File);
        return map;
    }

    private static Dictionary<string, object?> Finish(
        Dictionary<string, object?> map, IReadOnlyDictionary<string, System.Text.Json.JsonElement> properties, Provenance provenance)
    {
        foreach (var (key, value) in properties)
            map[key] = value;
        map["sourceId"] = provenance.Source;
        map["passage"] = provenance.Passage;
        return map;
    }

    private static void AddDate(Dictionary<string, object?> map, string key, PartialDate? date)
    {
        if (date is not { } value)
            return;
        map[key] = value.ToString();
        map[key + "Start"] = value.StartText;
        map[key + "End"] = value.EndText;
    }

    private static void AddIfPresent(Dictionary<string, object?> map, string key, object? value)
    {
        if (value is not null)
            map[key] = value;
    }
}
