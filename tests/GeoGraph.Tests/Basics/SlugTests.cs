using System.Text.RegularExpressions;
using CsCheck;
using GeoGraph.Core;

namespace GeoGraph.Tests.Basics;

/// <summary>Ids made from text are ASCII slugs whatever the text, and distinct texts keep distinct ids.</summary>
public class SlugTests
{
    [Theory]
    [InlineData("Łukasz Ørsted", "lukasz-orsted")]
    [InlineData("Æsir Œuvre Straße", "aesir-oeuvre-strasse")]
    [InlineData("Đorđe Þór Ðuro", "dorde-thor-duro")]
    [InlineData("Зеленський", "zelenskiy")]
    [InlineData("Володимир Зеленський", "volodimir-zelenskiy")]
    [InlineData("Владимир Путин", "vladimir-putin")]
    [InlineData("Їжак Єва Ґанок", "yizhak-yeva-ganok")]
    [InlineData("Αθήνα Ελλάδα", "athina-ellada")]
    [InlineData("İstanbul Kadıköy", "istanbul-kadikoy")]
    [InlineData("Ame\u0301lie soft\u00ADhyphen", "amelie-softhyphen")]
    [InlineData("ﬁnance ＡＢＣ ١٢٣", "finance-abc-123")]
    [InlineData("Trump 🇺🇸 \u200Fnews", "trump-news")]
    public void LettersOfOtherAlphabetsAreWrittenInAscii(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Theory]
    [InlineData("习近平")]
    [InlineData("محمد بن سلمان")]
    public void TextWithNoLetterWrittenInAsciiGetsAHashId(string name)
    {
        var slug = Slug.From(name);

        Assert.Matches("^node-[0-9a-f]{10}$", slug);
        Assert.Equal(slug, Slug.From(name));
    }

    [Fact]
    public void TextThatLosesLettersKeepsTheRestAndAHashSoThatDistinctTextsStayDistinct()
    {
        var first = Slug.From("Party 一");
        var second = Slug.From("Party 二");

        Assert.Matches("^party-[0-9a-f]{10}$", first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void TooLongTextKeepsAPrefixAndAHashOfTheWhole()
    {
        var stem = string.Join(' ', Enumerable.Repeat("word", 30));

        var first = Slug.From(stem + " one");
        var second = Slug.From(stem + " two");

        Assert.True(Slug.IsValid(first), first);
        Assert.InRange(first.Length, Slug.MaxLength - 10, Slug.MaxLength);
        Assert.StartsWith("word-word-", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("   ")]
    [InlineData("\uFFFE\uD800")]
    public void TextWithoutALetterOrDigitMakesNoSlug(string text) => Assert.Equal("", Slug.From(text));

    [Theory]
    [InlineData("donald-trump\n")]
    [InlineData("łukasz-ørsted")]
    [InlineData("ａｂｃ")]
    public void OnlyAsciiSlugsAreValid(string id) => Assert.False(Slug.IsValid(id));

    [Fact]
    public void AnyTextMakesAValidSlugOrNone() =>
        Gen.String[Gen.Char, 0, 300].Sample(text =>
        {
            var slug = Slug.From(text);
            return slug.Length == 0 || Slug.IsValid(slug);
        }, iter: 5000);

    [Theory]
    [InlineData("a", true)]
    [InlineData("a-1", true)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a--b", false)]
    [InlineData("", false)]
    [InlineData("A", false)]
    public void ValidSlugsAreHyphenJoinedWords(string id, bool valid) => Assert.Equal(valid, Slug.IsValid(id));

    [Fact]
    public void ValidityMatchesThePublishedPattern()
    {
        // Near-slugs: the characters slugs are made of and a few they may not hold, at lengths around the limit.
        var pattern = new Regex(Slug.Pattern.Replace("$", @"\z", StringComparison.Ordinal), RegexOptions.CultureInvariant);
        Gen.String[Gen.Char["az09-A_ \né"], 0, Slug.MaxLength + 2].Sample(id =>
            Slug.IsValid(id) == (id.Length <= Slug.MaxLength && pattern.IsMatch(id)), iter: 20000);
    }
}
