using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GeoGraph.Store.Neo4j.Layout;

/// <summary>Writes values as Cypher literals, for the seed file that cypher-shell loads.</summary>
public static class CypherLiteral
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        int or long or double or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        JsonElement element => OfJson(element),
        IEnumerable<string> items => $"[{string.Join(", ", items.Select(Quote))}]",
        IReadOnlyDictionary<string, object?> map => Map(map),
        _ => throw new ArgumentException($"No Cypher literal for {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A map literal, e.g. <c>{id: 'x', aliases: ['a']}</c>; keys are checked identifiers.</summary>
    public static string Map(IReadOnlyDictionary<string, object?> map) =>
        "{" + string.Join(", ", map.Select(pair => $"{pair.Key}: {Of(pair.Value)}")) + "}";

    private static string OfJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => Quote(element.GetString()!),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => $"[{string.Join(", ", element.EnumerateArray().Select(OfJson))}]",
        _ => throw new ArgumentException($"Neo4j properties cannot hold a JSON {element.ValueKind}.", nameof(element)),
    };

    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ => c.ToString(),
            });
        }
        return quoted.Append('\'').ToString();
    }
}
