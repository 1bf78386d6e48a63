using GeoGraph.Core.Graph;

namespace GeoGraph.Store.Neo4j.Layout;

/// <summary>
/// Turns a graph document into a Cypher script for cypher-shell: the id constraints first, then idempotent
/// MERGE statements for sources, nodes and relations in the store's layout (<see cref="GraphProperties"/>), one
/// statement a line.
/// </summary>
public static class SeedCypherWriter
{
    public const string Header = "// Generated from article-2025-04-01.json by `dotnet run --project src/GeoGraph.Cli -- seed-cypher`. Do not edit by hand.";

    /// <summary>Every statement of the script, without the trailing semicolons.</summary>
    public static IReadOnlyList<string> Statements(GraphDocument document) =>
    [
        .. Neo4jStatements.IdConstraints,
        .. document.Sources.Select(source =>
            $"MERGE (s:Source {{id: {CypherLiteral.Of(source.Id)}}}) SET s = {CypherLiteral.Map(GraphProperties.Of(source))}"),
        .. document.Nodes.Select(node =>
            $"MERGE (n:Node {{id: {CypherLiteral.Of(node.Id)}}}) SET n:{string.Join(':', GraphProperties.Labels(node).Skip(1))} " +
            $"SET n = {CypherLiteral.Map(GraphProperties.Of(node))}"),
        .. document.Relations.Select(relation =>
            $"MATCH (a:Node {{id: {CypherLiteral.Of(relation.From)}}}) MATCH (b:Node {{id: {CypherLiteral.Of(relation.To)}}}) " +
            $"MERGE (a)-[r:{Neo4jStatements.Type(relation.Type)} {{id: {CypherLiteral.Of(relation.Id)}}}]->(b) SET r = {CypherLiteral.Map(GraphProperties.Of(relation))}"),
    ];

    public static string Write(GraphDocument document) =>
        string.Join("\n", [Header, .. Statements(document).Select(statement => statement + ";")]) + "\n";
}
