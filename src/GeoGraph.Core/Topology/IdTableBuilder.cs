using System.Text;

namespace GeoGraph.Core.Topology;

/// <summary>Collects strings as UTF-8 into one growing buffer, so a large build holds no string per id.</summary>
internal sealed class IdTableBuilder
{
    private byte[] _bytes = new byte[1024];
    private readonly List<int> _offsets = [0];

    public int Count => _offsets.Count - 1;

    public void Add(string value)
    {
        var end = _offsets[^1];
        var needed = end + Encoding.UTF8.GetByteCount(value);
        if (needed > _bytes.Length)
            Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * _bytes.Length)));
        _offsets.Add(end + Encoding.UTF8.GetBytes(value, _bytes.AsSpan(end)));
    }

    public IdTable Build(bool indexed) => IdTable.From(_bytes.AsSpan(0, _offsets[^1]).ToArray(), [.. _offsets], indexed);
}
