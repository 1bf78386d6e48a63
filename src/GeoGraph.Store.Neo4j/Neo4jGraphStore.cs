using System.Text.Json;
using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Topology;
using GeoGraph.Store.Neo4j.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeoGraph.Store.Neo4j;

/// <summary>
/// The graph in Neo4j, reached over the HTTP Query API (<see cref="Neo4jQueryClient"/>). Behaves as the embedded
/// store does: the same exceptions, paging, ordering, date-overlap filtering and search folding. Each write is one
/// statement (one implicit transaction) except <see cref="UpsertAsync"/>, which runs in one explicit transaction.
/// Split by concern over several partial files; the Cypher is in <see cref="Neo4jStatements"/>.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly Neo4jStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly GraphSnapshots _snapshots;
    // This process's graph writes go one at a time, so its snapshot takes them in commit order.
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <param name="logger">Where failed background snapshot builds are reported.</param>
    public Neo4jGraphStore(Neo4jQueryClient client, IOptions<Neo4jStoreOptions> options, TimeProvider? time = null, ILogger? logger = null)
    {
        _client = client;
        _options = options.Value;
        _time = time ?? TimeProvider.System;
        _snapshots = new GraphSnapshots(BuildSnapshotAsync, new GraphSnapshotOptions
        {
            RefreshAfter = _options.TopologyMaxAge == TimeSpan.Zero ? null : _options.TopologyMaxAge,
        }, _time, logger);
    }

    /// <summary>Nodes adopted per statement.</summary>
    internal const int AdoptBatchSize = 1_000;

    /// <summary>
    /// Constraints and indexes, each created only when missing; waits until every index is online (<see cref="Neo4jStoreOptions.IndexWait"/>). Then adopts a
    /// graph written by someone else (the seed script through cypher-shell): its nodes and dated relations get the
    /// store's own fields, so they list, filter and search like the store's own.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // The relation id index lists the vocabulary's types: remake it when they changed.
        var existing = await WriteAsync(Neo4jStatements.RelationIdIndexTypes, [], cancellationToken);
        if (existing.Records.Count > 0)
        {
            var indexed = existing.Records[0]["types"].EnumerateArray().Select(type => type.GetString()).ToHashSet(StringComparer.Ordinal);
            if (!indexed.SetEquals(Vocabulary.RelationTypes.Keys))
                await WriteAsync(Neo4jStatements.RelationIdIndexDrop, [], cancellationToken);
        }
        foreach (var statement in Neo4jStatements.Schema)
            await WriteAsync(statement, [], cancellationToken);
        await AwaitIndexesAsync(cancellationToken);

        while (true)
        {
            var page = await ReadAsync(Neo4jStatements.NodesToAdopt, new() { ["limit"] = AdoptBatchSize }, cancellationToken);
            if (page.Records.Count == 0)
                break;
            var rows = page.Records.Select(record => Neo4jRecords.ToNode(record["node"]))
                .Select(node => new Dictionary<string, object?> { ["id"] = node.Id, ["props"] = Neo4jRecords.OwnFields(node) })
                .ToList();
            await WriteAsync(Neo4jStatements.AdoptNodes, new() { ["rows"] = rows }, cancellationToken);
        }
        await WriteAsync(Neo4jStatements.AdoptRelations, [], cancellationToken);
    }

    /// <summary>How often the start asks whether the indexes are online.</summary>
    private static readonly TimeSpan IndexPoll = TimeSpan.FromMilliseconds(250);

    /// <exception cref="StoreUnavailableException">An index failed, or some are still not online after <see cref="Neo4jStoreOptions.IndexWait"/>.</exception>
    private async Task AwaitIndexesAsync(CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + _options.IndexWait;
        while (true)
        {
            var pending = (await ReadAsync(Neo4jStatements.IndexesNotOnline, [], cancellationToken)).Records;
            if (pending.Count == 0)
                return;
            var states = string.Join(", ", pending.Select(index =>
                $"{index["name"].GetString()} {index["state"].GetString()} ({index["populationPercent"]}%)"));
            if (pending.Any(index => index["state"].GetString() == "FAILED"))
                throw new StoreUnavailableException($"A Neo4j index failed to build: {states}. See SHOW INDEXES YIELD name, failureMessage.");
            if (_time.GetUtcNow() >= deadline)
                throw new StoreUnavailableException(
                    $"Neo4j's indexes are not online after {_options.IndexWait} ({states}); raise Store:Neo4j:IndexWait or start again once they are.");
            await Task.Delay(IndexPoll, _time, cancellationToken);
        }
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await ReadAsync(Neo4jStatements.Ping, [], cancellationToken);
            return result.Records.Count == 1;
        }
        catch (Exception error) when (error is StoreUnavailableException or Neo4jQueryException)
        {
            return false;
        }
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        (await ReadAsync(Neo4jStatements.AnyNode, [], cancellationToken)).Records.Count == 0;

    public void Dispose()
    {
        _snapshots.Dispose();
        _writeLock.Dispose();
    }

    private Task<Neo4jResult> ReadAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _client.RunAsync(Neo4jQuery.Read(statement, parameters), cancellationToken);

    private Task<Neo4jResult> WriteAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _client.RunAsync(Neo4jQuery.Write(statement, parameters), cancellationToken);

    /// <summary>
    /// Runs a write of the graph and applies the change <paramref name="changed"/> names to the snapshot before
    /// returning. A write whose outcome is unknown (Neo4j unreachable, a timeout) makes the snapshot read the store again.
    /// </summary>
    private async Task<T> WriteGraphAsync<T>(Func<Task<T>> write, Func<T, GraphChange?> changed, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var result = await write();
            if (changed(result) is { } change)
                _snapshots.Apply(change);
            return result;
        }
        catch (Exception error) when (error is not (DuplicateIdException or MissingReferenceException or ArgumentException))
        {
            _snapshots.Reload();
            throw;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static bool Flag(Neo4jRecord record, string field) => record[field].ValueKind == JsonValueKind.True;
}
