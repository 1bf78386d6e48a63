using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Search;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Topology;

namespace GeoGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Neo4jStatements.GetNode, new() { ["id"] = id }, cancellationToken);
        return result.Records.Count == 0 ? null : Neo4jRecords.ToNode(result.Records[0]["node"]);
    }

    public async Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
            return [];
        var result = await ReadAsync(Neo4jStatements.GetNodes, new() { ["ids"] = ids.Distinct().ToList() }, cancellationToken);
        return [.. result.Records.Select(record => Neo4jRecords.ToNode(record["node"]))];
    }

    public async Task<Page<Node>> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        var dates = DateRange.Between(query.From, query.To);
        var parameters = new Dictionary<string, object?>
        {
            ["afterKey"] = query.After?.SortKey ?? "",
            ["afterId"] = query.After?.Id ?? "",
            ["kinds"] = query.Kinds.ToList(),
            ["name"] = string.IsNullOrWhiteSpace(query.Name) ? null : SearchText.Fold(query.Name),
            ["from"] = dates.Start,
            ["to"] = dates.End,
            ["limit"] = query.Limit + 1,
        };
        if (query.InvolvedId is not null)
            parameters["involved"] = query.InvolvedId;
        var result = await ReadAsync(Neo4jStatements.ListNodes(query.Category, query.InvolvedId is not null), parameters, cancellationToken);
        return Pages.Of(result.Records, query.Limit,
            record => Neo4jRecords.ToNode(record["node"]),
            record => new Cursor(record.GetString("sortKey"), record["node"].GetProperty("id").GetString()!));
    }

    public Task CreateNodeAsync(Node node, CancellationToken cancellationToken = default) =>
        WriteGraphAsync(() => CreateNodeOnceAsync(node, cancellationToken), _ => GraphChange.Upserted(node), cancellationToken);

    private async Task<bool> CreateNodeOnceAsync(Node node, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["id"] = node.Id,
            ["sourceId"] = node.Provenance.Source,
            ["props"] = Neo4jRecords.Properties(node),
        };
        Http.Neo4jResult result;
        try
        {
            result = await WriteAsync(Neo4jStatements.CreateNode(node.Kind), parameters, cancellationToken);
        }
        catch (DuplicateIdException)
        {
            // Another writer created the id between this statement's check and its write: the constraint said no.
            throw new DuplicateIdException("node", node.Id);
        }
        var record = result.Records[0];
        if (Flag(record, "duplicate"))
            throw new DuplicateIdException("node", node.Id);
        if (Flag(record, "missingSource"))
            throw MissingReferenceException.NoSource("provenance.source", node.Provenance.Source);
        return true;
    }

    public Task<bool> ReplaceNodeAsync(Node node, IfMatch? ifMatch = null, CancellationToken cancellationToken = default) =>
        WriteGraphAsync(() => ReplaceNodeOnceAsync(node, ifMatch, cancellationToken), replaced => replaced ? GraphChange.Upserted(node) : null, cancellationToken);

    private async Task<bool> ReplaceNodeOnceAsync(Node node, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["id"] = node.Id,
            ["sourceId"] = node.Provenance.Source,
            ["props"] = Neo4jRecords.Properties(node),
            ["versions"] = ifMatch?.Required,
        };
        var result = await WriteAsync(Neo4jStatements.ReplaceNode(node.Kind), parameters, cancellationToken);
        CheckMatched(result, ifMatch, node.Category, node.Id);
        if (result.Records.Count == 0)
            return false;
        if (Flag(result.Records[0], "missingSource"))
            throw MissingReferenceException.NoSource("provenance.source", node.Provenance.Source);
        return true;
    }

    public Task<DeleteOutcome> DeleteNodeAsync(string id, NodeCategory category, bool cascade, IfMatch? ifMatch = null,
        CancellationToken cancellationToken = default) =>
        WriteGraphAsync(() => DeleteNodeOnceAsync(id, category, cascade, ifMatch, cancellationToken),
            outcome => outcome == DeleteOutcome.Deleted ? GraphChange.NodeRemoved(id) : null, cancellationToken);

    private async Task<DeleteOutcome> DeleteNodeOnceAsync(string id, NodeCategory category, bool cascade, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        var result = await WriteAsync(Neo4jStatements.DeleteNode(category),
            new() { ["id"] = id, ["cascade"] = cascade, ["versions"] = ifMatch?.Required }, cancellationToken);
        CheckMatched(result, ifMatch, category, id);
        if (result.Records.Count == 0)
            return DeleteOutcome.NotFound;
        return !cascade && Flag(result.Records[0], "hasRelations") ? DeleteOutcome.HasRelations : DeleteOutcome.Deleted;
    }

    /// <summary>A conditional write found no node, or one whose version did not match: nothing was written.</summary>
    private static void CheckMatched(Http.Neo4jResult result, IfMatch? ifMatch, NodeCategory category, string id)
    {
        if (ifMatch is not null && (result.Records.Count == 0 || !Flag(result.Records[0], "matches")))
            throw new PreconditionFailedException(category.ToString().ToLowerInvariant(), id);
    }
}
