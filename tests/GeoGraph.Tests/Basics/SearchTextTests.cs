using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Search;

namespace GeoGraph.Tests.Basics;

public class SearchTextTests
{
    [Theory]
    [InlineData("Zelenskyy", "Zelensky")]
    [InlineData("Zelenskiy", "Zelensky")]
    [InlineData("ZELÉNSKY", "zelensky")]
    [InlineData("Andrii", "Andriy")]
    [InlineData("Zelensky’s", "Zelenskys")]
    public void SpellingVariantsFoldTogether(string variant, string other) =>
        Assert.Equal(SearchText.Fold(other), SearchText.Fold(variant));

    [Fact]
    public void DigitsAreNotFolded() => Assert.Equal("2025 119", SearchText.Fold("2025, $119"));

    [Theory]
    [InlineData("Volodymyr Zelensky", "volodymyr-zelensky")]
    [InlineData("  Kaja Kallas (EU) ", "kaja-kallas-eu")]
    [InlineData("Ursula von der Leyen", "ursula-von-der-leyen")]
    public void SlugsAreMadeFromNames(string name, string slug)
    {
        Assert.Equal(slug, Slug.From(name));
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("Upper-Case")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("under_score")]
    [InlineData("")]
    public void NonSlugsAreRefused(string id) => Assert.False(Slug.IsValid(id));

    [Fact]
    public void ACursorSurvivesItsRoundTrip()
    {
        var cursor = new Cursor("2025-03-31", "trump-af1-remarks-2025-03-31");
        Assert.True(Cursor.TryDecode(cursor.Encode(), out var decoded));
        Assert.Equal(cursor, decoded);
        Assert.False(Cursor.TryDecode("not a cursor!", out _));
    }
}
