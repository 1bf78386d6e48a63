namespace GeoGraph.Core.Model;

/// <summary>Where a node or relation comes from: a source id and the short passage it rests on.</summary>
/// <param name="Source">Id of the source, e.g. <c>article-2025-04-01-minerals-deal</c>.</param>
/// <param name="Passage">The short passage of the source that supports the node or relation.</param>
public sealed record Provenance(string Source, string Passage);
