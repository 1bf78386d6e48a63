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

    /// <summary>
    /// Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (ASCII digits, a real calendar date, years 1 to 9999).
    /// A scan rather than <see cref="DateOnly.TryParseExact(string, string, out DateOnly)"/>: every date of an import
    /// is read here, and the framework's parser costs several times more.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        if (text is not { Length: 4 or 7 or 10 })
            return false;
        if (!TryDigits(text, 0, 4, out var year) || year < 1)
            return false;
        int? month = null, day = null;
        if (text.Length >= 7)
        {
            if (text[4] != '-' || !TryDigits(text, 5, 2, out var m) || m is < 1 or > 12)
                return false;
            month = m;
        }
        if (text.Length == 10)
        {
            if (text[7] != '-' || !TryDigits(text, 8, 2, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
                return false;
            day = d;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
                return false;
            value = value * 10 + (text[i] - '0');
        }
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date.Value : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    public override string ToString() =>
        string.Create(Day is not null ? 10 : Month is not null ? 7 : 4, this, static (chars, date) =>
        {
            WriteDigits(chars[..4], date.Year);
            if (chars.Length == 4)
                return;
            chars[4] = '-';
            WriteDigits(chars[5..7], date.Month!.Value);
            if (chars.Length == 10)
            {
                chars[7] = '-';
                WriteDigits(chars[8..], date.Day!.Value);
            }
        });

    // The number in exactly the span's width, zero-padded.
    private static void WriteDigits(Span<char> span, int value)
    {
        for (var i = span.Length - 1; i >= 0; i--, value /= 10)
            span[i] = (char)('0' + value % 10);
    }
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
