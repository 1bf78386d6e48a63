using static GeoGraph.Core.Cypher.CypherKeywords;

namespace GeoGraph.Core.Cypher;

/// <summary>
/// Decides, before anything is sent to a database, whether analyst Cypher only reads: an allow-list over the
/// tokens of <see cref="CypherLexer"/>. One statement (a trailing <c>;</c> allowed) made of MATCH, OPTIONAL MATCH,
/// WHERE, WITH, RETURN, UNWIND, ORDER BY, SKIP, LIMIT and UNION, <c>CALL { }</c> subqueries of these (not IN
/// TRANSACTIONS), EXISTS/COUNT/COLLECT subqueries, and CALL of a few read-only procedures. A word at clause
/// position that is not an allowed clause is refused, and so is every write or admin keyword wherever it stands
/// as a bare word. It errs towards refusing: <c>MATCH (set) RETURN set</c> is refused (write <c>`set`</c>).
/// </summary>
public static class CypherReadGuard
{
    public const string Allowed =
        "the endpoint only runs MATCH, OPTIONAL MATCH, WHERE, WITH, RETURN, UNWIND, ORDER BY, SKIP, LIMIT and UNION, CALL { } subqueries made of these, " +
        "and CALL db.labels(), db.relationshipTypes(), db.propertyKeys() or db.schema.visualization().";

    /// <summary>Why <paramref name="query"/> may not run, or null when it is one read the allow-list covers.</summary>
    public static string? WhyRefused(string query)
    {
        try
        {
            return new StatementWalk(CypherLexer.Tokenize(query)).Run();
        }
        catch (CypherLexException refused)
        {
            return refused.Message;
        }
    }

    /// <summary>One pass over the tokens, tracking which brackets are open and what the next token may be.</summary>
    private sealed class StatementWalk(IReadOnlyList<CypherToken> tokens)
    {
        private enum Frame { Root, CallBody, SubqueryBody, Map, Parentheses, List }

        private enum Expect { Anything, Clause, ClauseOrPattern }

        private static readonly CypherToken None = new(CypherTokenKind.Symbol, "", -1);

        private readonly Stack<Frame> _frames = new([Frame.Root]);
        private readonly int _count = tokens.Count > 0 && tokens[^1].IsSymbol(";") ? tokens.Count - 1 : tokens.Count;
        private Expect _expect = Expect.Clause;
        private bool _callBodyNext;

        public string? Run()
        {
            if (_count == 0)
                return "it holds no statement.";
            for (var i = 0; i < _count; i++)
            {
                if (Step(ref i) is { } refusal)
                    return refusal;
            }
            return _frames.Count == 1 ? null : "a bracket is not closed.";
        }

        private string? Step(ref int i)
        {
            var token = tokens[i];
            if (token.IsSymbol(";"))
                return "it holds more than one statement: send one statement at a time.";
            var keyword = IsBareWord(i) ? token.Text.ToUpperInvariant() : null;
            if (keyword is not null && Refused.Contains(keyword))
                return NotAllowed(ClauseName(i));
            if (_expect != Expect.Anything)
            {
                if (ClauseStartRefusal(i, keyword) is { } refusal)
                    return refusal;
            }
            else if (keyword is not null && AtClauseLevel && EndsExpression(i - 1) && !AfterExpression.Contains(keyword))
            {
                return NotAllowed(ClauseName(i));
            }
            if (token.Kind == CypherTokenKind.Symbol)
                return Bracket(i);
            return keyword switch
            {
                "OPTIONAL" when !At(i + 1).IsWord("MATCH") => NotAllowed(ClauseName(i)),
                "UNION" => Union(ref i),
                "CALL" => Call(ref i),
                _ => null,
            };
        }

        private string? ClauseStartRefusal(int i, string? keyword)
        {
            var expected = _expect;
            _expect = Expect.Anything;
            if (keyword is not null && ClauseStarts.Contains(keyword))
                return null;
            // EXISTS { (a)-->(b) } and COUNT { p = (a)-->(b) } hold a bare pattern.
            if (expected == Expect.ClauseOrPattern && (tokens[i].IsSymbol("(") || At(i + 1).IsSymbol("=")))
                return null;
            return NotAllowed(keyword is null ? $"'{tokens[i].Text}' at the start of a clause" : ClauseName(i));
        }

        private string? Bracket(int i)
        {
            switch (tokens[i].Text)
            {
                case "(":
                    _frames.Push(Frame.Parentheses);
                    return null;
                case "[":
                    _frames.Push(Frame.List);
                    return null;
                case "{":
                    OpenBrace(i);
                    return null;
                case ")":
                case "]":
                case "}":
                    return CloseBracket(i);
                default:
                    return null;
            }
        }

