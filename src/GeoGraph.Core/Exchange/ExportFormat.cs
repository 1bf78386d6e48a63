namespace GeoGraph.Core.Exchange;

/// <summary>An export format: its name in <c>?format=</c> and <c>--format</c>, what it is sent as, and how it is written.</summary>
/// <param name="Name">e.g. <c>ndjson</c>.</param>
/// <param name="ContentType">The response's content type.</param>
/// <param name="FileName">The file name offered for download.</param>
/// <param name="WriteAsync">Writes the export to a stream as the records are read.</param>
public sealed record ExportFormat(string Name, string ContentType, string FileName, Func<ExportGraph, Stream, CancellationToken, Task> WriteAsync)
{
    /// <summary>The formats Core writes; the Cypher script comes from the Neo4j layout (<c>CypherScriptWriter.Format</c>).</summary>
    public static IReadOnlyList<ExportFormat> Core { get; } =
    [
        new("ndjson", NdjsonRecord.ContentType, "graph" + NdjsonRecord.Extension, NdjsonWriter.WriteAsync),
        new("graphml", "application/graphml+xml", "graph.graphml", GraphMlWriter.WriteAsync),
        new("csv", "application/zip", "graph-csv.zip", CsvZipWriter.WritePlainAsync),
        new("csv-neo4j", "application/zip", "graph-neo4j-import.zip", CsvZipWriter.WriteNeo4jAsync),
    ];
}
