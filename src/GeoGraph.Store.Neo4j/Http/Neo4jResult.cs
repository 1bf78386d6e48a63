using System.Text.Json;

namespace GeoGraph.Store.Neo4j.Http;

/// <summary>The answer to one statement: its fields and rows as JSON, in the format asked for (plain or typed).</summary>
public sealed class Neo4jResult
{
    private readonly Dictionary<string, int> _fieldIndex;

    public Neo4jResult(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<JsonElement>> rows, Neo4jResultFormat format)
    {
        Fields = fields;
        Format = format;
        _fieldIndex = fields.Select((field, index) => (field, index)).ToDictionary(pair => pair.field, pair => pair.index, StringComparer.Ordinal);
        Records = [.. rows.Select(row => new Neo4jRecord(this, row))];
    }

    public static Neo4jResult Empty { get; } = new([], [], Neo4jResultFormat.Plain);

    public IReadOnlyList<string> Fields { get; }

    public IReadOnlyList<Neo4jRecord> Records { get; }

    public Neo4jResultFormat Format { get; }

    internal int IndexOf(string field) =>
        _fieldIndex.TryGetValue(field, out var index) ? index : throw new KeyNotFoundException($"The result has no field '{field}'; it has {string.Join(", ", Fields)}.");
}

/// <summary>One row of a <see cref="Neo4jResult"/>, by field name.</summary>
public sealed class Neo4jRecord(Neo4jResult result, IReadOnlyList<JsonElement> values)
{
    public JsonElement this[string field] => values[result.IndexOf(field)];

    public bool IsNull(string field) => this[field].ValueKind == JsonValueKind.Null;

    public string GetString(string field) => this[field].GetString()
        ?? throw new InvalidDataException($"Field '{field}' is null where a string was expected.");

    public long GetInt64(string field) => this[field].GetInt64();
}
