using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GeoGraph.Api.Validation;

/// <summary>
/// What structured properties may hold, so that they map one-to-one onto Neo4j properties and stay small:
/// scalars or homogeneous arrays of scalars, finite numbers that fit a 64-bit integer or a double, valid text,
/// and bounded counts and sizes.
/// </summary>
public static partial class GraphPropertyRules
{
    public const int MaxCount = 50;

    public const int MaxKeyLength = 64;

    public const int MaxArrayItems = 100;

    /// <summary>Longest string value, or string item of an array.</summary>
    public const int MaxStringLength = RuleExtensions.MaxText;

    /// <summary>Longest number as written in JSON; a double needs at most 24 characters.</summary>
    public const int MaxNumberLength = 40;

    /// <summary>Keys and values as written in JSON, in UTF-8 bytes, added up.</summary>
    public const int MaxTotalBytes = 64 * 1024;

    // Names the stores use for their own fields; structured properties may not shadow them.
    private static readonly HashSet<string> ReservedNames =
    [
        "id", "kind", "category", "name", "aliases", "title", "country", "description", "quote", "type", "from", "to",
        "date", "dateStart", "dateEnd", "endDate", "endDateStart", "endDateEnd", "validFrom", "validFromStart", "validFromEnd",
        "validTo", "validToStart", "validToEnd", "stance", "role", "sourceId", "passage", "properties", "provenance",
    ];

    /// <summary>Every reason the properties are refused, each naming the property it is about.</summary>
    public static IEnumerable<string> Problems(IReadOnlyDictionary<string, JsonElement> properties)
    {
        if (properties.Count > MaxCount)
        {
            yield return $"'properties' may hold at most {MaxCount} entries; it holds {properties.Count}.";
            yield break;
        }
        var totalBytes = 0;
        foreach (var (key, value) in properties)
        {
            if (KeyProblem(key) is { } keyProblem)
                yield return keyProblem;
            else if (ValueProblem(value) is { } valueProblem)
                yield return $"'properties.{key}' {valueProblem}.";
            totalBytes += Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value.GetRawText());
        }
        if (totalBytes > MaxTotalBytes)
            yield return $"'properties' may take at most {MaxTotalBytes} bytes of JSON in all; these take {totalBytes}.";
    }

    private static string? KeyProblem(string key) =>
        !KeyRegex().IsMatch(key)
            ? $"'properties' keys must be camelCase identifiers (a lower-case letter, then letters, digits or _), at most {MaxKeyLength} characters"
              + (UnicodeText.IsValid(key) && key.Length <= MaxKeyLength ? $"; '{key}' is not." : ".")
        : ReservedNames.Contains(key) ? $"'properties.{key}' is a field of the record itself; properties may not shadow it."
        : null;

    private static string? ValueProblem(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => ScalarProblem(value),
        JsonValueKind.Array => ArrayProblem(value),
        _ => "must be a string, number, boolean, or an array of one of those (no objects or nulls)",
    };

    private static string? ArrayProblem(JsonElement array)
    {
        if (array.GetArrayLength() > MaxArrayItems)
            return $"may hold at most {MaxArrayItems} items";
        var kinds = new HashSet<JsonValueKind>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False))
                return "must hold strings, numbers or booleans only (no objects, arrays or nulls)";
            kinds.Add(item.ValueKind is JsonValueKind.False ? JsonValueKind.True : item.ValueKind);
            if (ScalarProblem(item) is { } problem)
                return $"has an item that {problem}";
        }
        return kinds.Count > 1 ? "must hold items of one type (all strings, all numbers or all booleans)" : null;
    }

    private static string? ScalarProblem(JsonElement scalar) => scalar.ValueKind switch
    {
        JsonValueKind.String => StringProblem(scalar),
        JsonValueKind.Number => NumberProblem(scalar),
        _ => null,
    };

    private static string? StringProblem(JsonElement text)
    {
        if (!JsonText.TryGetString(text, out var value))
            return "is not valid Unicode text (it holds a lone surrogate)";
        if (UnicodeText.Problem(value) is { } problem)
            return $"is not valid text: it {problem}";
        return value.Length > MaxStringLength ? $"may be at most {MaxStringLength} characters long" : null;
    }

    private static string? NumberProblem(JsonElement number)
    {
        var written = number.GetRawText();
        if (written.Length > MaxNumberLength)
            return $"is a number of {written.Length} characters; numbers may take at most {MaxNumberLength}";
        var whole = written.AsSpan().IndexOfAny('.', 'e', 'E') < 0;
        if (whole)
            return number.TryGetInt64(out _) ? null : "is a whole number outside the 64-bit integer range (-9223372036854775808 to 9223372036854775807)";
        return number.TryGetDouble(out var value) && double.IsFinite(value) ? null : "is a number outside the range of a double (about ±1.8e308)";
    }

    [GeneratedRegex(@"\A[a-z][a-zA-Z0-9_]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyRegex();
}
