using System.Text.Json;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Exchange;

/// <summary>
/// Reads a node or relation line in the shape the exporter writes by hand, in half the serializer's time and with a
/// third of its allocations (<c>docs/benchmarks.md</c>): property names exactly in camelCase, each once, no nulls,
/// and empty property maps. Any other line, valid or not, is left to the serializer (the answer is null), so a record
/// read here is the record the serializer would read, and every error message is the serializer's.
/// <c>NdjsonFastPathTests</c> checks that against the serializer over generated lines.
/// </summary>
/// <remarks>
/// Values that repeat from line to line (a type, a kind, a source and its passage) are read once and shared: an
/// instance keeps the last of each, so it belongs to one reader and is not thread-safe.
/// </remarks>
internal sealed class NdjsonFastPath
{
    private static ReadOnlySpan<byte> RelationPrefix => "{\"relation\":"u8;

    private static ReadOnlySpan<byte> NodePrefix => "{\"node\":"u8;

    // Fields the serializer writes whatever their value (they are never null): properties; and a node's category and aliases.
    private const int RelationAlwaysWritten = 1 << 9;
    private const int NodeAlwaysWritten = 1 << 2 | 1 << 4 | 1 << 11;

    private static readonly string[] CategoryNames = [.. Enum.GetNames<NodeCategory>().Select(JsonNamingPolicy.CamelCase.ConvertName)];

    private readonly RecentText _category = new(), _type = new(), _kind = new(), _country = new(), _source = new(), _passage = new(), _writtenBy = new();
    private Provenance? _lastProvenance;

