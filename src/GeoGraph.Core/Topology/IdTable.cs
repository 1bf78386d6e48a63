using System.Buffers.Binary;
using System.Text;

namespace GeoGraph.Core.Topology;

/// <summary>
/// An immutable table of strings kept as one UTF-8 buffer with offsets, plus an open-addressing hash index
/// from string to position. A million relation ids take about a quarter of the memory of a string array
/// with a dictionary, which matters because a snapshot and its successor briefly live side by side.
/// </summary>
internal sealed class IdTable
{
    private readonly byte[] _bytes;
    private readonly int[] _offsets;
    // Slot holds position + 1; 0 is empty. Null when the table is not indexed (names).
    private readonly int[]? _slots;

    private IdTable(byte[] bytes, int[] offsets, int[]? slots) => (_bytes, _offsets, _slots) = (bytes, offsets, slots);

    public int Count => _offsets.Length - 1;

    public string this[int position] => Encoding.UTF8.GetString(_bytes, _offsets[position], _offsets[position + 1] - _offsets[position]);

    public static IdTable Build(IReadOnlyList<string> values, bool indexed)
    {
        var builder = new IdTableBuilder();
        foreach (var value in values)
            builder.Add(value);
        return builder.Build(indexed);
    }

    /// <summary>A table over UTF-8 bytes cut at offsets; with <paramref name="indexed"/>, duplicate strings are refused.</summary>
    internal static IdTable From(byte[] bytes, int[] offsets, bool indexed)
    {
        var table = new IdTable(bytes, offsets, indexed ? new int[SlotCount(offsets.Length - 1)] : null);
        if (indexed)
        {
            for (var i = 0; i < table.Count; i++)
                table.Insert(i);
        }
        return table;
    }

    /// <summary>The position of <paramref name="value"/>, or -1.</summary>
    public int IndexOf(string value)
    {
        if (_slots is null)
            throw new InvalidOperationException("This table has no index.");
        var buffer = value.Length <= 256 ? stackalloc byte[value.Length * 3] : new byte[Encoding.UTF8.GetMaxByteCount(value.Length)];
        var key = buffer[..Encoding.UTF8.GetBytes(value, buffer)];
        var mask = _slots.Length - 1;
        for (var slot = Hash(key) & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
                return -1;
            if (Bytes(entry - 1).SequenceEqual(key))
                return entry - 1;
        }
    }

    private void Insert(int position)
    {
        var key = Bytes(position);
        var mask = _slots!.Length - 1;
        for (var slot = Hash(key) & mask; ; slot = (slot + 1) & mask)
        {
            if (_slots[slot] == 0)
            {
                _slots[slot] = position + 1;
                return;
            }
            if (Bytes(_slots[slot] - 1).SequenceEqual(key))
                throw new ArgumentException($"'{this[position]}' occurs twice.", nameof(position));
        }
    }

    private ReadOnlySpan<byte> Bytes(int position) => _bytes.AsSpan(_offsets[position], _offsets[position + 1] - _offsets[position]);

    // Seeded per process, so callers who choose ids cannot aim them at one probe sequence.
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    private static int Hash(ReadOnlySpan<byte> key)
    {
        var hash = Seed ^ (ulong)key.Length;
        for (; key.Length >= 8; key = key[8..])
            hash = Mix(hash ^ BinaryPrimitives.ReadUInt64LittleEndian(key));
        ulong tail = 0;
        for (var i = 0; i < key.Length; i++)
            tail |= (ulong)key[i] << (8 * i);
        return (int)(Mix(hash ^ tail) >> 32);
    }

    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 33)) * 0xff51afd7ed558ccdUL;
        value = (value ^ (value >> 33)) * 0xc4ceb9fe1a85ec53UL;
        return value ^ (value >> 33);
    }

    // A power of two at least 1.5 times the count keeps probe sequences short.
    private static int SlotCount(int count) => (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(count + count / 2 + 1)));
}
