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
    public void TheScriptCreatesConstraintsFirstThenRunsTheStoresOwnBulkStatementsWithEveryRecordWrittenIn()
    {
        var statements = SeedCypherWriter.Statements(SeedFacts.Document);
        Assert.Equal(Neo4jStatements.IdConstraints, statements.Take(Neo4jStatements.IdConstraints.Count));
        var bulk = new[] { Neo4jStatements.UpsertSources }
            .Concat(Core.Vocabulary.NodeKinds.Keys.Select(Neo4jStatements.UpsertNodes))
            .Concat(Core.Vocabulary.RelationTypes.Keys.Select(Neo4jStatements.UpsertRelations))
            .Select(statement => statement["UNWIND $rows AS row ".Length..]).ToHashSet();
        Assert.All(statements.Skip(Neo4jStatements.IdConstraints.Count), statement =>
        {
            Assert.StartsWith("UNWIND [", statement, StringComparison.Ordinal);
            Assert.Contains(statement[(statement.IndexOf("] AS row ", StringComparison.Ordinal) + "] AS row ".Length)..], bulk);
        });
        var script = string.Join("\n", statements);
        Assert.All(SeedFacts.Document.Sources, source => Assert.Contains(CypherLiteral.Map(Row(source.Id, Neo4jRecords.Properties(source))), script, StringComparison.Ordinal));
        Assert.All(SeedFacts.Document.Nodes, node => Assert.Contains(CypherLiteral.Map(Row(node.Id, Neo4jRecords.Properties(node))), script, StringComparison.Ordinal));
    }

    /// <summary>
    /// The seed script loaded over a graph the API wrote must not take the store's own fields away (nodes would drop out
    /// of lists, search and date filters): every node's row carries them, as the store writes them.
    /// </summary>
    [Fact]
    public void EveryNodeTheScriptWritesCarriesTheStoresDerivedFields()
    {
        var script = SeedCypherWriter.Write(SeedFacts.Document);
        foreach (var node in SeedFacts.Document.Nodes)
        {
            var properties = Neo4jRecords.Properties(node);
            string[] derived = ["_sortKey", "_names", "_searchName", "_searchAliases", "_searchTitle", "_searchBody", .. node.Date is null ? Array.Empty<string>() : ["_dateStart", "_dateEnd"]];
            Assert.All(derived, key => Assert.True(properties.ContainsKey(key), $"{node.Id} lacks {key}"));
            Assert.Contains($"props: {CypherLiteral.Map(properties)}", script, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("SET n = {", script, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Row(string id, Dictionary<string, object?> properties) => new() { ["id"] = id, ["props"] = properties };

    [Theory]
    [InlineData("it's", @"'it\'s'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("two\nlines", @"'two\nlines'")]
    public void StringsAreEscapedForCypher(string text, string literal) =>
        Assert.Equal(literal, CypherLiteral.Of(text));

    [Theory]
    [InlineData(3.0, "3.0")]
    [InlineData(2.5, "2.5")]
    [InlineData(1e20, "1E20")]
    [InlineData(-1.5e-7, "-1.5E-07")]
    public void FloatsStayFloatsInCypher(double number, string literal) =>
        Assert.Equal(literal, CypherLiteral.Of(number));
}
