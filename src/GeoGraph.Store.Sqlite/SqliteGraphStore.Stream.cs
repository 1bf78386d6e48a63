using System.Runtime.CompilerServices;
using GeoGraph.Core.Model;

namespace GeoGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public IAsyncEnumerable<Source> ReadSourcesAsync(CancellationToken cancellationToken = default) => StreamAsync<Source>("sources", cancellationToken);

    public IAsyncEnumerable<Node> ReadNodesAsync(CancellationToken cancellationToken = default) => StreamAsync<Node>("nodes", cancellationToken);

    public IAsyncEnumerable<Relation> ReadRelationsAsync(CancellationToken cancellationToken = default) => StreamAsync<Relation>("relations", cancellationToken);

    /// <summary>One statement read row by row on the id index: a single read transaction (WAL), so writers go on meanwhile.</summary>
    private async IAsyncEnumerable<T> StreamAsync<T>(string table, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT doc FROM {table} ORDER BY id", null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return reader.Doc<T>(0);
    }
}
