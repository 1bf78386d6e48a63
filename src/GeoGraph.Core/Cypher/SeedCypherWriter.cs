using GeoGraph.Core.Graph;

namespace GeoGraph.Core.Cypher;

/// <summary>
/// Turns a graph document into a Cypher script for cypher-shell: constraints first, then idempotent
/// MERGE statements for sources, nodes and relations, one statement a line.
/// </summary>
public static class SeedCypherWriter
{
    public const string Header = "// Generated from article-2025-04-01.json by `dotnet run --project src/GeoGraph.Cli -- seed-cypher`. Do not edit by hand.";

    public static IReadOnlyList<string> Constraints { get; } =
    [
        "CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
    ];

    /// <summary>Every statement of the script, without the trailing semicolons.</summary>
    public static IReadOnlyList<string> Statements(GraphDocument document) =>
    [
        .. Constraints,
        .. document.Sources.Select(source =>
            $"MERGE (s:Source {{id: {CypherLiteral.Of(source.Id)}}}) SET s = {CypherLiteral.Map(GraphProperties.Of(source))}"),
        .. document.Nodes.Select(node =>
            $"MERGE (n:Node {{id: {CypherLiteral.Of(node.Id)}}}) SET n:{string.Join(':', GraphProperties.Labels(node).Skip(1))} " +
            $"SET n = {CypherLiteral.Map(GraphProperties.Of(node))}"),
        .. document.Relations.Select(relation =>
            $"MATCH (a:Node {{id: {CypherLiteral.Of(relation.From)}}}) MATCH (b:Node {{id: {CypherLiteral.Of(relation.To)}}}) " +
            $"MERGE (a)-[r:{CheckedType(relation.Type)} {{id: {CypherLiteral.Of(relation.Id)}}}]->(b) SET r = {CypherLiteral.Map(GraphProperties.Of(relation))}"),
    ];

    // Relation types cannot be Cypher parameters: only vocabulary words may reach a statement.
    private static string CheckedType(string type) =>
        Vocabulary.IsRelationType(type) ? type : throw new ArgumentException($"'{type}' is not a relation type of the vocabulary.", nameof(type));

    public static string Write(GraphDocument document) =>
        string.Join("\n", [Header, .. Statements(document).Select(statement => statement + ";")]) + "\n";
}
