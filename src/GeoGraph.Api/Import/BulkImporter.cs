using System.Threading.Channels;
using GeoGraph.Core.Exchange;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Import;

/// <summary>
/// The fast way into an empty store (<see cref="IBulkLoadingStore"/>), for the CLI's <c>import</c> and <c>generate</c>:
/// records are read, validated and written batch by batch, so no more than a few batches are ever in memory and
/// reading, validating and writing run on all cores at once. It succeeds only whole. At the first record the importer
/// would refuse (a line it cannot read, a record its validator rejects, an id given twice, a reference that resolves
/// nowhere) the load is undone and the answer is null: the caller then runs <see cref="GraphImporter"/> on the same
/// input, which reports every refused record with its line and writes nothing.
/// </summary>
public static class BulkImporter
{
    /// <summary>
    /// Records validated and written together. Small batches keep few records alive at once: with 1,024 the batches in
    /// flight outlived the young generation, and the GC ran about 60 full collections and paused 1.9-2.0 s on a
    /// million relations; with 256 it runs under 10 and pauses 0.6-0.8 s (<c>docs/benchmarks.md</c>).
    /// </summary>
    public const int BatchSize = 256;

    // Batches read ahead of the writer: enough to keep both cores busy, few enough to keep memory flat.
    private const int BatchesAhead = 2;

    /// <summary>The report of a load of <paramref name="lines"/>; null when the store is not empty or the load was refused and undone.</summary>
    public static async Task<ImportReport?> TryLoadAsync(IBulkLoadingStore store, IAsyncEnumerable<NdjsonLine> lines, CancellationToken cancellationToken)
    {
        await using var load = await store.BeginBulkLoadAsync(cancellationToken);
        if (load is null)
            return null;
        var batches = Channel.CreateBounded<Task<BulkBatch?>>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAsync(lines, load, batches.Writer, stop.Token), CancellationToken.None);
        try
        {
            var created = ImportCounts.Zero;
            await foreach (var validating in batches.Reader.ReadAllAsync(cancellationToken))
            {
                if (await validating is not { } batch)
                    return null;
                load.Write(batch);
                created = new ImportCounts(created.Sources + batch.SourceCount, created.Nodes + batch.NodeCount, created.Relations + batch.RelationCount);
            }
            await load.CommitAsync(cancellationToken);
            var written = created.Sources + created.Nodes + created.Relations > 0;
            return new ImportReport(DryRun: false, written, created, ImportCounts.Zero, ImportCounts.Zero, Rejected: 0, []);
        }
        catch (Exception refused) when (refused is DuplicateIdException or MissingReferenceException)
        {
            return null;
        }
        finally
        {
            await stop.CancelAsync();
            await reading;
        }
    }

    /// <summary>The records of <paramref name="document"/> in the order of an NDJSON export, for <see cref="TryLoadAsync(IBulkLoadingStore, IAsyncEnumerable{NdjsonLine}, CancellationToken)"/>.</summary>
    public static IAsyncEnumerable<NdjsonLine> LinesOf(GraphDocument document) => Lines(document).ToAsyncEnumerable();

    private static IEnumerable<NdjsonLine> Lines(GraphDocument document)
    {
        var number = 0;
        foreach (var source in document.Sources)
            yield return new NdjsonLine(++number, source, null, null, null);
        foreach (var node in document.Nodes)
            yield return new NdjsonLine(++number, null, node, null, null);
        foreach (var relation in document.Relations)
            yield return new NdjsonLine(++number, null, null, relation, null);
    }

    /// <summary>
    /// Cuts the lines into batches, each validated and prepared (<see cref="IBulkLoad.Prepare"/>) on the thread pool while
    /// the next is read; stops quietly when told to.
    /// </summary>
    private static async Task ReadAsync(IAsyncEnumerable<NdjsonLine> lines, IBulkLoad load, ChannelWriter<Task<BulkBatch?>> batches, CancellationToken stop)
    {
        try
        {
            var pending = new List<NdjsonLine>(BatchSize);
            await foreach (var line in lines.WithCancellation(stop))
            {
                pending.Add(line);
                if (pending.Count < BatchSize)
                    continue;
                var full = pending;
                await batches.WriteAsync(Task.Run(() => Prepared(load, full), stop), stop);
                pending = new List<NdjsonLine>(BatchSize);
            }
            if (pending.Count > 0)
                await batches.WriteAsync(Task.Run(() => Prepared(load, pending), stop), stop);
            batches.Complete();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            batches.TryComplete();
        }
        catch (Exception error)
        {
            batches.TryComplete(error);
        }
    }

    /// <summary>The batch of the lines' records, prepared for the load; null when any line is unreadable or any record fails its validator.</summary>
    private static BulkBatch? Prepared(IBulkLoad load, List<NdjsonLine> lines)
    {
        List<Source> sources = [];
        List<BulkRecord<Node>> nodes = [];
        List<BulkRecord<Relation>> relations = [];
        foreach (var line in lines)
        {
            var problem = line switch
            {
                { Source: { } source } => Add(sources, source, RecordValidation.Problem(source)),
                { Node: { } node } => Add(nodes, new BulkRecord<Node>(node, line.Json), RecordValidation.Problem(node)),
                { Relation: { } relation } => Add(relations, new BulkRecord<Relation>(relation, line.Json), RecordValidation.Problem(relation)),
                _ => line.Problem,
            };
            if (problem is not null)
                return null;
        }
        return load.Prepare(sources, nodes, relations);
    }

    private static string? Add<T>(List<T> records, T record, string? problem)
    {
        if (problem is null)
            records.Add(record);
        return problem;
    }
}
