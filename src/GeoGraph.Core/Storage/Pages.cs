using GeoGraph.Core.Graph;

namespace GeoGraph.Core.Storage;

public static class Pages
{
    /// <summary>
    /// A page from rows read with a limit of <paramref name="limit"/> + 1: the first <paramref name="limit"/> items,
    /// and, when there was one more row, the cursor of the last item shown.
    /// </summary>
    public static Page<TItem> Of<TRow, TItem>(IReadOnlyList<TRow> rows, int limit, Func<TRow, TItem> item, Func<TRow, Cursor> cursor) =>
        new([.. rows.Take(limit).Select(item)], rows.Count > limit ? cursor(rows[limit - 1]) : null);
}
