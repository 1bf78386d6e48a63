using GeoGraph.Core.Cypher;

namespace GeoGraph.Tests.Cypher;

public class CypherLexerTests
{
    private static string[] Texts(string query) => [.. CypherLexer.Tokenize(query).Select(token => token.Text)];

    [Theory]
    [InlineData("RETURN 1 // x\nCREATE")]
    [InlineData("RETURN 1 // x\rCREATE")]
    [InlineData("RETURN 1 // x\r\nCREATE")]
    [InlineData("RETURN 1 /* x\n// y */ CREATE")]
    [InlineData("RETURN 1 /* /* */ CREATE")]
    public void CommentsEndWhereNeo4jEndsThem(string query) => Assert.Equal(["RETURN", "1", "CREATE"], Texts(query));

    [Fact]
    public void ALineCommentRunsToTheEndOfTheText() => Assert.Equal(["RETURN", "1"], Texts("RETURN 1 // CREATE (n)"));

    [Theory]
    [InlineData('\t')]
    [InlineData('\u000B')]
    [InlineData('\u000C')]
    [InlineData('\u001C')]
    [InlineData('\u001D')]
    [InlineData('\u001E')]
    [InlineData('\u001F')]
    [InlineData('\u00A0')]
    [InlineData('\u1680')]
    [InlineData('\u2000')]
    [InlineData('\u200A')]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u202F')]
    [InlineData('\u205F')]
    [InlineData('\u3000')]
    public void EveryCharacterNeo4jSkipsSeparatesWords(char space) =>
        Assert.Equal(["LOAD", "CSV"], Texts($"LOAD{space}CSV"));

    [Theory]
    [InlineData("RETURN 'it''s'", "'it'")]
    [InlineData(@"RETURN 'a\'b // c'", @"'a\'b // c'")]
    [InlineData(@"RETURN ""a\""b""", @"""a\""b""")]
    [InlineData(@"RETURN 'a\\'", @"'a\\'")]
    [InlineData("RETURN 'line\nbreak'", "'line\nbreak'")]
    public void StringsTakeBackslashEscapes(string query, string literal) => Assert.Equal(literal, Texts(query)[1]);

    [Fact]
    public void BackticksAreDoubledInsideNames()
    {
        var token = CypherLexer.Tokenize("RETURN n.`a``b CREATE`")[^1];

        Assert.Equal((CypherTokenKind.QuotedName, "`a``b CREATE`"), (token.Kind, token.Text));
    }

    [Theory]
    [InlineData("$name", CypherTokenKind.Parameter)]
    [InlineData("$0", CypherTokenKind.Parameter)]
    [InlineData("$`odd name`", CypherTokenKind.Parameter)]
    [InlineData("1_000", CypherTokenKind.NumberLiteral)]
    [InlineData("0x1F", CypherTokenKind.NumberLiteral)]
    [InlineData("1.5e-3", CypherTokenKind.NumberLiteral)]
    [InlineData(".5", CypherTokenKind.NumberLiteral)]
    [InlineData("0o17", CypherTokenKind.NumberLiteral)]
    [InlineData("12e5", CypherTokenKind.NumberLiteral)]
    [InlineData("mIxEd_Case1", CypherTokenKind.Word)]
    public void ParametersNumbersAndWordsAreOneTokenEach(string text, CypherTokenKind kind)
    {
        var token = Assert.Single(CypherLexer.Tokenize(text));

        Assert.Equal((kind, text), (token.Kind, token.Text));
    }

    [Fact]
    public void ARangeIsNotAFraction() => Assert.Equal(["[", "*", "1", "..", "3", "]"], Texts("[*1..3]"));

    [Theory]
    [InlineData("RETURN 'open", "string at offset 7 is not closed")]
    [InlineData("RETURN \"open", "string at offset 7 is not closed")]
    [InlineData(@"RETURN 'ends in a backslash\'", "string at offset 7 is not closed")]
    [InlineData("RETURN 1 /* open", "comment at offset 9 is not closed")]
    [InlineData("RETURN `open", "name` at offset 7 is not closed")]
    [InlineData(@"RETURN '\u0041'", @"\u escape at offset 8")]
    [InlineData(@"RETURN 1 // \u000a CREATE (n)", @"\u escape at offset 12")]
    [InlineData(@"RETURN n.`\U0060`", @"\u escape")]
    [InlineData("RETURN 1 // x\u2028CREATE (n)", "U+2028, which some readers take for a line end")]
    [InlineData("RETURN 1 // x\u0085CREATE (n)", "U+0085")]
    [InlineData("MATCH (a)\u2013[r]->(b)", "U+2013 at offset 9")]
    [InlineData("MATCH (caf\u00E9) RETURN 1", "U+00E9")]
    [InlineData("RETURN 1\u0000", "U+0000")]
    [InlineData("RETURN $ x", "$ at offset 7")]
    [InlineData("RETURN #x", "'#' (U+0023)")]
    [InlineData("RETURN 1CREATE (n)", "number '1CREATE' at offset 7")]
    [InlineData("RETURN 0x1G", "number '0x1G'")]
    [InlineData("RETURN a$b", "name 'a$b' at offset 7 holds a $")]
    [InlineData(@"RETURN \x", @"'\' (U+005C)")]
    public void TextNeo4jMightReadDifferentlyIsRefused(string query, string reason)
    {
        var error = Assert.Throws<CypherLexException>(() => CypherLexer.Tokenize(query));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnythingGoesInsideStringsAndComments() =>
        Assert.Equal(["RETURN", "'caf\u00E9 \u2013 \u0000'"], Texts("RETURN 'caf\u00E9 \u2013 \u0000' /* \u2028 */"));
}
