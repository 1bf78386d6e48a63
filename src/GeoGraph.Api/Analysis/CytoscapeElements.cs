using GeoGraph.Core.Analysis;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Analysis;

/// <summary>A subgraph shaped as Cytoscape.js elements, ready for a front end to draw.</summary>
public sealed record CytoscapeElements(IReadOnlyList<CytoscapeNode> Nodes, IReadOnlyList<CytoscapeEdge> Edges, bool Truncated)
{
    public static CytoscapeElements Of(Subgraph subgraph) => new(
        [.. subgraph.Nodes.Select(node => new CytoscapeNode(new CytoscapeNodeData(node.Id, node.Name, node.Kind, node.Category, node.Hop)))],
        [.. subgraph.Edges.Select(edge => new CytoscapeEdge(new CytoscapeEdgeData(edge.Id, edge.From, edge.To, edge.Type, edge.Date, edge.Stance)))],
        subgraph.Truncated);
}

public sealed record CytoscapeNode(CytoscapeNodeData Data);

/// <param name="Hop">Distance from the centre of the query (0 for the centre).</param>
public sealed record CytoscapeNodeData(string Id, string Label, string Kind, NodeCategory Category, int Hop);

public sealed record CytoscapeEdge(CytoscapeEdgeData Data);

public sealed record CytoscapeEdgeData(string Id, string Source, string Target, string Type, PartialDate? Date, Stance? Stance);
