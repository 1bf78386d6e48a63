using GeoGraph.Core.Model;

namespace GeoGraph.Core.Graph;

/// <summary>
/// The references of a document to load (each node's source; each relation's ends and source), checked the same
/// way by every store and by the importer: what the document does not hold itself is looked up in the store once per
/// distinct id. Only when some id is in neither does a second pass find the records that cite it, so a load whose
/// references all resolve costs one pass.
/// </summary>
public sealed class DocumentReferences
{
    private readonly GraphDocument _document;

    public DocumentReferences(GraphDocument document)
    {
        _document = document;
        var sources = document.Sources.Select(source => source.Id).ToHashSet(StringComparer.Ordinal);
        var nodes = document.Nodes.Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        var nodesOutside = new HashSet<string>(StringComparer.Ordinal);
        var sourcesOutside = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in document.Nodes)
        {
            if (!sources.Contains(node.Provenance.Source))
                sourcesOutside.Add(node.Provenance.Source);
        }
        foreach (var relation in document.Relations)
        {
            if (!nodes.Contains(relation.From))
                nodesOutside.Add(relation.From);
            if (!nodes.Contains(relation.To))
                nodesOutside.Add(relation.To);
            if (!sources.Contains(relation.Provenance.Source))
                sourcesOutside.Add(relation.Provenance.Source);
        }
        NodesOutside = [.. nodesOutside];
        SourcesOutside = [.. sourcesOutside];
    }

    /// <summary>Node ids the relations join that the document does not hold: to look up in the store.</summary>
    public IReadOnlyList<string> NodesOutside { get; }

    /// <summary>Source ids the records cite that the document does not hold: to look up in the store.</summary>
    public IReadOnlyList<string> SourcesOutside { get; }

    /// <summary>The ids outside the document that the store does not hold either, given which of them it holds.</summary>
    public (IReadOnlySet<string> Nodes, IReadOnlySet<string> Sources) Unresolved(IEnumerable<string> storedNodes, IEnumerable<string> storedSources)
    {
        var nodes = NodesOutside.ToHashSet(StringComparer.Ordinal);
        nodes.ExceptWith(storedNodes);
        var sources = SourcesOutside.ToHashSet(StringComparer.Ordinal);
        sources.ExceptWith(storedSources);
        return (nodes, sources);
    }

    /// <summary>Checks every reference, given which of those outside the document the store holds.</summary>
    /// <exception cref="MissingReferenceException">The first reference in write order (nodes' sources, then each relation's from, to and source) that is in neither.</exception>
    public void Check(IEnumerable<string> storedNodes, IEnumerable<string> storedSources)
    {
        var (nodes, sources) = Unresolved(storedNodes, storedSources);
        if (nodes.Count == 0 && sources.Count == 0)
            return;
        for (var i = 0; i < _document.Nodes.Count; i++)
        {
            if (sources.Contains(_document.Nodes[i].Provenance.Source))
                throw MissingReferenceException.NoSource($"nodes[{i}].provenance.source", _document.Nodes[i].Provenance.Source);
        }
        for (var i = 0; i < _document.Relations.Count; i++)
        {
            if (MissingReference(_document.Relations[i], $"relations[{i}].", nodes, sources) is { } missing)
                throw missing;
        }
    }

    /// <summary>The first of the relation's references among the unresolved ids, or null.</summary>
    public static MissingReferenceException? MissingReference(Relation relation, string fieldPrefix, IReadOnlySet<string> unresolvedNodes, IReadOnlySet<string> unresolvedSources) =>
        MissingReferenceException.FirstOf(relation, fieldPrefix, !unresolvedNodes.Contains(relation.From), !unresolvedNodes.Contains(relation.To),
            !unresolvedSources.Contains(relation.Provenance.Source));
}
