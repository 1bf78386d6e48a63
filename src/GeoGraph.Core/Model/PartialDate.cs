using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoGraph.Core.Model;

/// <summary>
/// A date known to a year, a month or a day (<c>2025</c>, <c>2025-02</c>, <c>2025-03-31</c>).
/// Sources often give only a month; the date keeps exactly the precision they give.
/// </summary>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly record struct PartialDate
{
    private PartialDate(int year, int? month, int? day) => (Year, Month, Day) = (year, month, day);

    /// <summary>A date from parts already known to be valid (packed topology dates).</summary>
    internal static PartialDate FromParts(int year, int? month, int? day) => new(year, month, day);

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    /// <summary>The first day the date covers.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date covers.</summary>
    public DateOnly End => Day is not null ? Start
        : Month is { } month ? new DateOnly(Year, month, DateTime.DaysInMonth(Year, month))
        : new DateOnly(Year, 12, 31);

    /// <summary><see cref="Start"/> as <c>yyyy-MM-dd</c>, which sorts and compares as text.</summary>
    public string StartText => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><see cref="End"/> as <c>yyyy-MM-dd</c>.</summary>
    public string EndText => End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, [NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
            return false;
        var formats = text.Length switch { 4 => "yyyy", 7 => "yyyy-MM", 10 => "yyyy-MM-dd", _ => null };
        if (formats is null || !DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        date = new PartialDate(parsed.Year, text.Length >= 7 ? parsed.Month : null, text.Length == 10 ? parsed.Day : null);
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date.Value : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    public override string ToString() =>
        Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}"
        : Month is not null ? $"{Year:D4}-{Month:D2}"
        : $"{Year:D4}";
}

internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && PartialDate.TryParse(reader.GetString(), out var date)
            ? date.Value
            : throw new JsonException("Expected a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
