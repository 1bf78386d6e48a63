namespace GeoGraph.Core.Cypher;

/// <summary>The keyword sets <see cref="CypherReadGuard"/> decides with (upper case).</summary>
internal static class CypherKeywords
{
    /// <summary>Read-only procedures <c>CALL</c> may name (exact, case-sensitive names).</summary>
    public static readonly IReadOnlyList<string> AllowedProcedures = ["db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization"];

    /// <summary>Clauses a statement, a <c>CALL { }</c> body or the part after <c>UNION</c> may begin with.</summary>
    public static readonly HashSet<string> ClauseStarts = ["MATCH", "OPTIONAL", "WITH", "RETURN", "UNWIND", "CALL"];

    /// <summary>
    /// Words that may follow a finished expression or pattern at clause level: the allowed clauses, and the
    /// infix and suffix words of expressions. Any other word there starts a clause that is not allowed.
    /// </summary>
    public static readonly HashSet<string> AfterExpression =
    [
        "MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "UNWIND", "ORDER", "SKIP", "OFFSET", "LIMIT", "UNION", "CALL", "YIELD", "USING",
        "AS", "AND", "OR", "XOR", "NOT", "IS", "IN", "STARTS", "ENDS", "CONTAINS", "ASC", "ASCENDING", "DESC", "DESCENDING",
        "WHEN", "THEN", "ELSE", "END",
    ];

    /// <summary>Words after which an operand or the rest of a keyword phrase follows, so they do not end an expression.</summary>
    public static readonly HashSet<string> ExpectOperand =
    [
        "MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "UNWIND", "ORDER", "BY", "SKIP", "OFFSET", "LIMIT", "UNION", "ALL", "ANY",
        "CALL", "YIELD", "USING", "INDEX", "SCAN", "JOIN", "ON", "AS", "AND", "OR", "XOR", "NOT", "IS", "IN", "STARTS", "ENDS",
        "CONTAINS", "CASE", "WHEN", "THEN", "ELSE", "DISTINCT", "SHORTEST", "TYPED", "EXISTS", "COUNT", "COLLECT",
    ];

    /// <summary>
    /// Words that write, load data, switch database or administer the server, and clauses outside the
    /// allow-list: refused wherever they stand as a bare word (not a property, label, map key, parameter or `name`).
    /// </summary>
    public static readonly HashSet<string> Refused =
    [
        "CREATE", "MERGE", "SET", "DELETE", "DETACH", "NODETACH", "REMOVE", "FOREACH", "INSERT", "LOAD", "USE", "FINISH",
        "DROP", "ALTER", "RENAME", "GRANT", "DENY", "REVOKE", "SHOW", "TERMINATE", "START", "STOP", "ENABLE", "DEALLOCATE",
        "REALLOCATE", "DRYRUN", "TRANSACTIONS", "PERIODIC", "COMMIT", "FILTER", "LET", "NEXT",
    ];

    /// <summary>Refused words that are named together with the word after them (DETACH DELETE, LOAD CSV, SHOW SETTINGS).</summary>
    public static readonly HashSet<string> NamedWithNextWord =
        ["DETACH", "NODETACH", "LOAD", "SHOW", "TERMINATE", "DROP", "ALTER", "RENAME", "START", "STOP", "ENABLE", "OPTIONAL"];

    /// <summary>Subquery expressions whose braces hold clauses (or, for all but CALL, a bare pattern).</summary>
    public static readonly HashSet<string> SubqueryOpeners = ["CALL", "EXISTS", "COUNT", "COLLECT"];

    /// <summary>Words after which <c>*</c> means "everything" and so ends the expression (RETURN *, WITH *).</summary>
    public static readonly HashSet<string> BeforeStar = ["RETURN", "WITH", "YIELD", "DISTINCT"];
}
