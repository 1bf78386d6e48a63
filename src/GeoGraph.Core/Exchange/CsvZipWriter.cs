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

    /// <summary>Compressed bytes held before they go to the output.</summary>
    private const int DrainBytes = 64 * 1024;

    public static Task WritePlainAsync(ExportGraph graph, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(graph, output, neo4j: false, cancellationToken);

    public static Task WriteNeo4jAsync(ExportGraph graph, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(graph, output, neo4j: true, cancellationToken);

    private static async Task WriteAsync(ExportGraph graph, Stream output, bool neo4j, CancellationToken cancellationToken)
    {
        var schema = await PropertySchema.ScanAsync(graph, cancellationToken);
        await using var drained = new DrainedStream(output);
        using (var zip = new ZipArchive(drained, ZipArchiveMode.Create, leaveOpen: true))
        {
            await WriteEntryAsync(zip, drained, NodesFile, CsvColumns.Nodes(neo4j, schema.Nodes), graph.Nodes(cancellationToken), cancellationToken);
            await WriteEntryAsync(zip, drained, RelationshipsFile, CsvColumns.Relations(neo4j, schema.Relations), graph.Relations(cancellationToken), cancellationToken);
        }
        await drained.DrainAsync(cancellationToken);
    }

    private static async Task WriteEntryAsync<T>(
        ZipArchive zip, DrainedStream drained, string name, IReadOnlyList<CsvColumn<T>> columns, IAsyncEnumerable<T> records, CancellationToken cancellationToken)
    {
        using (var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false), bufferSize: DrainBytes))
        {
            writer.Write(Line(columns.Select(column => column.Header)));
            await foreach (var record in records)
            {
                writer.Write(Line(columns.Select(column => column.Cell(record))));
                if (drained.PendingBytes >= DrainBytes)
                    await drained.DrainAsync(cancellationToken);
            }
        }
        await drained.DrainAsync(cancellationToken);
    }

    private static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Field)) + "\n";

    private static string Field(string? cell) =>
        cell is null ? ""
        : cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : cell;
}
