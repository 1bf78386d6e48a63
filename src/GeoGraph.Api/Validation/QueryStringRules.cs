using System.Globalization;
using FluentValidation;
using GeoGraph.Core.Graph;

namespace GeoGraph.Api.Validation;

/// <summary>Whole numbers and directions in query strings: validated as text, then parsed.</summary>
public static class QueryStringRules
{
    public static int NumberOr(string? text, int fallback) => text is null ? fallback : int.Parse(text, CultureInfo.InvariantCulture);

    public static Direction DirectionOr(string? text, Direction fallback) => text is null ? fallback : Enum.Parse<Direction>(text, ignoreCase: true);

    public static IRuleBuilderOptions<T, string?> WholeNumber<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.SetValidator(new WholeNumberValidator<T>(min, max));

    public static IRuleBuilderOptions<T, string?> Direction<T>(this IRuleBuilder<T, string?> rule) =>
        rule.OneOf(Enum.GetNames<Direction>().Select(name => name.ToLowerInvariant()), "directions");
}
