using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoGraph.Core.Cypher;

/// <summary>
/// Splits Cypher into tokens by Neo4j's own lexical rules (its Cypher 5 grammar), dropping whitespace and
/// comments. It fails closed: text it is not sure Neo4j reads the same way is refused with a
/// <see cref="CypherLexException"/> rather than guessed at.
/// <list type="bullet">
/// <item>Whitespace is every character Neo4j skips, including U+001C-U+001F, U+00A0 and U+2028 (not .NET's <c>\s</c>).</item>
/// <item><c>//</c> comments end at <c>\r</c> or <c>\n</c>; <c>/* */</c> comments end at the first <c>*/</c>.</item>
/// <item>Strings in <c>'</c> or <c>"</c> take a backslash before any character; names in backticks double a backtick.</item>
/// <item>Outside strings, comments and backticks only ASCII is accepted: Neo4j reads some other characters
/// as operators (U+2013 as <c>-</c>) or as parts of names.</item>
/// <item>A number must be one Neo4j documents (<c>1_000</c>, <c>0x1F</c>, <c>0o17</c>, <c>1.5e-3</c>): Neo4j reads digits
/// and the letters after them as one token, and an older reader might split <c>1CREATE</c> in two.</item>
/// <item>A <c>\u</c> escape is refused anywhere: Neo4j's parsers have decoded <c>\uXXXX</c> before reading the
/// statement (even in backticked names), so <c>'\u0027</c> could close the string it seems to sit in.</item>
/// </list>
/// </summary>
public static partial class CypherLexer
{
    private const string Whitespace =
        "\t\n\u000B\u000C\r\u001C\u001D\u001E\u001F \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    // Characters some reader might take for a line end; a // comment holding one is refused.
    private const string OtherLineBreaks = "\u000B\u000C\u0085\u2028\u2029";

    private const string SingleSymbols = "()[]{},.:;|=<>+-*/%^!?&";

    private static readonly string[] DoubleSymbols = ["..", "::", "<=", ">=", "<>", "!=", "=~", "+=", "||"];

    public static bool IsWhitespace(char c) => Whitespace.Contains(c, StringComparison.Ordinal);

