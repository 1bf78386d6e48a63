using CsCheck;
using static GeoGraph.Tests.Fuzz.HostileText;

namespace GeoGraph.Tests.Fuzz;

/// <summary>Generators of hostile JSON: values of every type and depth, property maps, and request bodies.</summary>
internal static class HostileJson
{
    private static readonly Gen<string> Scalar = Weighted((4, Text.Select(JsonString)), (2, Number), (1, Gen.OneOf("true", "false", "null")));

    private static readonly Gen<string> Key = Weighted((4, Gen.OneOf("amount", "share", "terms", "note", "name", "p1")), (2, Word), (1, Text));

    /// <summary>Any JSON value: scalars, arrays and objects nested a few levels, and now and then nested past any limit.</summary>
    public static readonly Gen<string> Value = Weighted(
        (12, ValueOfDepth(3)),
        (1, Gen.Int[1, 100].Select(depth => new string('[', depth) + new string(']', depth))));

    private static readonly Gen<string> PlausibleEntry = Gen.Select(Gen.OneOf("amount", "share", "terms", "note", "p1"),
        Weighted((2, PlausibleText.Select(JsonString)), (2, Number), (1, Gen.OneOf("true", "[1,2]", "[\"a\",\"b\"]"))),
        (key, value) => $"\"{key}\":{value}");

    /// <summary>Structured properties: a few entries mostly, sometimes more than allowed.</summary>
    public static readonly Gen<string> Properties = Weighted(
        (4, PlausibleEntry.Array[0, 4].Select(entries => "{" + string.Join(',', entries.DistinctBy(entry => entry.Split(':')[0])) + "}")),
        (3, Entries(Value, 0, 6)),
        (1, Entries(Value, 45, 60)),
        (1, Value));

    public static readonly Gen<string> StringArray = Weighted(
        (8, PlausibleText.Select(JsonString).Array[0, 3].Select(Array)),
        (1, Text.Select(JsonString).Array[15, 25].Select(Array)));

    /// <summary>A JSON object from fields that may each be missing, plausible or hostile; sometimes with a field twice or one unknown; sometimes not an object.</summary>
    public static Gen<string> Body(params (string Name, Gen<string> Plausible)[] fields)
    {
        var members = Gen.Const(System.Array.Empty<string>());
        foreach (var (name, plausible) in fields)
        {
            var member = Weighted((14, plausible), (1, Value), (1, Gen.Const(""))).Select(value => value.Length == 0 ? "" : $"\"{name}\":{value}");
            members = Gen.Select(members, member, (list, item) => item.Length == 0 ? list : [.. list, item]);
        }
        var withExtras = Gen.Select(members, Gen.Int[0, 20], (list, roll) =>
            roll == 0 && list.Length > 0 ? [.. list, list[0]] : roll == 1 ? [.. list, "\"nickname\":\"x\""] : list);
        return Weighted((25, withExtras.Select(list => "{" + string.Join(',', list) + "}")), (1, Value));
    }

    public static Gen<string> Constant(string json) => Gen.Const(json);

    public static Gen<string> OneOfStrings(params string[] values) => Gen.OneOf(values).Select(JsonString);

    private static Gen<string> ValueOfDepth(int depth) => depth == 0 ? Scalar : Weighted(
        (5, Scalar),
        (1, ValueOfDepth(depth - 1).Array[0, 5].Select(Array)),
        (1, Entries(ValueOfDepth(depth - 1), 0, 4)));

    private static Gen<string> Entries(Gen<string> value, int min, int max) =>
        Gen.Select(Key, value, (key, item) => $"{JsonString(key)}:{item}").Array[min, max].Select(entries => "{" + string.Join(',', entries) + "}");

    private static string Array(string[] items) => "[" + string.Join(',', items) + "]";
}
