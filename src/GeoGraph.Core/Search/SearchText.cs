using System.Globalization;
using System.Text;

namespace GeoGraph.Core.Search;

/// <summary>
/// Folds text for matching: lower case, accents and apostrophes dropped, split into words, and common
/// transliteration variants folded together (Zelenskyy, Zelenskiy and Zelensky all fold to <c>zelensky</c>).
/// Stores index folded text and fold queries the same way, so matching is case-, accent- and variant-insensitive.
/// </summary>
public static class SearchText
{
    private static readonly string[] FinalVowelVariants = ["iy", "ij", "yi", "ii"];

    /// <summary>Lower-case words without accents or punctuation.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘')
                continue;
            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The folded words of a text, joined by spaces.</summary>
    public static string Fold(string? text) => string.Join(' ', Words(text).Select(FoldWord));

    /// <summary>Folds one word so that common spelling variants of a name meet.</summary>
    public static string FoldWord(string word)
    {
        foreach (var ending in FinalVowelVariants)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                word = word[..^ending.Length] + "y";
                break;
            }
        }
        var folded = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            // Doubled letters fold to one (Zelenskyy, Kallas); digits stay as they are.
            if (folded.Length == 0 || folded[^1] != c || !char.IsLetter(c))
                folded.Append(c);
        }
        return folded.ToString();
    }
}
