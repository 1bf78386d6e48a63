using System.Globalization;
using CsCheck;
using GeoGraph.Core.Model;

namespace GeoGraph.Tests.Basics;

public class PartialDateTests
{
    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    [InlineData("2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-03-31", "2025-03-31", "2025-03-31")]
    public void ADateCoversTheDaysOfItsPrecision(string text, string start, string end)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(text, date.ToString());
        Assert.Equal(start, date.StartText);
        Assert.Equal(end, date.EndText);
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("31/03/2025")]
    [InlineData("25")]
    [InlineData("2025-3-1")]
    [InlineData("")]
    public void TextThatIsNotADateIsRefused(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void ReadsExactlyWhatTheFrameworkParserReads()
    {
        // Date-shaped text, valid or not: digits, hyphens and a few other characters at each of the three lengths.
        var shaped = Gen.OneOf(Gen.String[Gen.Char["01239- /٣"], 4, 4],
            Gen.String[Gen.Char["012-"], 7, 7], Gen.String[Gen.Char["0123-"], 10, 10],
            Gen.Date.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        shaped.Sample(text =>
        {
            var format = text.Length switch { 4 => "yyyy", 7 => "yyyy-MM", _ => "yyyy-MM-dd" };
            var expected = DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            return PartialDate.TryParse(text, out var date) == expected && (!expected || date!.Value.ToString() == text);
        }, iter: 20000);
    }
}
