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
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double number => Float(number),
        JsonElement element => OfJson(element),
        IEnumerable<string> items => $"[{string.Join(", ", items.Select(Quote))}]",
        IEnumerable<double> numbers => $"[{string.Join(", ", numbers.Select(Float))}]",
        IReadOnlyDictionary<string, object?> map => Map(map),
        _ => throw new ArgumentException($"No Cypher literal for {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A map literal, e.g. <c>{id: 'x', aliases: ['a']}</c>; keys are checked identifiers.</summary>
    public static string Map(IReadOnlyDictionary<string, object?> map) =>
        "{" + string.Join(", ", map.Select(pair => $"{pair.Key}: {Of(pair.Value)}")) + "}";

    private static string OfJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => Quote(element.GetString()!),
        JsonValueKind.Number => Number(element.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => $"[{string.Join(", ", element.EnumerateArray().Select(OfJson))}]",
        _ => throw new ArgumentException($"Neo4j properties cannot hold a JSON {element.ValueKind}.", nameof(element)),
    };

    /// <summary>A float that stays a float in Cypher (<c>3.0</c>, not <c>3</c>), its exponent without the <c>+</c> Cypher does not read.</summary>
    private static string Float(double number)
    {
        var text = Number(number.ToString("R", CultureInfo.InvariantCulture));
        return text.AsSpan().IndexOfAny(".Ee") >= 0 ? text : text + ".0";
    }

    private static string Number(string text) => text.Replace("E+", "E", StringComparison.Ordinal).Replace("e+", "e", StringComparison.Ordinal);

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
