using System.Buffers;
using System.Text.Json;
using GeoGraph.Core.Graph;

namespace GeoGraph.Store.Neo4j.Http;

/// <summary>The fields of a result and the rows read of it.</summary>
public sealed record Neo4jRows(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<JsonElement>> Rows);

/// <summary>
/// Reads a successful Query API body as it arrives, without holding all of it: <c>data.fields</c>, then the rows
/// of <c>data.values</c> one at a time, stopping once it has <c>rowLimit</c> of them. <c>errors</c> that come
/// before the stop are reported as <see cref="Neo4jResponseParser"/> reports them; the rest of the body is left unread.
/// </summary>
internal sealed class Neo4jRowStream(int rowLimit, int httpStatus)
{
    private const int InitialBufferSize = 16 * 1024;

    private enum Place { BeforeBody, InBody, InData, InValues, Done }

    private readonly List<IReadOnlyList<JsonElement>> _rows = [];
    private IReadOnlyList<string> _fields = [];
    private JsonReaderState _state;
    private Place _place;
    private string? _property;

    public static async Task<Neo4jRows> ReadAsync(Stream body, int rowLimit, int httpStatus, CancellationToken cancellationToken)
    {
        var rows = new Neo4jRowStream(rowLimit, httpStatus);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        try
        {
            var filled = 0;
            var final = false;
            while (true)
            {
                if (filled == buffer.Length)
                    buffer = Grow(buffer);
                var read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                final = read == 0;
                filled += read;
                var consumed = rows.Consume(buffer.AsSpan(0, filled), final);
                if (rows._place == Place.Done)
                    return new Neo4jRows(rows._fields, rows._rows);
                if (final)
                    throw new StoreUnavailableException("Neo4j's answer ended before its JSON did.");
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
            }
        }
        catch (JsonException error)
        {
            throw new StoreUnavailableException("Neo4j answered with JSON that does not parse.", error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads the complete tokens in <paramref name="data"/>; returns how many bytes they took.</summary>
    private int Consume(ReadOnlySpan<byte> data, bool final)
    {
        var json = new Utf8JsonReader(data, final, _state);
        var consumed = 0;
        // A value cut off by the end of the buffer is read again, whole, from the saved state next time.
        while (_place != Place.Done && json.Read() && Handle(ref json))
        {
            consumed = (int)json.BytesConsumed;
            _state = json.CurrentState;
        }
        return consumed;
    }

    /// <summary>Handles the token just read; false when the value it starts is not complete in the buffer.</summary>
    private bool Handle(ref Utf8JsonReader json)
    {
        switch (_place, json.TokenType)
        {
            case (Place.BeforeBody, JsonTokenType.StartObject):
                _place = Place.InBody;
                return true;
            case (Place.BeforeBody, _):
                throw new StoreUnavailableException("Neo4j answered with JSON that is not an object.");
            case (Place.InBody or Place.InData, JsonTokenType.PropertyName):
                _property = json.GetString();
                return true;
            case (Place.InBody, JsonTokenType.EndObject):
                _place = Place.Done;
                return true;
            case (Place.InData, JsonTokenType.EndObject):
                _place = Place.InBody;
                return true;
            case (Place.InValues, JsonTokenType.EndArray):
                _place = Place.InData;
                return true;
            case (Place.InValues, _):
                return ReadRow(ref json);
            case (Place.InBody, _):
                return BodyValue(ref json);
            default:
                return DataValue(ref json);
        }
    }

    private bool BodyValue(ref Utf8JsonReader json)
    {
        if (_property == "data" && json.TokenType == JsonTokenType.StartObject)
        {
            _place = Place.InData;
            return true;
        }
        if (_property != "errors")
            return json.TrySkip();
        if (!TryReadValue(ref json, out var errors))
            return false;
        if (errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            throw Neo4jResponseParser.ToException(errors, httpStatus);
        return true;
    }

    private bool DataValue(ref Utf8JsonReader json)
    {
        if (_property == "values" && json.TokenType == JsonTokenType.StartArray)
        {
            _place = Place.InValues;
            return true;
        }
        if (_property != "fields")
            return json.TrySkip();
        if (!TryReadValue(ref json, out var fields))
            return false;
        _fields = fields.ValueKind == JsonValueKind.Array ? [.. fields.EnumerateArray().Select(field => field.GetString() ?? "")] : [];
        return true;
    }

    private bool ReadRow(ref Utf8JsonReader json)
    {
        if (!TryReadValue(ref json, out var row))
            return false;
        _rows.Add(row.ValueKind == JsonValueKind.Array ? [.. row.EnumerateArray()] : [row]);
        if (_rows.Count >= rowLimit)
            _place = Place.Done;
        return true;
    }

    private static bool TryReadValue(ref Utf8JsonReader json, out JsonElement value)
    {
        var probe = json;
        if (!probe.TrySkip())
        {
            value = default;
            return false;
        }
        value = JsonElement.ParseValue(ref json);
        return true;
    }

    private static byte[] Grow(byte[] buffer)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.CopyTo(larger, 0);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
