namespace Kura.DemoData;

/// <summary>Draws an index with probability proportional to integer weights (cumulative sums, binary search).</summary>
internal sealed class WeightedTable
{
    private readonly long[] _cumulative;

    public WeightedTable(IReadOnlyList<int> weights)
    {
        _cumulative = new long[weights.Count];
        long total = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] < 0) throw new ArgumentException("Weights must not be negative.", nameof(weights));
            total += weights[i];
            _cumulative[i] = total;
        }
        if (total == 0) throw new ArgumentException("At least one weight must be positive.", nameof(weights));
    }

    public int Count => _cumulative.Length;

    public int Next(SeededRandom random)
    {
        var total = _cumulative[^1];
        var target = total <= int.MaxValue ? random.NextInt((int)total) : (long)(random.NextUInt64() % (ulong)total);
        // Lower bound: the first index whose cumulative weight exceeds the target (skips zero weights).
        int lo = 0, hi = _cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_cumulative[mid] > target) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
