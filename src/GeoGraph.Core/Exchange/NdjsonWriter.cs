using System.IO.Pipelines;

namespace GeoGraph.Core.Exchange;

/// <summary>Writes the exchange format (<see cref="NdjsonRecord"/>): sources, nodes, relations, one a line, flushed as it goes.</summary>
public static class NdjsonWriter
{
    /// <summary>Bytes gathered before they are flushed to the stream.</summary>
    private const int FlushBytes = 64 * 1024;

    public static async Task WriteAsync(ExportGraph graph, Stream output, CancellationToken cancellationToken)
    {
        var pipe = PipeWriter.Create(output, new StreamPipeWriterOptions(leaveOpen: true));
        await WriteAllAsync(pipe, graph.Sources(cancellationToken), cancellationToken);
        await WriteAllAsync(pipe, graph.Nodes(cancellationToken), cancellationToken);
        await WriteAllAsync(pipe, graph.Relations(cancellationToken), cancellationToken);
        await pipe.CompleteAsync();
    }

    private static async Task WriteAllAsync<T>(PipeWriter pipe, IAsyncEnumerable<T> records, CancellationToken cancellationToken)
    {
        await foreach (var record in records)
        {
            NdjsonRecord.WriteLine(pipe, record);
            if (pipe.UnflushedBytes >= FlushBytes)
                await pipe.FlushAsync(cancellationToken);
        }
        await pipe.FlushAsync(cancellationToken);
    }
}
