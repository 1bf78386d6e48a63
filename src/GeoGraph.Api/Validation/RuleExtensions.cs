using System.Collections.Frozen;
using System.Text.Json;
using FluentValidation;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Validation;

/// <summary>Rules shared by the request validators: one home for each bound and each rule on text.</summary>
public static class RuleExtensions
{
    /// <summary>Longest description, quote, passage or string property.</summary>
    public const int MaxText = 2000;

    /// <summary>Longest name, alias, title, country, role, source title or outlet, and longest name or search query.</summary>
    public const int MaxShortText = 200;

    public const int MaxAliases = 50;

    public const int MaxOutlets = 20;

    public static IRuleBuilderOptions<T, string?> Slug<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(id => id is null || Core.Slug.IsValid(id))
            .WithMessage($"'{{PropertyName}}' must be a slug of lower-case ASCII letters and digits joined by single hyphens, at most {Core.Slug.MaxLength} characters (e.g. volodymyr-zelensky).");

    /// <summary>The source a provenance names: required, and a slug.</summary>
    public static IRuleBuilderOptions<T, string?> ProvenanceSource<T>(this IRuleBuilder<T, string?> rule) => rule.NotEmpty().Slug();

    /// <summary>The passage a provenance rests on: required, and long text.</summary>
    public static IRuleBuilderOptions<T, string?> ProvenancePassage<T>(this IRuleBuilder<T, string?> rule) => rule.NotEmpty().LongText();

    /// <summary>Free text of at most <see cref="MaxShortText"/> characters that is valid text.</summary>
    public static IRuleBuilderOptions<T, string?> ShortText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxShortText).ValidText();

    /// <summary>Free text of at most <see cref="MaxText"/> characters that is valid text.</summary>
    public static IRuleBuilderOptions<T, string?> LongText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxText).ValidText();

    /// <summary>Valid Unicode without noncharacters or control characters (see <see cref="UnicodeText"/>).</summary>
    public static IRuleBuilderOptions<T, string?> ValidText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || UnicodeText.IsValid(text))
            .WithMessage((_, text) => $"'{{PropertyName}}' must be valid Unicode text, but it {UnicodeText.Problem(text!)}. Lone surrogates, noncharacters and control characters other than tab, line feed and carriage return are refused.");

    /// <summary>A list of at most <paramref name="count"/> items.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> AtMost<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule, int count) =>
        rule.Must(items => items is null || items.Count <= count)
            .WithMessage($"'{{PropertyName}}' may hold at most {count} items.");

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
        var set = values.ToFrozenSet(StringComparer.Ordinal);
        return rule.Must(value => value is null || set.Contains(value))
            .WithMessage($"'{{PropertyName}}' must be one of the {what}: {string.Join(", ", values)}.");
    }

    /// <summary>Structured properties as <see cref="GraphPropertyRules"/> allows them; every problem is one error.</summary>
    public static IRuleBuilderOptionsConditions<T, IReadOnlyDictionary<string, JsonElement>?> GraphProperties<T>(this IRuleBuilder<T, IReadOnlyDictionary<string, JsonElement>?> rule) =>
        rule.Custom((properties, context) =>
        {
            if (properties is not { Count: > 0 })
                return;
            foreach (var problem in GraphPropertyRules.Problems(properties))
                context.AddFailure(problem);
        });

    private static bool TryDates(string? start, string? end, out PartialDate from, out PartialDate to)
    {
        from = to = default;
        if (!Core.Model.PartialDate.TryParse(start, out var parsedFrom) || !Core.Model.PartialDate.TryParse(end, out var parsedTo))
            return false;
        (from, to) = (parsedFrom.Value, parsedTo.Value);
        return true;
    }
}
