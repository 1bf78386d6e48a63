using GeoGraph.Core.Model;
using GeoGraph.Core.Search;

namespace GeoGraph.Core.Storage;

/// <summary>
/// What a store keeps beside a node to list, filter and search it. Both stores derive it here, so they order,
/// filter and rank alike: the embedded store keeps it in columns and its full-text table, Neo4j in the node's
/// underscore-prefixed properties.
/// </summary>
/// <param name="SortKey">List order within a category, before the id (see <see cref="SortKeyOf"/>).</param>
/// <param name="Dates">The days the node covers, for date filters.</param>
/// <param name="Names">Folded name and aliases, for the name filter (a folded "contains").</param>
/// <param name="Search">The folded text of each search field.</param>
public sealed record IndexedNode(string SortKey, DateRange Dates, string Names, SearchFields Search)
{
    /// <summary>The sort key of undated events, which sorts after every date.</summary>
    public const string UndatedSortKey = "~";

    public static IndexedNode Of(Node node) =>
        new(SortKeyOf(node), DateRange.Of(node), SearchText.Fold(string.Join(' ', [node.Name, .. node.Aliases])), SearchFields.Of(node));

    /// <summary>Events sort by the start of their date, undated ones last; other categories by id alone (<c>""</c>).</summary>
    private static string SortKeyOf(Node node) =>
        node.Category == NodeCategory.Event ? node.Date?.StartText ?? UndatedSortKey : "";
}
