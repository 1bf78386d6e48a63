using GeoGraph.Core.Exchange;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

namespace GeoGraph.Store.Neo4j.Layout;

/// <summary>
/// Cypher scripts for cypher-shell, the seed's and the <c>cypher</c> export's: the id constraints first, then the
/// store's own bulk statements (<see cref="Neo4jStatements.UpsertSources"/>, <c>UpsertNodes</c>, <c>UpsertRelations</c>:
/// <c>UNWIND</c> rows, <c>MERGE</c> on ids) with their rows written in as literals, one statement a line. The rows are
/// what the store writes (<see cref="Neo4jRecords"/>), derived fields included, so the API reads a loaded graph at once.
/// </summary>
public static class SeedCypherWriter
{
    public const string Header = "// Generated from article-2025-04-01.json by `dotnet run --project src/GeoGraph.Cli -- seed-cypher`. Do not edit by hand.";

    public const string ExportHeader = "// GeoGraph export for an empty Neo4j 5.26: cypher-shell -f graph.cypher. Nodes and relations are merged on their ids.";

    /// <summary>Rows per statement.</summary>
    public const int BatchSize = 500;

    private const string RowsParameter = "UNWIND $rows AS row ";

    public static ExportFormat Format { get; } = new("cypher", "application/x-cypher-query", "graph.cypher", WriteAsync);

    /// <summary>Every statement of the script, without the trailing semicolons.</summary>
    public static IReadOnlyList<string> Statements(GraphDocument document) =>
    [
        .. Neo4jStatements.IdConstraints,
        .. document.Sources.Chunk(BatchSize).SelectMany(Sources),
        .. document.Nodes.Chunk(BatchSize).SelectMany(Nodes),
        .. document.Relations.Chunk(BatchSize).SelectMany(Relations),
    ];

    public static string Write(GraphDocument document) =>
        string.Join("\n", [Header, .. Statements(document).Select(statement => statement + ";")]) + "\n";

    /// <summary>The export: the same statements, written batch by batch as the records stream in.</summary>
    public static async Task WriteAsync(ExportGraph graph, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(ExportHeader + "\n");
        await WriteStatementsAsync(writer, Neo4jStatements.IdConstraints);
        await foreach (var batch in graph.Sources(cancellationToken).Chunk(BatchSize))
            await WriteStatementsAsync(writer, Sources(batch));
        await foreach (var batch in graph.Nodes(cancellationToken).Chunk(BatchSize))
            await WriteStatementsAsync(writer, Nodes(batch));
        await foreach (var batch in graph.Relations(cancellationToken).Chunk(BatchSize))
            await WriteStatementsAsync(writer, Relations(batch));
    }

    private static async Task WriteStatementsAsync(StreamWriter writer, IEnumerable<string> statements)
    {
        foreach (var statement in statements)
            await writer.WriteAsync(statement + ";\n");
    }

    private static IEnumerable<string> Sources(Source[] batch) =>
        [Inline(Neo4jStatements.UpsertSources, batch.Select(source => Row(source.Id, Neo4jRecords.Properties(source))))];

    private static IEnumerable<string> Nodes(Node[] batch) =>
        batch.GroupBy(node => node.Kind).Select(kind =>
            Inline(Neo4jStatements.UpsertNodes(kind.Key), kind.Select(node => Row(node.Id, Neo4jRecords.Properties(node)))));

    private static IEnumerable<string> Relations(Relation[] batch) =>
        batch.GroupBy(relation => relation.Type).Select(type =>
            Inline(Neo4jStatements.UpsertRelations(type.Key), type.Select(relation => new Dictionary<string, object?>
            {
                ["id"] = relation.Id, ["from"] = relation.From, ["to"] = relation.To, ["props"] = Neo4jRecords.Properties(relation),
            })));

    private static Dictionary<string, object?> Row(string id, Dictionary<string, object?> properties) => new() { ["id"] = id, ["props"] = properties };

    /// <summary>The store's statement with its <c>$rows</c> parameter written in as a list literal.</summary>
    private static string Inline(string statement, IEnumerable<Dictionary<string, object?>> rows) =>
        statement.StartsWith(RowsParameter, StringComparison.Ordinal)
            ? $"UNWIND [{string.Join(", ", rows.Select(CypherLiteral.Map))}] AS row {statement[RowsParameter.Length..]}"
            : throw new ArgumentException($"The statement does not start with '{RowsParameter}'.", nameof(statement));
}
