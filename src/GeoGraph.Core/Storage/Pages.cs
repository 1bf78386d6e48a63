using System.Globalization;
using GeoGraph.Core.Graph;

namespace GeoGraph.Core.Storage;

public static class Pages
{
    /// <summary>Search pages by position: the results past this many are never reached.</summary>
    public const int MaxSearchResults = 1000;

    private const string OffsetKey = "offset";

    /// <summary>
    /// A page from rows read with a limit of <paramref name="limit"/> + 1: the first <paramref name="limit"/> items,
    /// and, when there was one more row, the cursor of the last item shown.
    /// </summary>
    public static Page<TItem> Of<TRow, TItem>(IReadOnlyList<TRow> rows, int limit, Func<TRow, TItem> item, Func<TRow, Cursor> cursor) =>
        new([.. rows.Take(limit).Select(item)], rows.Count > limit ? cursor(rows[limit - 1]) : null);

    /// <summary>How many rows a search page starting at <paramref name="offset"/> shows at most, before the extra row that tells there are more.</summary>
    public static int SearchTake(int limit, int offset) => Math.Max(0, Math.Min(limit, MaxSearchResults - offset));

    /// <summary>A search page from rows read with <see cref="SearchTake"/> + 1 from <paramref name="offset"/>.</summary>
    public static Page<TItem> OfOffset<TRow, TItem>(IReadOnlyList<TRow> rows, int limit, int offset, Func<TRow, TItem> item)
    {
        var take = SearchTake(limit, offset);
        var next = rows.Count > take && offset + take < MaxSearchResults ? OffsetCursor(offset + take) : null;
        return new([.. rows.Take(take).Select(item)], next);
    }

    public static Cursor OffsetCursor(int offset) => new(OffsetKey, offset.ToString(CultureInfo.InvariantCulture));

    /// <summary>The position a search cursor stands for: past 0 and before <see cref="MaxSearchResults"/>.</summary>
    public static bool TryOffset(Cursor? cursor, out int offset)
    {
        offset = 0;
        return cursor is { SortKey: OffsetKey } && cursor.Id.Length <= 4 && cursor.Id.All(char.IsAsciiDigit)
            && int.TryParse(cursor.Id, NumberStyles.None, CultureInfo.InvariantCulture, out offset) && offset is > 0 and < MaxSearchResults;
    }
}
