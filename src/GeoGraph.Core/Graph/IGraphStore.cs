using GeoGraph.Core.Model;

namespace GeoGraph.Core.Graph;

/// <summary>
/// The one port every store implements (embedded SQLite, Neo4j). Endpoints only ever see this interface.
/// Writes are atomic: a call that throws has changed nothing.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates the schema (tables, constraints, indexes) if it is missing. Safe to call again.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether the store answers queries.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether the graph holds no node at all (a fresh store that wants its seed).</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default);

    Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default);

    Task<Page<Node>> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <exception cref="DuplicateIdException">A node with that id exists.</exception>
    /// <exception cref="MissingReferenceException">The provenance names an unknown source.</exception>
    Task CreateNodeAsync(Node node, CancellationToken cancellationToken = default);

    /// <summary>Replaces a node of the same category. False when there is no such node.</summary>
    /// <param name="ifMatch">When given, checked against the stored node in the same transaction as the write.</param>
    /// <exception cref="MissingReferenceException">The provenance names an unknown source.</exception>
    /// <exception cref="PreconditionFailedException"><paramref name="ifMatch"/> does not match the stored node, or there is none.</exception>
    Task<bool> ReplaceNodeAsync(Node node, IfMatch? ifMatch = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a node of the given category; with <paramref name="cascade"/> its relations go too.</summary>
    /// <exception cref="PreconditionFailedException"><paramref name="ifMatch"/> does not match the stored node, or there is none.</exception>
    Task<DeleteOutcome> DeleteNodeAsync(string id, NodeCategory category, bool cascade, IfMatch? ifMatch = null, CancellationToken cancellationToken = default);

    Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default);

    Task<Page<Relation>> ListRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default);

    /// <exception cref="DuplicateIdException">A relation with that id exists.</exception>
    /// <exception cref="MissingReferenceException">An end node or the source does not exist.</exception>
    Task CreateRelationAsync(Relation relation, CancellationToken cancellationToken = default);

    /// <exception cref="PreconditionFailedException"><paramref name="ifMatch"/> does not match the stored relation, or there is none.</exception>
    Task<bool> DeleteRelationAsync(string id, IfMatch? ifMatch = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of a node's relations with the node at the other end, in (relation id, direction) order (a relation
    /// from a node to itself is seen once each way); null when the node does not exist.
    /// </summary>
    Task<Page<NodeRelation>?> GetNodeRelationsAsync(NodeRelationQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of ranked matches over names, aliases, titles, descriptions and quotes: exact name matches first, then
    /// score, then id. Paged by position, up to <see cref="Storage.Pages.MaxSearchResults"/> results in all.
    /// </summary>
    Task<Page<SearchHit>> SearchAsync(string text, int limit, int offset = 0, CancellationToken cancellationToken = default);

    /// <exception cref="DuplicateIdException">A source with that id exists.</exception>
    Task CreateSourceAsync(Source source, CancellationToken cancellationToken = default);

    /// <summary>One page of sources with their counts, in id order.</summary>
    Task<Page<SourceSummary>> ListSourcesAsync(int limit, Cursor? after = null, CancellationToken cancellationToken = default);

    /// <summary>A source with how many nodes and relations it supports; null when unknown.</summary>
    Task<SourceSummary?> GetSourceAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>One page of the nodes a source supports, in id order; null when the source is unknown.</summary>
    Task<Page<Node>?> ListSourceNodesAsync(string sourceId, int limit, Cursor? after = null, CancellationToken cancellationToken = default);

    /// <summary>One page of the relations a source supports, in id order; null when the source is unknown.</summary>
    Task<Page<Relation>?> ListSourceRelationsAsync(string sourceId, int limit, Cursor? after = null, CancellationToken cancellationToken = default);

    /// <summary>Every source in id order, read as it streams (exports): memory stays flat however many there are.</summary>
    IAsyncEnumerable<Source> ReadSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every node in id order, read as it streams.</summary>
    IAsyncEnumerable<Node> ReadNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every relation in id order, read as it streams.</summary>
    IAsyncEnumerable<Relation> ReadRelationsAsync(CancellationToken cancellationToken = default);

    /// <summary>The nodes with these ids that exist, in no particular order.</summary>
    Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The relations with these ids that exist, in no particular order.</summary>
    Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// The graph's current snapshot for traversals and analytics. It never waits for a writer; a write through
    /// this store is in the snapshot taken after the write returns.
    /// </summary>
    ValueTask<Topology.GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts or updates sources, nodes and relations by id in one transaction: loading the same
    /// document twice changes nothing.
    /// </summary>
    /// <exception cref="MissingReferenceException">A relation end or a source is in neither the document nor the store.</exception>
    Task UpsertAsync(GraphDocument document, CancellationToken cancellationToken = default);
}
