using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GeoGraph.Core;

/// <summary>
/// Ids are readable ASCII slugs: lower-case letters and digits in hyphen-separated words, at most
/// <see cref="MaxLength"/> characters.
/// </summary>
public static class Slug
{
    public const int MaxLength = 100;

    /// <summary>The slug rule as a JSON Schema / ECMAScript pattern (there <c>$</c> is the very end).</summary>
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private const int HashLength = 10;

    private const string HashOnlyPrefix = "node";

    /// <summary>
    /// Whether <paramref name="id"/> matches <see cref="Pattern"/> and is at most <see cref="MaxLength"/> long. A plain
    /// scan, not a regex: every id of an import passes through here, four times a relation.
    /// </summary>
    public static bool IsValid(string? id)
    {
        if (id is not { Length: > 0 and <= MaxLength })
            return false;
        var afterHyphen = true;
        foreach (var c in id)
        {
            if (c == '-' && !afterHyphen)
                afterHyphen = true;
            else if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
                afterHyphen = false;
            else
                return false;
        }
        return !afterHyphen;
    }

    /// <summary>
    /// Makes a slug from free text: "Volodymyr Zelensky" → <c>volodymyr-zelensky</c>, "Łukasz Ørsted" →
    /// <c>lukasz-orsted</c>, "Зеленський" → <c>zelenskiy</c>. Text whose letters cannot all be written in ASCII,
    /// or whose slug would be too long, keeps what it can and ends in a hash of the whole text, so distinct
    /// texts get distinct slugs; text with no ASCII-writable letter at all becomes <c>node-</c> and the hash
    /// ("习近平" → <c>node-</c> and 10 hex digits). Text without any letter or digit gives the empty string.
    /// </summary>
    public static string From(string text)
    {
        var (slug, lost) = AsciiWords(text);
        if (slug.Length == 0)
            return lost ? $"{HashOnlyPrefix}-{Hash(text)}" : "";
        if (!lost && slug.Length <= MaxLength)
            return slug;
        var prefix = slug[..Math.Min(slug.Length, MaxLength - HashLength - 1)].TrimEnd('-');
        return $"{prefix}-{Hash(text)}";
    }

    /// <summary>The text's words in ASCII joined by hyphens, and whether some letter or digit had no ASCII form.</summary>
    private static (string Slug, bool Lost) AsciiWords(string text)
    {
        var slug = new StringBuilder(text.Length);
        var lost = false;
        var wordEnded = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsInvisibleInWords(rune))
                continue;
            if (!Rune.IsLetterOrDigit(rune))
            {
                wordEnded = true;
                continue;
            }
            var ascii = Transliteration.ToAscii(rune);
            if (ascii is null)
            {
                (lost, wordEnded) = (true, true);
                continue;
            }
            if (ascii.Length == 0)
                continue;
            if (wordEnded && slug.Length > 0)
                slug.Append('-');
            slug.Append(ascii);
            wordEnded = false;
        }
        return (slug.ToString(), lost);
    }

    /// <summary>Combining marks, format characters (soft hyphens, joiners, direction marks) and apostrophes join words.</summary>
    private static bool IsInvisibleInWords(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
        || rune.Value is '\'' or '’' or '‘';

    /// <summary>The first 10 hex digits of the SHA-256 of the trimmed text.</summary>
    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim())))[..HashLength];
}
