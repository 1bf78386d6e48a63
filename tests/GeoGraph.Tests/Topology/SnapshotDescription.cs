using System.Globalization;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Topology;

namespace GeoGraph.Tests.Topology;

/// <summary>
/// A snapshot written out as text, independent of its slots: every node with its edges in and out, every edge
/// with its ends and attributes, sorted. Two snapshots of the same graph read the same.
/// </summary>
public static class SnapshotDescription
{
    public static string Of(GraphSnapshot graph)
    {
        var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{graph.NodeCount} nodes, {graph.EdgeCount} edges") };
        lines.AddRange(graph.Nodes().Select(node => string.Create(CultureInfo.InvariantCulture,
            $"node {graph.NodeId(node)} '{graph.NodeName(node)}' {graph.NodeKind(node)} degree {graph.Degree(node)} out [{Ids(graph, node, Direction.Out)}] in [{Ids(graph, node, Direction.In)}]"))
            .Order(StringComparer.Ordinal));
        lines.AddRange(graph.AllEdges().Select(edge => string.Create(CultureInfo.InvariantCulture,
            $"edge {graph.EdgeId(edge)} {graph.EdgeType(edge)} {graph.NodeId(graph.EdgeFrom(edge))}->{graph.NodeId(graph.EdgeTo(edge))} {graph.EdgeDate(edge)} {graph.EdgePeriod(edge)} {graph.EdgeStance(edge)}"))
            .Order(StringComparer.Ordinal));
        return string.Join('\n', lines);
    }

    private static string Ids(GraphSnapshot graph, int node, Direction direction) =>
        string.Join(' ', graph.Edges(node, direction).Select(edge => $"{graph.EdgeId(edge.Edge)}:{graph.NodeId(edge.Other)}").Order(StringComparer.Ordinal));
}
