using System.Runtime.CompilerServices;
using System.Numerics;
using Kura.Anonymity.Metrics;

namespace Kura.Anonymity.Search;

internal sealed partial class NodeEvaluator<TKey>
{
    private readonly KeyCounter<TKey> classCounter = new();
    private readonly KeyCounter<TKey> marginalCounter = new();
    private int[] cellClass = [];
    private int[] marginalClass = [];
    private bool[] released = [];
    private int[] distinct = [];
    private double[] sumCLogC = [];
    private double[] distance = [];
    private int[] suppressedDigits = [];
    private int[] suppressedSizes = [];

    /// <summary>The classes of a node: keys (quasi-identifier fields only), sizes, and whether each is released.</summary>
    private readonly ref struct ClassView(ReadOnlySpan<TKey> keys, ReadOnlySpan<int> sizes, ReadOnlySpan<bool> released, int suppressed, int releasedClasses)
    {
        public ReadOnlySpan<TKey> Keys { get; } = keys;
        public ReadOnlySpan<int> Sizes { get; } = sizes;
        public ReadOnlySpan<bool> Released { get; } = released;
        public int Suppressed { get; } = suppressed;
        public int ReleasedClasses { get; } = releasedClasses;
        public int Count => Sizes.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ClassView Classify(CellSet<TKey> cells)
    {
        ReadOnlySpan<TKey> keys = cells.Keys.AsSpan(0, cells.Count);
        ReadOnlySpan<int> sizes = cells.Counts.AsSpan(0, cells.Count);
        if (layout.QiCount < layout.Shifts.Length)
        {
            Grow(ref cellClass, cells.Count);
            classCounter.Reset(cells.Count);
            for (var i = 0; i < cells.Count; i++) cellClass[i] = classCounter.Add(cells.Keys[i] & qiMask, cells.Counts[i]);
            keys = classCounter.Keys.AsSpan(0, classCounter.Count);
            sizes = classCounter.Counts.AsSpan(0, classCounter.Count);
        }
        Grow(ref released, sizes.Length);
        for (var c = 0; c < sizes.Length; c++) released[c] = sizes[c] >= criteria.K;
        for (var a = 0; a < criteria.Attributes; a++)
        {
            if (criteria.Constrains(a)) ApplySensitive(a, cells, sizes);
        }
        int suppressed = 0, releasedClasses = 0;
        for (var c = 0; c < sizes.Length; c++)
        {
            if (!released[c]) suppressed += sizes[c];
            else releasedClasses++;
        }
        return new ClassView(keys, sizes, released.AsSpan(0, sizes.Length), suppressed, releasedClasses);
    }

    // Per class: distinct values, Σ c·ln c and the t-closeness partial sum of attribute a; clears failing classes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ApplySensitive(int a, CellSet<TKey> cells, ReadOnlySpan<int> classSizes)
    {
        var (keys, counts, owner, entries) = Marginal(a, cells);
        Grow(ref distinct, classSizes.Length);
        Grow(ref sumCLogC, classSizes.Length);
        Grow(ref distance, classSizes.Length);
        Array.Clear(distinct, 0, classSizes.Length);
        Array.Clear(sumCLogC, 0, classSizes.Length);
        Array.Clear(distance, 0, classSizes.Length);
        var field = layout.QiCount + a;
        var shares = criteria.GlobalShares[a];
        for (var e = 0; e < entries; e++)
        {
            var c = owner[e];
            double n = counts[e];
            distinct[c]++;
            sumCLogC[c] += n * Math.Log(n);
            if (!criteria.NeedsDistance(a)) continue;
            var q = shares[int.CreateTruncating(keys[e] >> layout.Shifts[field]) & layout.FieldMask(field)];
            distance[c] += Math.Abs(n / classSizes[c] - q) - q;
        }
        for (var c = 0; c < classSizes.Length; c++)
        {
            if (released[c] && !criteria.Passes(a, classSizes[c], distinct[c], sumCLogC[c], distance[c])) released[c] = false;
        }
    }

    // Cells reduced to (class, value of attribute a); with one sensitive column the cells already are.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (TKey[] Keys, int[] Counts, int[] Owner, int Entries) Marginal(int a, CellSet<TKey> cells)
    {
        if (layout.Shifts.Length - layout.QiCount == 1) return (cells.Keys, cells.Counts, cellClass, cells.Count);
        var field = layout.QiCount + a;
        var mask = qiMask | (TKey.CreateTruncating((uint)layout.FieldMask(field)) << layout.Shifts[field]);
        marginalCounter.Reset(cells.Count);
        Grow(ref marginalClass, cells.Count);
        for (var i = 0; i < cells.Count; i++) marginalClass[marginalCounter.Add(cells.Keys[i] & mask, cells.Counts[i])] = cellClass[i];
        return (marginalCounter.Keys, marginalCounter.Counts, marginalClass, marginalCounter.Count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Score(int[] levels, ClassView classes, out double bound)
    {
        var m = levels.Length;
        var failing = 0;
        double squaresReleased = 0, squaresAll = 0;
        for (var c = 0; c < classes.Count; c++)
        {
            double size = classes.Sizes[c];
            squaresAll += size * size;
            if (classes.Released[c]) squaresReleased += size * size;
            else failing++;
        }
        Grow(ref suppressedDigits, failing * m);
        Grow(ref suppressedSizes, failing);
        var f = 0;
        for (var c = 0; c < classes.Count; c++)
        {
            if (classes.Released[c]) continue;
            for (var d = 0; d < m; d++) suppressedDigits[f * m + d] = int.CreateTruncating(classes.Keys[c] >> layout.Shifts[d]) & layout.FieldMask(d);
            suppressedSizes[f++] = classes.Sizes[c];
        }
        var view = new NodeClasses(levels, suppressedDigits.AsSpan(0, failing * m), suppressedSizes.AsSpan(0, failing),
                                   classes.Suppressed, squaresReleased, squaresAll);
        return model.Value(view, out bound);
    }

    private static void Grow<T>(ref T[] array, int length)
    {
        if (array.Length < length) array = new T[Math.Max(length, array.Length * 2)];
    }
}
