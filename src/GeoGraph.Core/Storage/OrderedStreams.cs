using System.Runtime.CompilerServices;

namespace GeoGraph.Core.Storage;

/// <summary>Streams sorted by id, merged into one sorted stream while they are read (a store that keeps relations apart by type).</summary>
public static class OrderedStreams
{
    public static async IAsyncEnumerable<T> MergeByIdAsync<T>(
        IEnumerable<IAsyncEnumerable<T>> streams, Func<T, string> id, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var heads = new PriorityQueue<IAsyncEnumerator<T>, string>(StringComparer.Ordinal);
        var open = new List<IAsyncEnumerator<T>>();
        try
        {
            foreach (var stream in streams)
            {
                var enumerator = stream.GetAsyncEnumerator(cancellationToken);
                open.Add(enumerator);
                if (await enumerator.MoveNextAsync())
                    heads.Enqueue(enumerator, id(enumerator.Current));
            }
            while (heads.TryDequeue(out var head, out _))
            {
                yield return head.Current;
                if (await head.MoveNextAsync())
                    heads.Enqueue(head, id(head.Current));
            }
        }
        finally
        {
            foreach (var enumerator in open)
                await enumerator.DisposeAsync();
        }
    }
}
