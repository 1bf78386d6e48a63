using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace GeoGraph.Api.Validation;

/// <summary>Reading strings out of raw JSON values that may hold text .NET cannot represent.</summary>
public static class JsonText
{
    /// <summary>The string, or false when its escapes spell a lone surrogate (which <see cref="JsonElement.GetString"/> refuses).</summary>
    public static bool TryGetString(JsonElement text, [NotNullWhen(true)] out string? value)
    {
        try
        {
            value = text.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = null;
            return false;
        }
    }

    /// <summary>Whether every key and string inside the value, however deep, is text the API takes.</summary>
    public static bool IsValid(JsonElement value)
    {
        try
        {
            return AllTextIsValid(value);
        }
        catch (InvalidOperationException)
        {
            return false; // a key or string that spells a lone surrogate
        }
    }

    private static bool AllTextIsValid(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => UnicodeText.IsValid(value.GetString()!),
        JsonValueKind.Array => value.EnumerateArray().All(AllTextIsValid),
        JsonValueKind.Object => value.EnumerateObject().All(property => UnicodeText.IsValid(property.Name) && AllTextIsValid(property.Value)),
        _ => true,
    };
}
