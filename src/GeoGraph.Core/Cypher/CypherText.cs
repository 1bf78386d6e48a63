using System.Text;
using System.Text.RegularExpressions;

namespace GeoGraph.Core.Cypher;

/// <summary>
/// Lexical checks on user-written Cypher before it is sent anywhere: how many statements it holds and
/// whether it uses a clause that writes. Strings, comments and backticked names are masked first, so
/// <c>'CREATE'</c> in a string or <c>n.set</c> as a property do not count. The database's read-only access
/// mode is the final guard; these checks give a clear answer early.
/// </summary>
public static partial class CypherText
{
    /// <summary>The code with every string, comment and backticked name replaced by spaces.</summary>
    public static string Mask(string query)
    {
        var masked = new StringBuilder(query.Length);
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            var end = c switch
            {
                '\'' or '"' or '`' => ClosingQuote(query, i, c),
                '/' when i + 1 < query.Length && query[i + 1] == '/' => LineEnd(query, i),
                '/' when i + 1 < query.Length && query[i + 1] == '*' => CommentEnd(query, i),
                _ => -1,
            };
            if (end < 0)
            {
                masked.Append(c);
                continue;
            }
            masked.Append(' ', end - i + 1);
            i = end;
        }
        return masked.ToString();
    }

    /// <summary>Statements separated by semicolons (a trailing semicolon is allowed).</summary>
    public static int StatementCount(string query) =>
        Mask(query).Split(';').Count(part => !string.IsNullOrWhiteSpace(part));

    /// <summary>The first clause that writes, or null when the query only reads.</summary>
    public static string? FirstWriteClause(string query) =>
        WriteClause().Match(Mask(query)) is { Success: true } match ? Regex.Replace(match.Value.ToUpperInvariant(), @"\s+", " ") : null;

    private static int ClosingQuote(string query, int start, char quote)
    {
        for (var i = start + 1; i < query.Length; i++)
        {
            if (query[i] == '\\' && quote != '`')
                i++;
            else if (query[i] == quote)
                return i;
        }
        return query.Length - 1;
    }

    private static int LineEnd(string query, int start) =>
        query.IndexOf('\n', start) is var end && end >= 0 ? end : query.Length - 1;

    private static int CommentEnd(string query, int start) =>
        query.IndexOf("*/", start + 2, StringComparison.Ordinal) is var end && end >= 0 ? end + 1 : query.Length - 1;

    // Whole words only, and not as a property or parameter name (n.set, $delete).
    [GeneratedRegex(@"(?<![\w.$])(CREATE|MERGE|DELETE|DETACH\s+DELETE|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV|ALTER|GRANT|DENY|REVOKE|RENAME|IN\s+TRANSACTIONS)(?![\w])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriteClause();
}
