using System.IO.Compression;
using System.Text;

namespace GeoGraph.Core.Exchange;

/// <summary>
/// A zip of <c>nodes.csv</c> and <c>relationships.csv</c> (RFC 4180: comma-separated, fields with commas, quotes or
/// line breaks quoted, <c>\n</c> line ends), written entry by entry as the records stream in. Property columns come
/// from a first read (<see cref="PropertySchema"/>).
/// </summary>
public static class CsvZipWriter
{
    public const string NodesFile = "nodes.csv";

    public const string RelationshipsFile = "relationships.csv";

    public static Task WritePlainAsync(ExportGraph graph, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(graph, output, neo4j: false, cancellationToken);

    public static Task WriteNeo4jAsync(ExportGraph graph, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(graph, output, neo4j: true, cancellationToken);

    private static async Task WriteAsync(ExportGraph graph, Stream output, bool neo4j, CancellationToken cancellationToken)
    {
        var schema = await PropertySchema.ScanAsync(graph, cancellationToken);
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        await WriteEntryAsync(zip, NodesFile, CsvColumns.Nodes(neo4j, schema.Nodes), graph.Nodes(cancellationToken), cancellationToken);
        await WriteEntryAsync(zip, RelationshipsFile, CsvColumns.Relations(neo4j, schema.Relations), graph.Relations(cancellationToken), cancellationToken);
    }

    private static async Task WriteEntryAsync<T>(
        ZipArchive zip, string name, IReadOnlyList<CsvColumn<T>> columns, IAsyncEnumerable<T> records, CancellationToken cancellationToken)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(cancellationToken);
        await using var writer = new StreamWriter(entry, new UTF8Encoding(false), bufferSize: 64 * 1024);
        await writer.WriteAsync(Line(columns.Select(column => column.Header)));
        await foreach (var record in records)
            await writer.WriteAsync(Line(columns.Select(column => column.Cell(record))));
    }

    private static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Field)) + "\n";

    private static string Field(string? cell) =>
        cell is null ? ""
        : cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : cell;
}
