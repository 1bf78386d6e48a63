using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Store.Neo4j;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Neo4j;

/// <summary>Every statement the Neo4j store can send passes Neo4j's own Cypher parser and semantic analysis.</summary>
public class Neo4jStatementLintTests
{
    [Fact]
    public async Task EveryStatementVariantPassesNeo4jsCypherFrontEnd()
    {
        var statements = Neo4jStatements.All().Distinct().ToList();
        var diagnostics = await CypherLinter.LintAsync(statements);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Select(d => $"{d.Severity}: {d.Message}\n  in {statements[d.Index]}")));
    }

    [Fact]
    public void TheVariantsCoverEveryKindAndRelationType()
    {
        var statements = Neo4jStatements.All().ToList();
        Assert.All(Vocabulary.NodeKinds.Keys, kind => Assert.Contains(statements, s => s.Contains($":{kind})", StringComparison.Ordinal)));
        Assert.All(Vocabulary.RelationTypes.Keys, type => Assert.Contains(statements, s => s.Contains($"CREATE (a)-[r:{type}]->(b)", StringComparison.Ordinal)));
        Assert.All(Enum.GetValues<Direction>(), direction => Assert.Contains(Neo4jStatements.NodeRelations(direction), statements));
    }

    [Theory]
    [InlineData("Person) DETACH DELETE n //")]
    [InlineData("person")]
    [InlineData("")]
    public void AWordOutsideTheVocabularyNeverReachesAStatement(string kind)
    {
        Assert.Throws<ArgumentException>(() => Neo4jStatements.CreateNode(kind));
        Assert.Throws<ArgumentException>(() => Neo4jStatements.UpsertNodes(kind));
        Assert.Throws<ArgumentException>(() => Neo4jStatements.CreateRelation(kind));
        Assert.Throws<ArgumentException>(() => Neo4jStatements.TopologyEdges(kind));
        Assert.Throws<ArgumentException>(() => Neo4jStatements.ListRelations([kind]));
    }
}
