using GeoGraph.Core.Seed;
using GeoGraph.Store.Neo4j;
using GeoGraph.Store.Neo4j.Layout;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Seed;

/// <summary>The committed Cypher script is exactly what the generator makes of the committed JSON.</summary>
public class SeedCypherTests
{
    [Fact]
    public void TheCommittedCypherMatchesTheGenerator()
    {
        var committed = File.ReadAllText(RepoFiles.PathOf("graph-seed", SeedDocument.CypherFileName));
        var generated = SeedCypherWriter.Write(SeedFacts.Document);
        Assert.True(committed == generated,
            "graph-seed/article-2025-04-01.cypher is stale: run `dotnet run --project src/GeoGraph.Cli -- seed-cypher` and commit the result.");
    }

    [Fact]
    public void TheScriptCreatesConstraintsFirstThenMergesEveryNodeAndRelation()
    {
        var statements = SeedCypherWriter.Statements(SeedFacts.Document);
        Assert.Equal(Neo4jStatements.IdConstraints, statements.Take(Neo4jStatements.IdConstraints.Count));
        var rest = statements.Skip(Neo4jStatements.IdConstraints.Count).ToList();
        Assert.All(rest, statement => Assert.StartsWith("M", statement, StringComparison.Ordinal));
        Assert.Equal(SeedFacts.Document.Sources.Count + SeedFacts.Document.Nodes.Count + SeedFacts.Document.Relations.Count,
            rest.Count(statement => statement.Contains("MERGE", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("it's", @"'it\'s'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("two\nlines", @"'two\nlines'")]
    public void StringsAreEscapedForCypher(string text, string literal) =>
        Assert.Equal(literal, CypherLiteral.Of(text));
}
