using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;

namespace GeoGraph.Core.Graph;

/// <summary>
/// Position in a list sorted by (sort key, id): the last item of the previous page. Clients see it as an
/// opaque base64url token and hand it back unchanged. Any id a store holds makes a cursor, slug or not, so a
/// page that ends on a node written before the slug rule still leads on to the next page.
/// </summary>
public sealed record Cursor(string SortKey, string Id)
{
    private const char Separator = '\n';

    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SortKey}{Separator}{Id}"))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string? token, [NotNullWhen(true)] out Cursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
            return false;
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var length) || !Utf8.IsValid(bytes.AsSpan(0, length)))
            return false;
        var parts = Encoding.UTF8.GetString(bytes, 0, length).Split(Separator);
        if (parts.Length != 2 || parts[1].Length == 0)
            return false;
        cursor = new Cursor(parts[0], parts[1]);
        return true;
    }
}
