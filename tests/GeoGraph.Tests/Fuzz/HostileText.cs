using System.Globalization;
using System.Text;
using CsCheck;

namespace GeoGraph.Tests.Fuzz;

/// <summary>Generators of text and numbers that break services, and ways to put them on the wire unchanged.</summary>
internal static class HostileText
{
    public static readonly Gen<string> Word = Gen.String[Gen.Char['a', 'z'], 1, 10];

    /// <summary>Noncharacters, lone surrogates, controls, direction marks, NUL, emoji, combining marks, other scripts, very long runs.</summary>
    private static readonly Gen<string> Piece = Weighted(
        (6, Word),
        (2, Gen.Const(" ")),
        (1, Gen.OneOf("\uFFFE", "\uFFFF", "\U0001FFFE", "\U0010FFFF", "\U000EFFFF")),
        (1, Gen.Char['\uFDD0', '\uFDEF'].Select(c => c.ToString())),
        (1, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())),
        (1, Gen.Char['\0', '\u001F'].Select(c => c.ToString())),
        (1, Gen.OneOf("\u007F", "\u0085", "\u009F", "\0")),
        (1, Gen.OneOf("\u200F", "\u202E", "\u200D", "\u2066", "\uFEFF", "\u00AD")),
        (1, Gen.OneOf("😀", "👩‍👩‍👧", "🇺🇦", "🏳️‍🌈")),
        (1, Gen.String[Gen.Char['\u0300', '\u036F'], 1, 40]),
        (1, Gen.OneOf("Łukasz Ørsted", "Зеленський", "习近平", "محمد بن سلمان", "Ἀθηνᾶ", "İstanbul")),
        (1, Gen.OneOf("\"", "\\", "{}", "'", "<script>", "%00", "../", "${x}", "\\u0000", "'; DROP TABLE nodes; --", "MATCH (n) DETACH DELETE n")),
        (1, Gen.Int[150, 5000].Select(length => new string('x', length))));

    public static readonly Gen<string> Text = Piece.Array[0, 6].Select(string.Concat);

    /// <summary>Mostly ordinary words, sometimes hostile text, so that some requests get past validation.</summary>
    public static readonly Gen<string> PlausibleText = Weighted((5, Word.Array[1, 4].Select(words => string.Join(' ', words))), (1, Text));

    /// <summary>Numbers as JSON text: many beyond what a store holds, some not JSON at all.</summary>
    public static readonly Gen<string> Number = Weighted(
        (3, Gen.Long.Select(number => number.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Double.Select(number => double.IsFinite(number) ? number.ToString("R", CultureInfo.InvariantCulture) : "1e400")),
        (2, Gen.OneOf("1e400", "-1e400", "1e-400", "9223372036854775808", "-9223372036854775809", "1.7976931348623159e308", "-0", "0.0", "1E+2")),
        (1, Gen.Int[20, 5000].Select(digits => "7" + new string('1', digits))),
        (1, Gen.OneOf("NaN", "Infinity", "01", "+1", ".5", "1.", "0x10", "1e")));

    /// <summary>A JSON string literal of the text; lone surrogates and controls go as \u escapes, everything else as it is.</summary>
    public static string JsonString(string text)
    {
        var json = new StringBuilder("\"");
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
                json.Append(c).Append(text[++index]);
            else if (c is '"' or '\\')
                json.Append('\\').Append(c);
            else if (c < ' ' || char.IsSurrogate(c))
                json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            else
                json.Append(c);
        }
        return json.Append('"').ToString();
    }

    /// <summary>Percent-encodes the UTF-8 of the text; a lone surrogate goes as the three bytes UTF-8 forbids for it.</summary>
    public static string PercentEncode(string text)
    {
        var encoded = new StringBuilder();
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            var pair = char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
            var bytes = pair ? Encoding.UTF8.GetBytes(text.Substring(index++, 2))
                : char.IsSurrogate(c) ? new[] { (byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F)) }
                : Encoding.UTF8.GetBytes(c.ToString());
            foreach (var b in bytes)
                encoded.Append(char.IsAsciiLetterOrDigit((char)b) ? ((char)b).ToString() : $"%{b:X2}");
        }
        return encoded.ToString();
    }

    /// <summary>
    /// A percent-encoded path segment. NUL is left out: servers refuse it in a path before any app sees it
    /// (Kestrel answers 400, the test host throws).
    /// </summary>
    public static string PathSegment(string text) => PercentEncode(text.Replace("\0", "", StringComparison.Ordinal));

    /// <summary><see cref="Gen.Frequency{T}(ValueTuple{int, IGen{T}}[])"/> over generators of strings.</summary>
    public static Gen<string> Weighted(params (int Weight, Gen<string> Gen)[] choices) =>
        Gen.Frequency([.. choices.Select(choice => (choice.Weight, (IGen<string>)choice.Gen))]);
}
