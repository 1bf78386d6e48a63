namespace GeoGraph.Synthetic;

/// <summary>
/// SplitMix64: a small, fast generator whose sequence is fixed by its seed on every runtime and
/// platform (unlike <see cref="Random"/>, whose algorithm is an implementation detail). Not for security.
/// </summary>
internal sealed class SyntheticRandom(int seed)
{
    // The seed is scrambled into the starting state: with seed * increment, seeds n and n + 1 would walk the
    // same sequence one step apart, and draw-count differences soon line the two graphs up.
    private ulong _state = Mix(unchecked((ulong)seed + 0x632BE59BD9B4E019UL));

    public ulong NextUInt64() => Mix(_state += 0x9E3779B97F4A7C15UL);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="max"/>).</summary>
    public int Next(int max) => (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}

/// <summary>A choice among items by fixed weights.</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public Weighted(IEnumerable<(T Item, double Weight)> choices)
    {
        var list = choices.ToList();
        _items = [.. list.Select(choice => choice.Item)];
        _cumulative = new double[list.Count];
        var total = 0.0;
        for (var i = 0; i < list.Count; i++)
            _cumulative[i] = total += list[i].Weight;
    }

    public T Pick(SyntheticRandom random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
