using GeoGraph.Core.Model;

namespace GeoGraph.Core.Graph;

/// <summary>
/// A store that can load a graph into itself while it is empty without holding the whole graph in memory: records are
/// written batch by batch as they are read, inside one transaction that commits only at the end. The embedded store
/// offers it to the CLI's <c>import</c> and <c>generate</c>; Neo4j loads in bulk through <c>neo4j-admin</c> or the
/// Cypher export instead.
/// </summary>
public interface IBulkLoadingStore
{
    /// <summary>Starts a load and holds the store's write lock until it ends; null when the store is not empty.</summary>
    Task<IBulkLoad?> BeginBulkLoadAsync(CancellationToken cancellationToken = default);
}

/// <summary>One bulk load: all or nothing. Disposing it before <see cref="CommitAsync"/> undoes every batch written.</summary>
public interface IBulkLoad : IAsyncDisposable
{
    /// <summary>
    /// Works out what the store will write for a batch (its rows and their JSON), apart from the write itself: safe on
    /// any thread and alongside <see cref="Write"/>, so a loader prepares the next batches on other cores while one is
    /// being written.
    /// </summary>
    BulkBatch Prepare(IReadOnlyList<Source> sources, IReadOnlyList<BulkRecord<Node>> nodes, IReadOnlyList<BulkRecord<Relation>> relations);

    /// <summary>Writes a batch this load prepared. A reference may point at a record of a later batch; it is checked at commit.</summary>
    /// <exception cref="DuplicateIdException">A record's id was written before in this load.</exception>
    void Write(BulkBatch batch);

    /// <summary>Checks that every reference resolves, builds the indexes and commits.</summary>
    /// <exception cref="MissingReferenceException">A node or source some record cites was never written.</exception>
    Task CommitAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// A record to load, with its JSON as the store writes it (<see cref="GraphJson.Options"/>, UTF-8) when the reader
/// already holds those bytes (<see cref="Exchange.NdjsonLine.Json"/>), else null: the store then writes it itself.
/// </summary>
public readonly record struct BulkRecord<T>(T Record, byte[]? Json);

/// <summary>A batch of records prepared by one <see cref="IBulkLoad"/>, for that load to write.</summary>
public abstract class BulkBatch
{
    public abstract int SourceCount { get; }

    public abstract int NodeCount { get; }

    public abstract int RelationCount { get; }
}
