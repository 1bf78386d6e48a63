using System.Globalization;
using System.Text;
using GeoGraph.Core.Storage;

namespace GeoGraph.Store.Neo4j;

/// <summary>
/// Lucene query strings for Neo4j's full-text indexes. User text never reaches Lucene's syntax unescaped: every
/// word is escaped, so <c>AND</c>, <c>*</c>, <c>:</c> or quotes in a search are just characters.
/// </summary>
public static class Neo4jLucene
{
    // The node properties of the search fields, boosted by the weights the embedded store gives BM25.
    private static readonly (string Field, int Boost)[] SearchProperties =
    [
        ("_searchName", SearchFields.NameWeight),
        ("_searchAliases", SearchFields.AliasesWeight),
        ("_searchTitle", SearchFields.TitleWeight),
        ("_searchBody", SearchFields.BodyWeight),
    ];

    /// <summary>
    /// The query for folded search words: every word required (<c>+</c>), matching a field's word as a prefix, with
    /// an exact word match scoring on top (a prefix query scores a constant, a term query scores by BM25, which
    /// prefers short fields such as a name that is nearly just the word).
    /// </summary>
    public static string Search(IEnumerable<string> foldedWords)
    {
        var query = new StringBuilder();
        foreach (var word in foldedWords.Where(word => word.Length > 0))
        {
            var escaped = Escape(word);
            query.Append(query.Length == 0 ? "+(" : " +(");
            query.AppendJoin(' ', SearchProperties.Select(field => string.Create(CultureInfo.InvariantCulture, $"{field.Field}:{escaped}*^{field.Boost}")));
            query.Append(' ');
            query.AppendJoin(' ', SearchProperties.Select(field => string.Create(CultureInfo.InvariantCulture, $"{field.Field}:{escaped}^{field.Boost}")));
            query.Append(')');
        }
        return query.ToString();
    }

    /// <summary>An exact match of the whole value, for an index whose analyzer keeps values whole (<c>keyword</c>).</summary>
    public static string Exact(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Escapes Lucene's special characters (and whitespace) with a backslash.</summary>
    public static string Escape(string word)
    {
        var escaped = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is '\\' or '+' or '-' or '!' or '(' or ')' or ':' or '^' or '[' or ']' or '"' or '{' or '}' or '~' or '*' or '?' or '|' or '&' or '/'
                || char.IsWhiteSpace(c))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
