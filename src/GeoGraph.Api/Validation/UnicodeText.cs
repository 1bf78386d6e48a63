using System.Buffers;
using System.Globalization;
using System.Text;

namespace GeoGraph.Api.Validation;

/// <summary>
/// What text the API takes: valid UTF-16 (no lone surrogates), no noncharacters (U+FDD0-U+FDEF and the last
/// two code points of every plane, U+FFFE and U+FFFF among them) and no control characters but tab, line feed
/// and carriage return. Such text folds, indexes and stores the same on every store.
/// </summary>
public static class UnicodeText
{
    /// <summary>Why the text is refused ("holds the noncharacter U+FFFE at index 3"), or null when it is fine.</summary>
    public static string? Problem(string text)
    {
        // Printable ASCII, most text, holds none of these; a vectorised scan says so without decoding a rune.
        if (!text.AsSpan().ContainsAnyExceptInRange(' ', '~'))
            return null;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var index = text.Length - rest.Length;
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done)
                return $"holds a lone surrogate (U+{(int)rest[0]:X4}) at index {index}";
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control && rune.Value is not ('\t' or '\n' or '\r'))
                return $"holds the control character U+{rune.Value:X4} at index {index}";
            if (IsNoncharacter(rune.Value))
                return $"holds the noncharacter U+{rune.Value:X4} at index {index}";
            rest = rest[used..];
        }
        return null;
    }

    public static bool IsValid(string text) => Problem(text) is null;

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
