using System.Text;
using System.Text.RegularExpressions;
using GeoGraph.Core.Search;

namespace GeoGraph.Core;

/// <summary>Ids are readable slugs: lower-case letters and digits in hyphen-separated words.</summary>
public static partial class Slug
{
    public const int MaxLength = 100;

    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && SlugRegex().IsMatch(id);

    /// <summary>Makes a slug from free text ("Volodymyr Zelensky" → <c>volodymyr-zelensky</c>).</summary>
    public static string From(string text)
    {
        var words = SearchText.Words(text);
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            if (slug.Length + (slug.Length == 0 ? 0 : 1) + word.Length > MaxLength)
                break;
            slug.Append(slug.Length == 0 ? "" : "-").Append(word);
        }
        return slug.ToString();
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex SlugRegex();
}
