using System.Diagnostics;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Topology;

namespace GeoGraph.Core.Telemetry;

/// <summary>
/// Wraps a store so every call is a span of <see cref="GraphTelemetry.Source"/> and a measurement of
/// <see cref="GraphTelemetry.StoreCallDuration"/>, tagged with the operation and <paramref name="storeName"/>.
/// <see cref="GetSnapshotAsync"/> passes straight through: it reads memory, and the snapshot gauges cover it.
/// </summary>
public sealed class InstrumentedGraphStore(IGraphStore inner, string storeName) : IGraphStore
{
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        Timed(nameof(InitializeAsync), () => inner.InitializeAsync(cancellationToken));

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => Timed(nameof(IsReadyAsync), () => inner.IsReadyAsync(cancellationToken));

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) => Timed(nameof(IsEmptyAsync), () => inner.IsEmptyAsync(cancellationToken));

    public Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default) =>
        Timed(nameof(GetNodeAsync), () => inner.GetNodeAsync(id, cancellationToken));

    public Task<Page<Node>> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        Timed(nameof(ListNodesAsync), () => inner.ListNodesAsync(query, cancellationToken));

    public Task CreateNodeAsync(Node node, CancellationToken cancellationToken = default) =>
        Timed(nameof(CreateNodeAsync), () => inner.CreateNodeAsync(node, cancellationToken));

    public Task<bool> ReplaceNodeAsync(Node node, IfMatch? ifMatch = null, CancellationToken cancellationToken = default) =>
        Timed(nameof(ReplaceNodeAsync), () => inner.ReplaceNodeAsync(node, ifMatch, cancellationToken));

    public Task<DeleteOutcome> DeleteNodeAsync(string id, NodeCategory category, bool cascade, IfMatch? ifMatch = null, CancellationToken cancellationToken = default) =>
        Timed(nameof(DeleteNodeAsync), () => inner.DeleteNodeAsync(id, category, cascade, ifMatch, cancellationToken));

    public Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default) =>
        Timed(nameof(GetRelationAsync), () => inner.GetRelationAsync(id, cancellationToken));

    public Task<Page<Relation>> ListRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default) =>
        Timed(nameof(ListRelationsAsync), () => inner.ListRelationsAsync(query, cancellationToken));

    public Task CreateRelationAsync(Relation relation, CancellationToken cancellationToken = default) =>
        Timed(nameof(CreateRelationAsync), () => inner.CreateRelationAsync(relation, cancellationToken));

    public Task<bool> DeleteRelationAsync(string id, IfMatch? ifMatch = null, CancellationToken cancellationToken = default) =>
        Timed(nameof(DeleteRelationAsync), () => inner.DeleteRelationAsync(id, ifMatch, cancellationToken));

    public Task<Page<NodeRelation>?> GetNodeRelationsAsync(NodeRelationQuery query, CancellationToken cancellationToken = default) =>
        Timed(nameof(GetNodeRelationsAsync), () => inner.GetNodeRelationsAsync(query, cancellationToken));

    public Task<Page<SearchHit>> SearchAsync(string text, int limit, int offset = 0, CancellationToken cancellationToken = default) =>
        Timed(nameof(SearchAsync), () => inner.SearchAsync(text, limit, offset, cancellationToken));

    public Task CreateSourceAsync(Source source, CancellationToken cancellationToken = default) =>
        Timed(nameof(CreateSourceAsync), () => inner.CreateSourceAsync(source, cancellationToken));

    public Task<Page<SourceSummary>> ListSourcesAsync(int limit, Cursor? after = null, CancellationToken cancellationToken = default) =>
        Timed(nameof(ListSourcesAsync), () => inner.ListSourcesAsync(limit, after, cancellationToken));

    public Task<SourceSummary?> GetSourceAsync(string id, CancellationToken cancellationToken = default) =>
        Timed(nameof(GetSourceAsync), () => inner.GetSourceAsync(id, cancellationToken));

    public Task<Page<Node>?> ListSourceNodesAsync(string sourceId, int limit, Cursor? after = null, CancellationToken cancellationToken = default) =>
        Timed(nameof(ListSourceNodesAsync), () => inner.ListSourceNodesAsync(sourceId, limit, after, cancellationToken));

    public Task<Page<Relation>?> ListSourceRelationsAsync(string sourceId, int limit, Cursor? after = null, CancellationToken cancellationToken = default) =>
        Timed(nameof(ListSourceRelationsAsync), () => inner.ListSourceRelationsAsync(sourceId, limit, after, cancellationToken));

    public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Timed(nameof(GetNodesAsync), () => inner.GetNodesAsync(ids, cancellationToken));

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Timed(nameof(GetRelationsAsync), () => inner.GetRelationsAsync(ids, cancellationToken));

    // Streamed reads pass straight through: they last as long as their reader (an export) consumes them, which the
    // request duration already measures.
    public IAsyncEnumerable<Source> ReadSourcesAsync(CancellationToken cancellationToken = default) => inner.ReadSourcesAsync(cancellationToken);

    public IAsyncEnumerable<Node> ReadNodesAsync(CancellationToken cancellationToken = default) => inner.ReadNodesAsync(cancellationToken);

    public IAsyncEnumerable<Relation> ReadRelationsAsync(CancellationToken cancellationToken = default) => inner.ReadRelationsAsync(cancellationToken);

    public ValueTask<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default) => inner.GetSnapshotAsync(cancellationToken);

    public Task UpsertAsync(GraphDocument document, CancellationToken cancellationToken = default) =>
        Timed(nameof(UpsertAsync), () => inner.UpsertAsync(document, cancellationToken));

    private Task<bool> Timed(string method, Func<Task> call) => Timed(method, async () => { await call(); return true; });

    private async Task<T> Timed<T>(string method, Func<Task<T>> call)
    {
        var operation = method[..^"Async".Length];
        using var activity = GraphTelemetry.Source.StartActivity($"store {operation}", ActivityKind.Client);
        activity?.SetTag("geograph.store", storeName);
        var started = Stopwatch.GetTimestamp();
        string? error = null;
        try
        {
            return await call();
        }
        catch (Exception failure)
        {
            error = failure.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error, failure.Message);
            throw;
        }
        finally
        {
            var tags = new TagList { { "operation", operation }, { "store", storeName } };
            if (error is not null)
                tags.Add("error.type", error);
            GraphTelemetry.StoreCallDuration.Record(GraphTelemetry.SecondsSince(started), tags);
        }
    }
}
