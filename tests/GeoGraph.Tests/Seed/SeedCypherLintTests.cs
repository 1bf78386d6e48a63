using GeoGraph.Store.Neo4j.Layout;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Seed;

/// <summary>Every statement of the seed script passes Neo4j's own Cypher parser and semantic analysis.</summary>
public class SeedCypherLintTests
{
    [Fact]
    public async Task EverySeedStatementPassesNeo4jsCypherFrontEnd()
    {
        var statements = SeedCypherWriter.Statements(SeedFacts.Document);
        var diagnostics = await CypherLinter.LintAsync(statements);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Select(d => $"{d.Severity}: {d.Message} in {statements[d.Index]}")));
    }

    [Fact]
    public async Task TheLinterCatchesBrokenStatements()
    {
        // Guards against a linter that passes everything: these must be flagged.
        var diagnostics = await CypherLinter.LintAsync(["MATCH (n:Node {id: 'x'} RETURN n", "MATCH (n) RETURN m", "MATCH (n:Node {id: $id}) RETURN n"]);
        Assert.Contains(diagnostics, d => d.Index == 0 && d.Severity == "error");
        Assert.Contains(diagnostics, d => d.Index == 1 && d.Severity == "error");
        Assert.DoesNotContain(diagnostics, d => d.Index == 2);
    }
}