        private void OpenBrace(int i)
        {
            if (_callBodyNext)
            {
                _callBodyNext = false;
                _frames.Push(Frame.CallBody);
                _expect = Expect.Clause;
            }
            else if (i > 0 && IsBareWord(i - 1) && SubqueryOpeners.Contains(tokens[i - 1].Text.ToUpperInvariant()))
            {
                _frames.Push(Frame.SubqueryBody);
                _expect = Expect.ClauseOrPattern;
            }
            else
            {
                _frames.Push(Frame.Map);
            }
        }

        private string? CloseBracket(int i)
        {
            var text = tokens[i].Text;
            var frame = _frames.Peek();
            var matches = text switch
            {
                ")" => frame == Frame.Parentheses,
                "]" => frame == Frame.List,
                _ => frame is Frame.CallBody or Frame.SubqueryBody or Frame.Map,
            };
            if (!matches)
                return $"the '{text}' at offset {tokens[i].Offset} closes no open bracket of its kind.";
            _frames.Pop();
            return frame == Frame.CallBody && At(i + 1).IsWord("IN") ? NotAllowed("CALL { } IN TRANSACTIONS") : null;
        }

        private string? Union(ref int i)
        {
            if (At(i + 1).IsWord("ALL"))
                i++;
            _expect = Expect.Clause;
            return null;
        }

        /// <summary><c>CALL { }</c>, <c>CALL (x, y) { }</c>, or <c>CALL name</c> / <c>CALL name()</c> of an allowed procedure.</summary>
        private string? Call(ref int i)
        {
            var next = At(i + 1);
            if (next.IsSymbol("{"))
            {
                _callBodyNext = true;
                return null;
            }
            if (next.IsSymbol("("))
                return CallWithScope(ref i);
            if (next.Kind != CypherTokenKind.Word)
                return NotAllowed($"CALL {next.Text}");
            var end = i + 1;
            var name = next.Text;
            while (At(end + 1).IsSymbol(".") && At(end + 2).Kind == CypherTokenKind.Word)
            {
                name += "." + At(end + 2).Text;
                end += 2;
            }
            if (!AllowedProcedures.Contains(name, StringComparer.Ordinal))
                return NotAllowed($"CALL {name}");
            if (At(end + 1).IsSymbol("("))
            {
                if (!At(end + 2).IsSymbol(")"))
                    return NotAllowed($"CALL {name} with arguments");
                end += 2;
            }
            i = end;
            return null;
        }

        private string? CallWithScope(ref int i)
        {
            var end = i + 2;
            while (At(end).Kind == CypherTokenKind.Word || At(end).IsSymbol(",") || At(end).IsSymbol("*"))
                end++;
            if (!At(end).IsSymbol(")") || !At(end + 1).IsSymbol("{"))
                return NotAllowed("CALL ( ) without a { } subquery after it");
            _callBodyNext = true;
            i = end;
            return null;
        }

        private bool AtClauseLevel => _frames.Peek() is Frame.Root or Frame.CallBody or Frame.SubqueryBody;

        /// <summary>A word that Neo4j could read as a keyword: not a property (n.set), label (:Set) or map key ({set: 1}).</summary>
        private bool IsBareWord(int i)
        {
            if (tokens[i].Kind != CypherTokenKind.Word)
                return false;
            var before = At(i - 1);
            if (before.IsSymbol(".") || before.IsSymbol(":") || before.IsSymbol("::"))
                return false;
            var mapKey = _frames.Peek() == Frame.Map && At(i + 1).IsSymbol(":") && (before.IsSymbol("{") || before.IsSymbol(","));
            return !mapKey;
        }

        /// <summary>Whether the token at <paramref name="i"/> can end an expression or pattern, so a clause may follow it.</summary>
        private bool EndsExpression(int i)
        {
            var token = At(i);
            return token.Kind switch
            {
                CypherTokenKind.NumberLiteral or CypherTokenKind.StringLiteral or CypherTokenKind.Parameter or CypherTokenKind.QuotedName => true,
                // A word after AS is a name (RETURN x AS all), whatever it spells.
                CypherTokenKind.Word => !IsBareWord(i) || At(i - 1).IsWord("AS") || !ExpectOperand.Contains(token.Text.ToUpperInvariant()),
                _ => token.Text is ")" or "]" or "}"
                    || (token.Text == "*" && IsBareWord(i - 1) && BeforeStar.Contains(At(i - 1).Text.ToUpperInvariant())),
            };
        }

        private string ClauseName(int i)
        {
            var keyword = tokens[i].Text.ToUpperInvariant();
            var next = At(i + 1);
            return NamedWithNextWord.Contains(keyword) && next.Kind == CypherTokenKind.Word
                ? $"{keyword} {next.Text.ToUpperInvariant()}"
                : keyword;
        }

        private CypherToken At(int i) => i >= 0 && i < _count ? tokens[i] : None;

        private static string NotAllowed(string clause) => $"{clause} is not allowed: {Allowed}";
    }
}
