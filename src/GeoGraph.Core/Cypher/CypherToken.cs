namespace GeoGraph.Core.Cypher;

public enum CypherTokenKind
{
    /// <summary>A keyword or an unquoted name: ASCII letters, digits, <c>_</c> and <c>$</c>, not starting with a digit.</summary>
    Word,

    /// <summary><c>$name</c>, <c>$0</c> or <c>$`name`</c>.</summary>
    Parameter,

    /// <summary>A string literal in single or double quotes, quotes included.</summary>
    StringLiteral,

    /// <summary>A number literal (Neo4j reads digits followed by letters as one token too).</summary>
    NumberLiteral,

    /// <summary>A name in backticks: never a keyword.</summary>
    QuotedName,

    /// <summary>Punctuation and operators; <c>..</c> and <c>::</c> are one symbol each.</summary>
    Symbol,
}

/// <summary>One token of a Cypher statement and where it starts (a UTF-16 offset into the text).</summary>
public readonly record struct CypherToken(CypherTokenKind Kind, string Text, int Offset)
{
    public bool IsWord(string keyword) => Kind == CypherTokenKind.Word && Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == CypherTokenKind.Symbol && Text == symbol;
}

/// <summary>Text the lexer refuses: it cannot be sure Neo4j would read it the same way.</summary>
public sealed class CypherLexException(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}
