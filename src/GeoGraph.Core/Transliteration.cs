using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace GeoGraph.Core;

/// <summary>
/// Writes one letter or digit in lower-case ASCII for slugs: accents are dropped ("é" → e), letters that do
/// not decompose have a spelling of their own ("ł" → l, "æ" → ae, "ß" → ss), Cyrillic follows BGN/PCGN with
/// the Ukrainian letters added, Greek its usual Latin spelling, and decimal digits of any script become 0-9.
/// </summary>
internal static class Transliteration
{
    private static readonly FrozenDictionary<char, string> Spellings = new Dictionary<char, string>
    {
        // Latin letters that do not decompose into a base letter and accents.
        ['ł'] = "l", ['ø'] = "o", ['æ'] = "ae", ['ß'] = "ss", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['œ'] = "oe",
        ['ı'] = "i", ['ħ'] = "h", ['ŧ'] = "t", ['ŋ'] = "ng", ['ſ'] = "s", ['ə'] = "e", ['ƒ'] = "f",
        // Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Macedonian). Looked up before decomposition: й is и + breve.
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e",
        ['є'] = "ye", ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['і'] = "i", ['ї'] = "yi", ['й'] = "y", ['к'] = "k",
        ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t",
        ['у'] = "u", ['ў'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch",
        ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya", ['ђ'] = "dj", ['ј'] = "j",
        ['љ'] = "lj", ['њ'] = "nj", ['ћ'] = "c", ['џ'] = "dz", ['ѓ'] = "g", ['ќ'] = "k", ['ѕ'] = "dz",
        // Greek; accented vowels decompose to these.
        ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th",
        ['ι'] = "i", ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p",
        ['ρ'] = "r", ['σ'] = "s", ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps",
        ['ω'] = "o",
    }.ToFrozenDictionary();

    /// <summary>The letter or digit in lower-case ASCII (possibly empty, for signs such as ь), or null when it has none.</summary>
    public static string? ToAscii(Rune letterOrDigit)
    {
        if (Rune.IsDigit(letterOrDigit))
            return ((int)Rune.GetNumericValue(letterOrDigit)).ToString(CultureInfo.InvariantCulture);
        var lower = Rune.ToLowerInvariant(letterOrDigit);
        if (Spelling(lower) is { } spelled)
            return spelled;
        // Compatibility decomposition also unpacks ligatures (ĳ, ﬁ) and full-width letters.
        var ascii = new StringBuilder();
        foreach (var part in lower.ToString().Normalize(NormalizationForm.FormKD).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(part) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            if (Spelling(Rune.ToLowerInvariant(part)) is not { } partSpelled)
                return null;
            ascii.Append(partSpelled);
        }
        return ascii.ToString();
    }

    private static string? Spelling(Rune lower) =>
        lower.IsAscii ? (Rune.IsLetterOrDigit(lower) ? ((char)lower.Value).ToString() : null)
        : lower.IsBmp && Spellings.TryGetValue((char)lower.Value, out var spelled) ? spelled
        : null;
}
