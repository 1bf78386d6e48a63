using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Exchange;

/// <summary>
/// GeoGraph's exchange format, shared by export and import: UTF-8, one JSON object a line (<c>\n</c>), each with
/// exactly one property naming the record type (<see cref="Source"/>, <see cref="Node"/>, <see cref="Relation"/>)
/// whose value is the record as <see cref="GraphJson"/> serializes it; sources, then nodes, then relations.
/// </summary>
public static class NdjsonRecord
{
    public const string ContentType = "application/x-ndjson";

    public const string Extension = ".ndjson";

    public const string Source = "source";

    public const string Node = "node";

    public const string Relation = "relation";

    /// <summary>The record type a line of this record carries.</summary>
    public static string TypeOf<T>() =>
        typeof(T) == typeof(Model.Source) ? Source
        : typeof(T) == typeof(Model.Node) ? Node
        : typeof(T) == typeof(Model.Relation) ? Relation
        : throw new ArgumentException($"{typeof(T).Name} is not a record of the exchange format.", nameof(T));

    /// <summary>
    /// Text escaped as the API's responses escape it (ASP.NET Core's JSON default): only what JSON requires, so names
    /// and quotes stay readable UTF-8.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions RecordOptions = new(GraphJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one line, <c>{"type":{…}}\n</c>.</summary>
    public static void WriteLine<T>(IBufferWriter<byte> output, T record)
    {
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(TypeOf<T>());
            JsonSerializer.Serialize(writer, record, RecordOptions);
            writer.WriteEndObject();
        }
        output.Write("\n"u8);
    }
}