    /// <summary>The line's record, or null when the serializer must read the line.</summary>
    public NdjsonLine? TryParse(int number, ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
                return null;
            NdjsonLine? parsed = null;
            var storedForm = 0; // the length of the line's prefix when the record is in the stored form, else 0
            if (reader.ValueTextEquals("relation"u8))
            {
                parsed = ReadRelation(ref reader, out var fieldsInForm) is { } relation ? new NdjsonLine(number, null, null, relation, null) : null;
                storedForm = fieldsInForm && IsStoredForm(line, RelationPrefix) ? RelationPrefix.Length : 0;
            }
            else if (reader.ValueTextEquals("node"u8))
            {
                parsed = ReadNode(ref reader, out var fieldsInForm) is { } node ? new NdjsonLine(number, null, node, null, null) : null;
                storedForm = fieldsInForm && IsStoredForm(line, NodePrefix) ? NodePrefix.Length : 0;
            }
            // One record, then nothing but whitespace.
            if (parsed is null || !reader.Read() || reader.TokenType != JsonTokenType.EndObject || reader.Read())
                return null;
            return storedForm > 0 ? parsed with { Json = line[storedForm..^1].ToArray() } : parsed;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            // Malformed JSON or text that is not UTF-8: the serializer says what is wrong.
            return null;
        }
    }

    /// <param name="inStoredForm">Whether the fields came in the serializer's order with every field it always writes.</param>
    private Relation? ReadRelation(ref Utf8JsonReader reader, out bool inStoredForm)
    {
        inStoredForm = false;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return null;
        string? id = null, type = null, from = null, to = null, role = null, writtenBy = null;
        PartialDate? date = null, validFrom = null, validTo = null;
        Stance? stance = null;
        Provenance? provenance = null;
        var fields = new FieldsRead();
        while (fields.Next(ref reader, RelationField, out var field))
        {
            var read = field switch
            {
                0 => Text(ref reader, out id),
                1 => _type.Read(ref reader, out type),
                2 => Text(ref reader, out from),
                3 => Text(ref reader, out to),
                4 => Date(ref reader, out date),
                5 => Date(ref reader, out validFrom),
                6 => Date(ref reader, out validTo),
                7 => ReadStance(ref reader, out stance),
                8 => Text(ref reader, out role),
                9 => EmptyObject(ref reader),
                10 => ReadProvenance(ref reader, out provenance),
                _ => _writtenBy.Read(ref reader, out writtenBy),
            };
            if (!read)
                return null;
        }
        if (fields.Refused || reader.TokenType != JsonTokenType.EndObject || id is null || type is null || from is null || to is null || provenance is null)
            return null;
        inStoredForm = fields.InOrderWith(RelationAlwaysWritten);
        return new Relation
        {
            Id = id, Type = type, From = from, To = to, Date = date, ValidFrom = validFrom, ValidTo = validTo, Stance = stance,
            Role = role, Provenance = provenance, WrittenBy = writtenBy,
        };
    }

    /// <inheritdoc cref="ReadRelation"/>
    private Node? ReadNode(ref Utf8JsonReader reader, out bool inStoredForm)
    {
        inStoredForm = false;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return null;
        string? category = null;
        string? id = null, kind = null, name = null, title = null, country = null, description = null, quote = null, writtenBy = null;
        PartialDate? date = null, endDate = null;
        IReadOnlyList<string>? aliases = null;
        Provenance? provenance = null;
        var fields = new FieldsRead();
        while (fields.Next(ref reader, NodeField, out var field))
        {
            var read = field switch
            {
                0 => Text(ref reader, out id),
                1 => _kind.Read(ref reader, out kind),
                2 => _category.Read(ref reader, out category) || Skip(ref reader), // follows from the kind: the serializer ignores it
                3 => Text(ref reader, out name),
                4 => Texts(ref reader, out aliases),
                5 => Text(ref reader, out title),
                6 => _country.Read(ref reader, out country),
                7 => Text(ref reader, out description),
                8 => Date(ref reader, out date),
                9 => Date(ref reader, out endDate),
                10 => Text(ref reader, out quote),
                11 => EmptyObject(ref reader),
                12 => ReadProvenance(ref reader, out provenance),
                _ => _writtenBy.Read(ref reader, out writtenBy),
            };
            if (!read)
                return null;
        }
        if (fields.Refused || reader.TokenType != JsonTokenType.EndObject || id is null || kind is null || name is null || provenance is null)
            return null;
        inStoredForm = fields.InOrderWith(NodeAlwaysWritten)
            && Vocabulary.NodeKinds.TryGetValue(kind, out var kindCategory) && category == CategoryNames[(int)kindCategory];
        return new Node
        {
            Id = id, Kind = kind, Name = name, Aliases = aliases ?? [], Title = title, Country = country, Description = description,
            Date = date, EndDate = endDate, Quote = quote, Provenance = provenance, WrittenBy = writtenBy,
        };
    }

    /// <summary>
    /// Whether the record's bytes are those the store would write for it: the line is <paramref name="prefix"/>, the
    /// record, and a closing brace, with no space outside strings, and only printable ASCII the serializer writes as
    /// it is (no escapes, none of the characters its default encoder escapes: <c>&amp; ' + &lt; &gt; `</c>).
    /// </summary>
    private static bool IsStoredForm(ReadOnlySpan<byte> line, ReadOnlySpan<byte> prefix)
    {
        if (!line.StartsWith(prefix) || line[^1] != '}')
            return false;
        var inString = false;
        foreach (var b in line[prefix.Length..^1])
        {
            if (b is < 0x20 or > 0x7E or (byte)'\\' or (byte)'&' or (byte)'\'' or (byte)'+' or (byte)'<' or (byte)'>' or (byte)'`' || (b == ' ' && !inString))
                return false;
            if (b == '"')
                inString = !inString;
        }
        return true;
    }

    private static int RelationField(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? 0
        : reader.ValueTextEquals("type"u8) ? 1
        : reader.ValueTextEquals("from"u8) ? 2
        : reader.ValueTextEquals("to"u8) ? 3
        : reader.ValueTextEquals("date"u8) ? 4
        : reader.ValueTextEquals("validFrom"u8) ? 5
        : reader.ValueTextEquals("validTo"u8) ? 6
        : reader.ValueTextEquals("stance"u8) ? 7
        : reader.ValueTextEquals("role"u8) ? 8
        : reader.ValueTextEquals("properties"u8) ? 9
        : reader.ValueTextEquals("provenance"u8) ? 10
        : reader.ValueTextEquals("writtenBy"u8) ? 11
        : -1;

    private static int NodeField(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? 0
        : reader.ValueTextEquals("kind"u8) ? 1
        : reader.ValueTextEquals("category"u8) ? 2
        : reader.ValueTextEquals("name"u8) ? 3
        : reader.ValueTextEquals("aliases"u8) ? 4
        : reader.ValueTextEquals("title"u8) ? 5
        : reader.ValueTextEquals("country"u8) ? 6
        : reader.ValueTextEquals("description"u8) ? 7
        : reader.ValueTextEquals("date"u8) ? 8
        : reader.ValueTextEquals("endDate"u8) ? 9
        : reader.ValueTextEquals("quote"u8) ? 10
        : reader.ValueTextEquals("properties"u8) ? 11
        : reader.ValueTextEquals("provenance"u8) ? 12
        : reader.ValueTextEquals("writtenBy"u8) ? 13
        : -1;

    private bool ReadProvenance(ref Utf8JsonReader reader, out Provenance? provenance)
    {
        provenance = null;
        if (reader.TokenType != JsonTokenType.StartObject)
            return false;
        string? source = null, passage = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var read = reader.ValueTextEquals("source"u8) ? source is null && reader.Read() && _source.Read(ref reader, out source)
                : reader.ValueTextEquals("passage"u8) && passage is null && reader.Read() && _passage.Read(ref reader, out passage);
            if (!read)
                return false;
        }
        if (reader.TokenType != JsonTokenType.EndObject || source is null || passage is null)
            return false;
        // The strings are shared when they repeat, and so is the provenance made of them.
        if (_lastProvenance is not { } last || !ReferenceEquals(last.Source, source) || !ReferenceEquals(last.Passage, passage))
            _lastProvenance = new Provenance(source, passage);
        provenance = _lastProvenance;
        return true;
    }

    private static bool Text(ref Utf8JsonReader reader, out string? text)
    {
        text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return text is not null;
    }

    private static bool Texts(ref Utf8JsonReader reader, out IReadOnlyList<string>? texts)
    {
        texts = null;
        if (reader.TokenType != JsonTokenType.StartArray)
            return false;
        List<string>? items = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
            (items ??= []).Add(reader.GetString()!);
        if (reader.TokenType != JsonTokenType.EndArray)
            return false;
        texts = items is null ? [] : items;
        return true;
    }

    private static bool Date(ref Utf8JsonReader reader, out PartialDate? date)
    {
        date = null;
        return reader.TokenType == JsonTokenType.String && PartialDate.TryParse(reader.GetString(), out date);
    }

    private static bool ReadStance(ref Utf8JsonReader reader, out Stance? stance)
    {
        stance = reader.TokenType != JsonTokenType.String ? null
            : reader.ValueTextEquals("cooperative"u8) ? Stance.Cooperative
            : reader.ValueTextEquals("neutral"u8) ? Stance.Neutral
            : reader.ValueTextEquals("hostile"u8) ? Stance.Hostile
            : null;
        return stance is not null;
    }

    private static bool EmptyObject(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.StartObject && reader.Read() && reader.TokenType == JsonTokenType.EndObject;

    private static bool Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return true;
    }

    private delegate int FieldOf(ref Utf8JsonReader reader);

    /// <summary>The fields of one record as they are read (numbered in the order the serializer writes them).</summary>
    private struct FieldsRead
    {
        private int _seen;
        private int _next;
        private bool _unordered;

        /// <summary>Set when a field was unknown or given twice (which the serializer refuses), or its value missing.</summary>
        public bool Refused { get; private set; }

        /// <summary>
        /// Moves the reader to the next field's value and names the field (<paramref name="fieldOf"/>: -1 for an
        /// unknown one); false at the end of the object, or when the field is refused.
        /// </summary>
        public bool Next(ref Utf8JsonReader reader, FieldOf fieldOf, out int field)
        {
            field = -1;
            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
                return false;
            field = fieldOf(ref reader);
            Refused = field < 0 || (_seen & 1 << field) != 0 || !reader.Read();
            if (Refused)
                return false;
            _seen |= 1 << field;
            _unordered |= field < _next;
            _next = field + 1;
            return true;
        }

        /// <summary>Whether the fields came in the serializer's order, and every field of <paramref name="mask"/> came.</summary>
        public readonly bool InOrderWith(int mask) => !_unordered && (_seen & mask) == mask;
    }

    /// <summary>The last text read for one field, reused while the next line's bytes are the same.</summary>
    private sealed class RecentText
    {
        private byte[] _utf8 = [];
        private string? _text;

        public bool Read(ref Utf8JsonReader reader, out string? text)
        {
            text = null;
            if (reader.TokenType != JsonTokenType.String)
                return false;
            if (reader.ValueIsEscaped || reader.HasValueSequence)
                return (text = reader.GetString()) is not null;
            if (_text is null || !reader.ValueSpan.SequenceEqual(_utf8))
                (_text, _utf8) = (reader.GetString()!, reader.ValueSpan.ToArray());
            text = _text;
            return true;
        }
    }
}
