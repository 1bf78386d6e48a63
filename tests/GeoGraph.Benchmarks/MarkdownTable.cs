namespace GeoGraph.Benchmarks;

/// <summary>Results as markdown table rows appended to a file, so several runs fill one table.</summary>
internal static class MarkdownTable
{
    /// <summary>Appends <paramref name="rows"/>; a new or empty file first gets <paramref name="header"/> ("| a | b |") and its rule.</summary>
    public static async Task AppendAsync(string? path, string header, IEnumerable<string> rows)
    {
        if (path is null)
            return;
        var lines = new List<string>();
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            var columns = header.Count(c => c == '|') - 1;
            lines.Add(header);
            lines.Add("|" + string.Concat(Enumerable.Repeat(" --- |", columns)));
        }
        lines.AddRange(rows);
        await File.AppendAllLinesAsync(path, lines);
    }
}
