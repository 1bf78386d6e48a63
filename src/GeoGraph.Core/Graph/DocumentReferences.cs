namespace GeoGraph.Core.Graph;

/// <summary>
/// The references of a document to load (each node's source; each relation's ends and source), checked the same
/// way by every store before a bulk write: what the document does not hold itself is looked up in the store once
/// per distinct id, and the first reference found in neither is reported in write order (nodes' sources, then each
/// relation's from, to and source).
/// </summary>
public sealed class DocumentReferences
{
    private readonly GraphDocument _document;
    private readonly HashSet<string> _sources;
    private readonly HashSet<string> _nodes;

    public DocumentReferences(GraphDocument document)
    {
        _document = document;
        _sources = document.Sources.Select(source => source.Id).ToHashSet(StringComparer.Ordinal);
        _nodes = document.Nodes.Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        NodesOutside = [.. document.Relations.SelectMany(relation => new[] { relation.From, relation.To })
            .Where(id => !_nodes.Contains(id)).Distinct(StringComparer.Ordinal)];
        SourcesOutside = [.. document.Nodes.Select(node => node.Provenance.Source)
            .Concat(document.Relations.Select(relation => relation.Provenance.Source))
            .Where(id => !_sources.Contains(id)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Node ids the relations join that the document does not hold: to look up in the store.</summary>
    public IReadOnlyList<string> NodesOutside { get; }

    /// <summary>Source ids the records cite that the document does not hold: to look up in the store.</summary>
    public IReadOnlyList<string> SourcesOutside { get; }

    /// <summary>Checks every reference once the store said which of those outside it holds (call it once).</summary>
    /// <exception cref="MissingReferenceException">A reference is neither in the document nor among <paramref name="storedNodes"/> and <paramref name="storedSources"/>.</exception>
    public void Check(IEnumerable<string> storedNodes, IEnumerable<string> storedSources)
    {
        var (nodes, sources) = (_nodes, _sources);
        nodes.UnionWith(storedNodes);
        sources.UnionWith(storedSources);
        for (var i = 0; i < _document.Nodes.Count; i++)
        {
            if (!sources.Contains(_document.Nodes[i].Provenance.Source))
                throw MissingReferenceException.NoSource($"nodes[{i}].provenance.source", _document.Nodes[i].Provenance.Source);
        }
        for (var i = 0; i < _document.Relations.Count; i++)
        {
            var relation = _document.Relations[i];
            if (MissingReferenceException.FirstOf(relation, $"relations[{i}].", nodes.Contains(relation.From),
                nodes.Contains(relation.To), sources.Contains(relation.Provenance.Source)) is { } missing)
            {
                throw missing;
            }
        }
    }
}
