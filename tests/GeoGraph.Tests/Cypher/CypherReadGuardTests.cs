using GeoGraph.Core.Cypher;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Cypher;

public class CypherReadGuardTests
{
    [Theory]
    [MemberData(nameof(CypherSamples.Reads), MemberType = typeof(CypherSamples))]
    public void LegitimateReadsPass(string query) => Assert.Null(CypherReadGuard.WhyRefused(query));

    [Theory]
    [MemberData(nameof(CypherSamples.Bypasses), MemberType = typeof(CypherSamples))]
    public void BypassesAreRefusedNamingWhatIsRefused(string query, string named)
    {
        var reason = CypherReadGuard.WhyRefused(query);

        Assert.NotNull(reason);
        Assert.Contains(named, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MATCH (n) WITH n FROB (n) RETURN n", "FROB")]
    [InlineData("MATCH (n) RETURN n ORDER BY n.id GROUPS 2", "GROUPS")]
    [InlineData("MATCH (n) RETURN n AS all FROB (m)", "FROB")]
    [InlineData("CALL { FROB (n) RETURN n } RETURN 1", "FROB")]
    [InlineData("MATCH (n) RETURN n UNION FROB (m)", "FROB")]
    [InlineData("MATCH (n) WHERE COUNT { FROB (n) } > 1 RETURN n", "FROB")]
    [InlineData("WHERE n.x = 1", "WHERE")]
    [InlineData("(n)-->(m)", "'('")]
    public void AnUnknownWordAtClausePositionIsRefusedByName(string query, string named) =>
        Assert.StartsWith(named, CypherReadGuard.WhyRefused(query), StringComparison.Ordinal);

    [Theory]
    [InlineData("CALL DB.LABELS()")]
    [InlineData("CALL `db`.`labels`()")]
    [InlineData("CALL db.labels('x')")]
    [InlineData("CALL db.labelsAndMore()")]
    [InlineData("CALL db.index.fulltext.queryNodes('x', 'y') YIELD node RETURN node")]
    public void OnlyTheAllowedProceduresMayBeCalledAndWithoutArguments(string query) =>
        Assert.StartsWith("CALL ", CypherReadGuard.WhyRefused(query), StringComparison.Ordinal);

    [Theory]
    [InlineData("MATCH (set) RETURN set")]
    [InlineData("MATCH (n) RETURN n.x AS delete")]
    public void AWriteKeywordUsedAsABareNameIsRefusedToBeSafe(string query) =>
        Assert.NotNull(CypherReadGuard.WhyRefused(query));

    [Theory]
    [InlineData("MATCH (n) RETURN (n", "not closed")]
    [InlineData("MATCH (n) RETURN n]", "closes no open bracket")]
    [InlineData("MATCH (n) RETURN {a: [1}]", "closes no open bracket")]
    [InlineData("// nothing but a comment", "no statement")]
    [InlineData("RETURN 'never closed", "not closed")]
    public void MalformedTextIsRefused(string query, string reason) =>
        Assert.Contains(reason, CypherReadGuard.WhyRefused(query), StringComparison.Ordinal);

    [Fact]
    public async Task EveryLegitimateReadIsValidCypherForNeo4jsOwnFrontEnd()
    {
        string[] reads = [.. CypherSamples.Reads.Select((object[] row) => (string)row[0])];

        var diagnostics = await CypherLinter.LintAsync(reads);

        Assert.Empty(diagnostics.Where(diagnostic => diagnostic.Severity == "error").Select(diagnostic => $"{reads[diagnostic.Index]}: {diagnostic.Message}"));
    }
}
