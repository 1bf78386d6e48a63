using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using CsCheck;
using GeoGraph.Core;
using GeoGraph.Core.Exchange;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Api;

namespace GeoGraph.Tests.Import;

/// <summary>
/// The NDJSON reader reads lines in the exporter's shape by hand and leaves every other line to the serializer. Either
/// way a line must come out exactly as the serializer reads it (<see cref="NdjsonReader.Parse"/>): the same record,
/// field for field, or the same problem. Checked on every line of the seed's export, and on those lines mutated the
/// ways a hand-edited or hostile file differs: names in another case, keys twice or unknown, nulls, escapes, spaces,
/// values of the wrong type, cut short or with bytes changed.
/// </summary>
public class NdjsonFastPathTests
{
    private static readonly string[] SeedLines =
    [
        .. SeedGraph.Document.Nodes.Select(node => LineOf(node)),
        .. SeedGraph.Document.Relations.Select(relation => LineOf(relation)),
    ];

    // Each takes a line and a number to pick a place or a value with; each yields a line, readable or not.
    private static readonly Func<string, int, string>[] Mutations =
    [
        (line, _) => line,
        (line, _) => ReplaceFirst(line, "\"id\"", "\"Id\""),
        (line, _) => InsertField(line, "\"id\":\"dup-id\""),
        (line, _) => InsertField(line, "\"nickname\":\"x\""),
        (line, pick) => InsertField(line, $"\"{Pick(pick, "title", "role", "date", "aliases", "properties", "provenance", "writtenBy")}\":null"),
        (line, pick) => SetText(line, "stance", Pick(pick, "Hostile", "hostile", "neutral", "NEUTRAL", "cooperative", "friendly")),
        (line, pick) => SetText(line, "category", Pick(pick, "actor", "event", "claim", "Actor", "bogus")),
        (line, pick) => ReplaceFirst(line, Pick(pick, ",\"properties\":{}", ",\"aliases\":[]", "\"category\":\"actor\",", "\"category\":\"event\","), ""),
        (line, pick) => InsertField(line, $"\"date\":\"{Pick(pick, "2025", "2025-03", "2025-02-30", "2025-13", "25", "2025-03-01T00:00")}\""),
        (line, pick) => InsertField(line, $"\"aliases\":{Pick(pick, "[]", "[\"x\"]", "[1]", "[null]", "{}", "\"x\"")}"),
        (line, pick) => InsertField(line, $"\"category\":{Pick(pick, "\"bogus\"", "5", "{}", "null")}"),
        (line, pick) => ReplaceFirst(line, "\"properties\":{}", $"\"properties\":{Pick(pick, "{\"p1\":1}", "[]", "{ }", "null")}"),
        (line, pick) => ReplaceFirst(line, "\"passage\":", Pick(pick, "\"passagee\":", "\"Passage\":", "\"source\":", "\"passage\" :")),
        (line, pick) => ReplaceAt(line, pick, ",", ", "),
        (line, pick) => ReplaceAt(line, pick, "a", "\\u0061"),
        (line, pick) => ReplaceAt(line, pick, "\"", "\"\""),
        (line, pick) => ReplaceFirst(line, "\"id\":\"", $"\"id\":{Pick(pick, "5", "true", "[\"a\"]", "null")},\"x\":\""),
        (line, pick) => line.Length == 0 ? line : line[..^1] + Pick(pick, ",\"x\":1}", "} x", "}}", "} ", "}\r"),
        (line, pick) => line.Length < 2 ? line : line[..(1 + Index(pick, line.Length - 1))],
        (line, pick) => ReplaceByteAt(line, pick),
        (line, pick) => ReplaceFirst(line, Pick(pick, "{\"node\":", "{\"relation\":"), Pick(pick, "{\"source\":", "{\"Node\":", "{\"node\":{},\"relation\":", "[")),
    ];

    [Fact]
    public void EveryLineOfTheSeedsExportReadsAsTheSerializerReadsIt()
    {
        Assert.NotEmpty(SeedLines);
        var inStoredForm = AssertReadAsTheSerializerReads([.. SeedLines.Select(Encoding.UTF8.GetBytes)]);

        // Lines with text the store's JSON escapes (an apostrophe, a letter outside ASCII) are not in its form.
        Assert.InRange(inStoredForm, 1, SeedLines.Length - 1);
    }

    [Fact]
    public void MutatedLinesReadAsTheSerializerReadsThem() =>
        Gen.Select(Gen.Int[0, SeedLines.Length - 1], Gen.Int[0, Mutations.Length - 1], Gen.Int, Gen.Int[1, 3])
            .Select(Mutated).Array[1, 40]
            .Sample(lines => AssertReadAsTheSerializerReads(lines), iter: 2_000);

    /// <summary>A seed line mutated one to three times; the third time, sometimes, with a byte that is not UTF-8.</summary>
    private static byte[] Mutated(int line, int mutation, int pick, int times)
    {
        var mutated = SeedLines[line];
        for (var i = 0; i < times; i++)
            mutated = Mutations[(mutation + i * 7) % Mutations.Length](mutated, pick + i);
        var bytes = Encoding.UTF8.GetBytes(mutated);
        if (times == 3 && pick % 4 == 0)
            bytes[Index(pick / 4, bytes.Length)] = (byte)(pick % 8 == 0 ? 0xFF : 0xC3);
        return bytes;
    }

    /// <summary>
    /// Reads the lines as one file, through one reader, since it shares values from line to line; each must come out
    /// as the serializer reads it alone.
    /// </summary>
    /// <returns>How many lines gave the record's JSON as the store writes it, each checked against the serializer.</returns>
    private static int AssertReadAsTheSerializerReads(byte[][] lines)
    {
        var file = lines.SelectMany(line => line.Append((byte)'\n')).ToArray();

        var read = ReadAllAsync(file).GetAwaiter().GetResult();

        Assert.Equal(lines.Length, read.Count);
        for (var i = 0; i < lines.Length; i++)
        {
            var (expected, actual) = (NdjsonReader.Parse(i + 1, lines[i]), read[i]);
            Assert.Equal((i + 1, expected.Problem), (actual.Number, actual.Problem));
            Assert.Equal(Json(expected.Node), Json(actual.Node));
            Assert.Equal(Json(expected.Relation), Json(actual.Relation));
            Assert.Equal(Json(expected.Source), Json(actual.Source));
            if (actual.Json is { } json)
                Assert.Equal(JsonSerializer.Serialize<object?>(actual.Node ?? (object?)actual.Relation, GraphJson.Options), Encoding.UTF8.GetString(json));
        }
        return read.Count(line => line.Json is not null);
    }

    private static async Task<List<NdjsonLine>> ReadAllAsync(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return await NdjsonReader.ReadAsync(stream).ToListAsync();
    }

    // Every field a record was read with. A node's category is left out: it follows from the kind, which is compared,
    // and it cannot be written for a kind outside the vocabulary, which a line may give (validation refuses it later).
    private static readonly JsonSerializerOptions ReadFields = new(GraphJson.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    if (info.Type == typeof(Node))
                        info.Properties.Remove(info.Properties.Single(property => property.Name == "category"));
                },
            },
        },
    };

    private static string? Json<T>(T? record) where T : class => record is null ? null : JsonSerializer.Serialize(record, ReadFields);

    private static string LineOf<T>(T record)
    {
        var output = new ArrayBufferWriter<byte>();
        NdjsonRecord.WriteLine(output, record);
        return Encoding.UTF8.GetString(output.WrittenSpan).TrimEnd('\n');
    }

    private static string Pick(int pick, params string[] values) => values[Index(pick, values.Length)];

    /// <summary>Adds a member at the start of the record's object, after <c>{"node":{</c> or <c>{"relation":{</c>.</summary>
    private static string InsertField(string line, string member)
    {
        var open = line.Length < 2 ? -1 : line.IndexOf('{', 1);
        if (open < 0 || open + 1 == line.Length)
            return line;
        return line[..(open + 1)] + member + (line[open + 1] == '}' ? "" : ",") + line[(open + 1)..];
    }

    /// <summary>Gives a text field another value, or a line without it the field.</summary>
    private static string SetText(string line, string field, string value)
    {
        var member = $"\"{field}\":\"{value}\"";
        var given = Regex.Match(line, $"\"{field}\":\"[^\"]*\"");
        return given.Success ? line[..given.Index] + member + line[(given.Index + given.Length)..] : InsertField(line, member);
    }

    private static string ReplaceFirst(string line, string old, string replacement)
    {
        var at = line.IndexOf(old, StringComparison.Ordinal);
        return at < 0 ? line : line[..at] + replacement + line[(at + old.Length)..];
    }

    /// <summary>Replaces one occurrence of <paramref name="old"/>, picked by <paramref name="pick"/>.</summary>
    private static string ReplaceAt(string line, int pick, string old, string replacement)
    {
        var places = Enumerable.Range(0, line.Length).Where(i => string.CompareOrdinal(line, i, old, 0, old.Length) == 0).ToArray();
        if (places.Length == 0)
            return line;
        var at = places[Index(pick, places.Length)];
        return line[..at] + replacement + line[(at + old.Length)..];
    }

    private static string ReplaceByteAt(string line, int pick)
    {
        const string Bytes = "{}[]\",:\\ 0anlu\u00e9\t&'+<>`";
        if (line.Length == 0)
            return line;
        var at = Index(pick, line.Length);
        return line[..at] + Bytes[Index(pick / 7, Bytes.Length)] + line[(at + 1)..];
    }

    private static int Index(int pick, int count) => (int)((uint)pick % (uint)count);
}
