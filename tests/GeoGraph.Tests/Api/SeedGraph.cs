using System.Text.Json;
using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Seed;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>
/// The committed seed JSON and the article text, read straight from graph-seed/ so that expectations of the
/// API tests come from the data, not from the API's own answers.
/// </summary>
public static class SeedGraph
{
    public static GraphDocument Document { get; } = Load();

    /// <summary>The one source of the seed: the article.</summary>
    public static Source Article { get; } = Document.Sources.Single();

    /// <summary>The article text with its line breaks folded to single spaces.</summary>
    public static string ArticleText { get; } = FoldSpace(File.ReadAllText(RepoFiles.PathOf("graph-seed", "sources", "article-2025-04-01.txt")));

    public static bool IsInArticle(string passage) => ArticleText.Contains(FoldSpace(passage), StringComparison.Ordinal);

    public static IReadOnlyList<Node> NodesOf(NodeCategory category) => [.. Document.Nodes.Where(node => node.Category == category)];

    /// <summary>Ids of the nodes at the other end of every seed relation touching <paramref name="id"/>.</summary>
    public static IReadOnlySet<string> NeighboursOf(string id) => Document.Relations
        .Where(relation => relation.From == id || relation.To == id)
        .Select(relation => relation.From == id ? relation.To : relation.From)
        .ToHashSet();

    /// <summary>Whether a node's date range overlaps the days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool Overlaps(Node node, PartialDate from, PartialDate to) =>
        node.Date is { } date && date.Start <= to.End && (node.EndDate ?? date).End >= from.Start;

    /// <summary>Whether a relation's date, or its validity (open-ended when it has no end), overlaps the days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool Overlaps(Relation relation, PartialDate from, PartialDate to)
    {
        if ((relation.Date ?? relation.ValidFrom ?? relation.ValidTo) is not { } start)
            return false;
        var end = (relation.Date ?? relation.ValidTo)?.End ?? DateOnly.MaxValue;
        return start.Start <= to.End && end >= from.Start;
    }

    private static GraphDocument Load()
    {
        using var json = File.OpenRead(RepoFiles.PathOf("graph-seed", SeedDocument.FileName));
        return JsonSerializer.Deserialize<GraphDocument>(json, GraphJson.Options)
            ?? throw new InvalidOperationException("The seed JSON is empty.");
    }

    private static string FoldSpace(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