    public static IReadOnlyList<CypherToken> Tokenize(string query)
    {
        RefuseUnicodeEscapes(query);
        var tokens = new List<CypherToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            var next = i + 1 < query.Length ? query[i + 1] : '\0';
            if (IsWhitespace(c))
                i++;
            else if (c == '/' && next == '/')
                i = SkipLineComment(query, i);
            else if (c == '/' && next == '*')
                i = SkipBlockComment(query, i);
            else
                i = ReadToken(query, i, tokens);
        }
        return tokens;
    }

    private static int ReadToken(string query, int start, List<CypherToken> tokens)
    {
        var c = query[start];
        var next = start + 1 < query.Length ? query[start + 1] : '\0';
        var (kind, end) = c switch
        {
            '\'' or '"' => (CypherTokenKind.StringLiteral, StringEnd(query, start)),
            '`' => (CypherTokenKind.QuotedName, QuotedNameEnd(query, start)),
            '$' => (CypherTokenKind.Parameter, ParameterEnd(query, start)),
            '.' when char.IsAsciiDigit(next) => (CypherTokenKind.NumberLiteral, NumberEnd(query, start)),
            _ when char.IsAsciiDigit(c) => (CypherTokenKind.NumberLiteral, NumberEnd(query, start)),
            _ when IsWordStart(c) => (CypherTokenKind.Word, WordEnd(query, start + 1)),
            _ => (CypherTokenKind.Symbol, SymbolEnd(query, start)),
        };
        var text = query[start..end];
        if (kind == CypherTokenKind.NumberLiteral && !NumberLiteral().IsMatch(text))
            throw new CypherLexException($"the number '{text}' at offset {start} is not one Neo4j documents.", start);
        if (kind == CypherTokenKind.Word && text.Contains('$', StringComparison.Ordinal))
            throw new CypherLexException($"the name '{text}' at offset {start} holds a $: put it in backticks.", start);
        tokens.Add(new CypherToken(kind, text, start));
        return end;
    }

    private static void RefuseUnicodeEscapes(string query)
    {
        for (var i = query.IndexOf('\\', StringComparison.Ordinal); i >= 0 && i + 1 < query.Length; i = query.IndexOf('\\', i + 1))
        {
            if (query[i + 1] is 'u' or 'U')
                throw new CypherLexException($"a \\u escape at offset {i} is not accepted: Neo4j may decode it before it reads the statement. Pass such text as a parameter.", i);
        }
    }

    private static int SkipLineComment(string query, int start)
    {
        var end = query.IndexOfAny(['\r', '\n'], start);
        end = end < 0 ? query.Length : end;
        var odd = query.AsSpan(start, end - start).IndexOfAny(OtherLineBreaks);
        if (odd >= 0)
            throw new CypherLexException($"the // comment at offset {start} holds {Describe(query[start + odd])}, which some readers take for a line end.", start + odd);
        return end;
    }

    private static int SkipBlockComment(string query, int start)
    {
        var close = query.IndexOf("*/", start + 2, StringComparison.Ordinal);
        return close >= 0 ? close + 2 : throw new CypherLexException($"the /* comment at offset {start} is not closed.", start);
    }

    private static int StringEnd(string query, int start)
    {
        var quote = query[start];
        for (var i = start + 1; i < query.Length; i++)
        {
            if (query[i] == '\\')
                i++;
            else if (query[i] == quote)
                return i + 1;
        }
        throw new CypherLexException($"the string at offset {start} is not closed.", start);
    }

    private static int QuotedNameEnd(string query, int start)
    {
        for (var i = start + 1; i < query.Length; i++)
        {
            if (query[i] != '`')
                continue;
            if (i + 1 < query.Length && query[i + 1] == '`')
                i++;
            else
                return i + 1;
        }
        throw new CypherLexException($"the `name` at offset {start} is not closed.", start);
    }

    private static int ParameterEnd(string query, int start)
    {
        var first = start + 1 < query.Length ? query[start + 1] : '\0';
        if (first == '`')
            return QuotedNameEnd(query, start + 1);
        if (IsWordStart(first) || char.IsAsciiDigit(first))
            return WordEnd(query, start + 2);
        throw new CypherLexException($"the $ at offset {start} is not followed by a parameter name.", start);
    }

    // Neo4j reads a digit and every name character after it as one number token (1e3, 0x1F, 1_000, 12abc);
    // a fraction needs a digit after the dot, so 1..3 stays a range.
    private static int NumberEnd(string query, int start)
    {
        var i = WordEnd(query, start + 1);
        if (i + 1 < query.Length && query[i] == '.' && char.IsAsciiDigit(query[i + 1]))
            i = WordEnd(query, i + 1);
        if (query[i - 1] is 'e' or 'E' && i + 1 < query.Length && query[i] is '+' or '-' && char.IsAsciiDigit(query[i + 1]))
            i = WordEnd(query, i + 1);
        return i;
    }

    private static int WordEnd(string query, int i)
    {
        while (i < query.Length && (IsWordStart(query[i]) || char.IsAsciiDigit(query[i]) || query[i] == '$'))
            i++;
        return i;
    }

    private static int SymbolEnd(string query, int start)
    {
        if (start + 1 < query.Length && DoubleSymbols.Contains(query.Substring(start, 2)))
            return start + 2;
        if (SingleSymbols.Contains(query[start], StringComparison.Ordinal))
            return start + 1;
        throw new CypherLexException($"{Describe(query[start])} at offset {start} is not accepted outside strings, comments and `names`.", start);
    }

    private static bool IsWordStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static string Describe(char c)
    {
        var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        return char.IsControl(c) || c > '\u007E' ? $"U+{code}" : $"'{c}' (U+{code})";
    }

    [GeneratedRegex(@"^(0[xX][0-9A-Fa-f_]+|0o[0-7_]+|([0-9][0-9_]*)?(\.[0-9][0-9_]*)?([eE][+-]?[0-9][0-9_]*)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLiteral();
}
