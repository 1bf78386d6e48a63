using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using GeoGraph.Core;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Validation;

/// <summary>Rules shared by the request validators.</summary>
public static partial class RuleExtensions
{
    public const int MaxText = 2000;

    public const int MaxShortText = 200;

    // Names the stores use for their own fields; structured properties may not shadow them.
    private static readonly HashSet<string> ReservedPropertyNames =
    [
        "id", "kind", "category", "name", "aliases", "title", "country", "description", "quote", "type", "from", "to",
        "date", "dateStart", "dateEnd", "endDate", "endDateStart", "endDateEnd", "validFrom", "validFromStart", "validFromEnd",
        "validTo", "validToStart", "validToEnd", "stance", "role", "sourceId", "passage", "properties", "provenance",
    ];

    public static IRuleBuilderOptions<T, string?> Slug<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(id => id is null || Core.Slug.IsValid(id))
            .WithMessage($"'{{PropertyName}}' must be a slug of lower-case letters and digits joined by single hyphens, at most {Core.Slug.MaxLength} characters (e.g. volodymyr-zelensky).");

    public static IRuleBuilderOptions<T, string?> PartialDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || Core.Model.PartialDate.TryParse(text, out _))
            .WithMessage("'{PropertyName}' must be a real date written YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>The end date, when both are given, must not lie before the start.</summary>
    public static IRuleBuilderOptions<T, string?> NotBefore<T>(this IRuleBuilder<T, string?> rule, Func<T, string?> start, string startName) =>
        rule.Must((input, end) => !TryDates(start(input), end, out var from, out var to) || to.End >= from.Start)
            .WithMessage($"'{{PropertyName}}' must not be before '{startName}'.");

    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IEnumerable<string> allowed, string what)
    {
        var values = allowed.ToList();
        return rule.Must(value => value is null || values.Contains(value))
            .WithMessage($"'{{PropertyName}}' must be one of the {what}: {string.Join(", ", values)}.");
    }

    public static IRuleBuilderOptions<T, IReadOnlyDictionary<string, JsonElement>?> GraphProperties<T>(this IRuleBuilder<T, IReadOnlyDictionary<string, JsonElement>?> rule) =>
        rule.Must(properties => properties is null || properties.Count <= 50)
            .WithMessage("'{PropertyName}' may hold at most 50 entries.")
            .Must(properties => properties is null || properties.Keys.All(key => PropertyKeyRegex().IsMatch(key) && !ReservedPropertyNames.Contains(key)))
            .WithMessage("'{PropertyName}' keys must be camelCase identifiers (letters, digits, _) that are not a field of the record itself.")
            .Must(properties => properties is null || properties.Values.All(IsStorable))
            .WithMessage("'{PropertyName}' values must be strings, numbers, booleans, or arrays of one of those (no objects or nulls).");

    private static bool TryDates(string? start, string? end, out PartialDate from, out PartialDate to)
    {
        from = to = default;
        if (!Core.Model.PartialDate.TryParse(start, out var parsedFrom) || !Core.Model.PartialDate.TryParse(end, out var parsedTo))
            return false;
        (from, to) = (parsedFrom.Value, parsedTo.Value);
        return true;
    }

    // Neo4j properties hold scalars or homogeneous arrays of scalars, so the API accepts no more.
    private static bool IsStorable(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Length <= MaxText,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => true,
        JsonValueKind.Array => value.GetArrayLength() <= 100
            && value.EnumerateArray().All(item => item.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            && value.EnumerateArray().Select(item => item.ValueKind is JsonValueKind.False ? JsonValueKind.True : item.ValueKind).Distinct().Count() <= 1,
        _ => false,
    };

    [GeneratedRegex("^[a-z][a-zA-Z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyKeyRegex();
}
