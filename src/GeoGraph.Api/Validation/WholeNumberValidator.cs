using System.Globalization;
using FluentValidation;
using FluentValidation.Validators;

namespace GeoGraph.Api.Validation;

/// <summary>The bounds of a whole number sent as text, for the OpenAPI document to type the parameter as an integer.</summary>
public interface IWholeNumberValidator
{
    int Min { get; }

    int Max { get; }
}

/// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, sent as text (a query string value).</summary>
public sealed class WholeNumberValidator<T>(int min, int max) : PropertyValidator<T, string?>, IWholeNumberValidator
{
    public override string Name => "WholeNumberValidator";

    public int Min => min;

    public int Max => max;

    public override bool IsValid(ValidationContext<T> context, string? value) =>
        value is null || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max);

    protected override string GetDefaultMessageTemplate(string errorCode) => $"'{{PropertyName}}' must be a whole number from {min} to {max}.";
}
