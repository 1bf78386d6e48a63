using GeoGraph.Core.Cypher;

namespace GeoGraph.Tests.Cypher;

public class CypherTextTests
{
    [Theory]
    [InlineData("MATCH (n) RETURN n", 1)]
    [InlineData("MATCH (n) RETURN n;", 1)]
    [InlineData("MATCH (n) RETURN n; MATCH (m) RETURN m", 2)]
    [InlineData("RETURN 'a;b' AS text", 1)]
    [InlineData("RETURN 1 // a; comment\n", 1)]
    [InlineData("RETURN 1 /* ; */", 1)]
    public void StatementsAreCountedOutsideStringsAndComments(string query, int count) =>
        Assert.Equal(count, CypherText.StatementCount(query));

    [Theory]
    [InlineData("CREATE (n:Node {id: 'x'})", "CREATE")]
    [InlineData("MATCH (n) DETACH DELETE n", "DETACH DELETE")]
    [InlineData("MATCH (n) set n.name = 'x'", "SET")]
    [InlineData("MATCH (n) WITH n MERGE (m:Node {id: n.id})", "MERGE")]
    [InlineData("LOAD  CSV FROM 'file:///x' AS row RETURN row", "LOAD CSV")]
    [InlineData("CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1", "IN TRANSACTIONS")]
    public void ClausesThatWriteAreFound(string query, string clause) =>
        Assert.Equal(clause, CypherText.FirstWriteClause(query));

    [Theory]
    [InlineData("MATCH (n) WHERE n.name = 'CREATE' RETURN n")]
    [InlineData("MATCH (n) RETURN n.set, n.`delete`, $merge")]
    [InlineData("MATCH (n) // SET n.x = 1\nRETURN n")]
    [InlineData("MATCH (n:Node) RETURN n.createdAt ORDER BY n.offset")]
    public void ReadingQueriesPass(string query) => Assert.Null(CypherText.FirstWriteClause(query));
}
