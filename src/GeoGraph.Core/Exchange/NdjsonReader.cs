using System.Buffers;
using System.Text.Json;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Exchange;

/// <summary>One line of an NDJSON exchange file: the record it holds, or why it could not be read.</summary>
/// <param name="Number">The line number, from 1.</param>
public sealed record NdjsonLine(int Number, Source? Source, Node? Node, Relation? Relation, string? Problem)
{
    /// <summary>
    /// The record's JSON as the store writes it (<see cref="GraphJson.Options"/>, UTF-8), when the line holds exactly
    /// those bytes (a line of an export, mostly), so that a bulk load need not write the record again; else null.
    /// </summary>
    public byte[]? Json { get; init; }
}

/// <summary>
/// Reads the exchange format (<see cref="NdjsonRecord"/>) from a stream line by line, straight from UTF-8 bytes: a
/// line that is not one record of a known type is reported with its number and reason, and reading goes on. Lines in
/// the exporter's shape are read by hand (<see cref="NdjsonFastPath"/>), the rest by the serializer.
/// </summary>
public static class NdjsonReader
{
    private const int ChunkBytes = 1 << 16;

    public static async IAsyncEnumerable<NdjsonLine> ReadAsync(Stream stream,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var fastPath = new NdjsonFastPath();
        try
        {
            int start = 0, end = 0, number = 0;
            while (true)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
                end += read;
                int newline;
                while ((newline = Array.IndexOf(buffer, (byte)'\n', start, end - start)) >= 0)
                {
                    yield return Read(fastPath, ++number, buffer.AsSpan(start, newline - start));
                    start = newline + 1;
                }
                if (read == 0)
                {
                    if (start < end)
                        yield return Read(fastPath, ++number, buffer.AsSpan(start, end - start));
                    yield break;
                }
                (buffer, start, end) = Compact(buffer, start, end);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Moves the unfinished line to the front, growing the buffer when that line fills it.</summary>
    private static (byte[] Buffer, int Start, int End) Compact(byte[] buffer, int start, int end)
    {
        var pending = end - start;
        var target = pending < buffer.Length / 2 ? buffer : ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        Buffer.BlockCopy(buffer, start, target, 0, pending);
        if (!ReferenceEquals(target, buffer))
            ArrayPool<byte>.Shared.Return(buffer);
        return (target, 0, pending);
    }

    private static NdjsonLine Read(NdjsonFastPath fastPath, int number, ReadOnlySpan<byte> line) =>
        fastPath.TryParse(number, line) ?? Parse(number, line);

    /// <summary>The line read by the serializer: its record, or why it is not one.</summary>
    public static NdjsonLine Parse(int number, ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty)
            return new NdjsonLine(number, null, null, null, "The line is blank; every line holds one record.");
        try
        {
            var wrapper = JsonSerializer.Deserialize<LineObject>(line, GraphJson.Incoming);
            var count = (wrapper?.Source is null ? 0 : 1) + (wrapper?.Node is null ? 0 : 1) + (wrapper?.Relation is null ? 0 : 1);
            return count == 1
                ? new NdjsonLine(number, wrapper!.Source, wrapper.Node, wrapper.Relation, null)
                : new NdjsonLine(number, null, null, null,
                    $"The line must be an object with exactly one of the properties '{NdjsonRecord.Source}', '{NdjsonRecord.Node}' or '{NdjsonRecord.Relation}'.");
        }
        catch (JsonException error)
        {
            return new NdjsonLine(number, null, null, null, error.Message);
        }
    }

    private sealed record LineObject
    {
        public Source? Source { get; init; }

        public Node? Node { get; init; }

        public Relation? Relation { get; init; }
    }
}
