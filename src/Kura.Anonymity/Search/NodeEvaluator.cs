using System.Runtime.CompilerServices;
using System.Numerics;
using Kura.Anonymity.Encoding;
using Kura.Anonymity.Metrics;
using Kura.Anonymity.Privacy;

namespace Kura.Anonymity.Search;

/// <summary>
/// Evaluates lattice nodes on packed keys of width <typeparamref name="TKey"/>. A node's cells are obtained by
/// generalising the cells of the smallest cached node below it (a rollup: labels are mapped level to level and
/// counts merged), never by re-reading rows. Not thread-safe.
/// </summary>
internal sealed partial class NodeEvaluator<TKey> : INodeEvaluator where TKey : unmanaged, IBinaryInteger<TKey>
{
    private readonly EncodedTable table;
    private readonly KeyLayout layout;
    private readonly Lattice lattice;
    private readonly ClassCriteria criteria;
    private readonly IQualityModel model;
    private readonly RollupCache<TKey> cache;
    private readonly Dictionary<(int Dimension, int From, int To), TKey[]> maps = [];   // label at From → label at To, shifted into place
    private readonly TKey qiMask;
    private readonly TKey[] rowKeys;       // bottom key of every row
    private readonly KeyCounter<TKey> cellCounter = new();

    public NodeEvaluator(EncodedTable table, Lattice lattice, ClassCriteria criteria, IQualityModel model)
    {
        this.table = table;
        layout = table.Layout;
        this.lattice = lattice;
        this.criteria = criteria;
        this.model = model;
        qiMask = layout.QiBits == 128 ? ~TKey.Zero : (TKey.One << layout.QiBits) - TKey.One;
        rowKeys = RowKeys();
        var bottomCells = Group(rowKeys);
        cache = new RollupCache<TKey>(lattice, 0, bottomCells, Math.Max(1L << 20, 8L * bottomCells.Count));
    }

    public int Evaluations { get; private set; }

    public NodeOutcome Evaluate(int node, bool withValue)
    {
        Evaluations++;
        var levels = lattice.Levels(node);
        var cells = Cells(node, levels);
        var classes = Classify(cells);
        var withinRisk = criteria.WithinAverageRisk(classes.ReleasedClasses, table.Rows - classes.Suppressed);
        // Without suppression the average risk J / n only falls upward (classes merge, n is fixed), so it joins the
        // monotonic acceptance test; with suppression n changes too, so it only decides which nodes may be chosen.
        var acceptable = classes.Suppressed <= criteria.MaxSuppressed && (withinRisk || criteria.MaxSuppressed > 0);
        if (!acceptable || !withValue) return new NodeOutcome(acceptable, withinRisk, classes.Suppressed, classes.Count, double.NaN, double.NaN);
        var value = Score(levels, classes, out var bound);
        return new NodeOutcome(true, withinRisk, classes.Suppressed, classes.Count, value, bound);
    }

    private CellSet<TKey> Cells(int node, int[] levels)
    {
        var (sourceNode, source) = cache.Source(node);
        if (sourceNode == node) return source;
        var cells = Rollup(source, lattice.Levels(sourceNode), levels);
        cache.Add(node, cells);
        return cells;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TKey[] RowKeys()
    {
        var keys = new TKey[table.Rows];
        Parallel.ForEach(RowRanges.Of(keys.Length), range => FillKeys(keys, range.Start, range.End));
        return keys;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillKeys(TKey[] keys, int start, int end)
    {
        for (var d = 0; d < layout.Shifts.Length; d++)
        {
            var codes = d < layout.QiCount ? table.QiCodes[d] : table.SensitiveCodes[d - layout.QiCount];
            var shift = layout.Shifts[d];
            for (var r = start; r < end; r++) keys[r] |= TKey.CreateTruncating((uint)codes[r]) << shift;
        }
    }

    /// <summary>The bottom node's cells as one label column per quasi-identifier, with the cell counts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int[][] Labels, int[] Counts) BottomColumns()
    {
        var (_, cells) = cache.Source(0);
        var labels = new int[layout.QiCount][];
        for (var d = 0; d < labels.Length; d++)
        {
            labels[d] = new int[cells.Count];
            for (var i = 0; i < cells.Count; i++) labels[d][i] = int.CreateTruncating(cells.Keys[i] >> layout.Shifts[d]) & layout.FieldMask(d);
        }
        return (labels, cells.Counts);
    }

    // Large tables are grouped in parallel row ranges whose (small) results are then merged.
    private CellSet<TKey> Group(TKey[] keys)
    {
        var ranges = RowRanges.Of(keys.Length);
        var parts = new CellSet<TKey>[ranges.Length];
        Parallel.For(0, ranges.Length, p => parts[p] = CountRange(keys, ranges[p].Start, ranges[p].End));
        if (parts.Length == 1) return parts[0];
        cellCounter.Reset(parts.Max(p => p.Count));
        foreach (var part in parts)
        {
            for (var i = 0; i < part.Count; i++) cellCounter.Add(part.Keys[i], part.Counts[i]);
        }
        return cellCounter.ToCellSet();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CellSet<TKey> CountRange(TKey[] keys, int start, int end)
    {
        var counter = new KeyCounter<TKey>();
        counter.Reset(1 << 12);
        for (var r = start; r < end; r++) counter.Add(keys[r], 1);
        return counter.ToCellSet();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CellSet<TKey> Rollup(CellSet<TKey> source, int[] from, int[] to)
    {
        var changes = Changes(from, to, out var keep);
        cellCounter.Reset(source.Count);
        var keys = source.Keys;
        var counts = source.Counts;
        for (var i = 0; i < source.Count; i++) cellCounter.Add(Transform(keys[i], changes, keep), counts[i]);
        return cellCounter.ToCellSet();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TKey Transform(TKey key, FieldChange[] changes, TKey keep)
    {
        var result = key & keep;
        foreach (var change in changes) result |= change.Map[int.CreateTruncating(key >> change.Shift) & change.Mask];
        return result;
    }

    private FieldChange[] Changes(int[] from, int[] to, out TKey keep)
    {
        var changes = new List<FieldChange>(from.Length);
        keep = ~TKey.Zero;
        for (var d = 0; d < from.Length; d++)
        {
            if (from[d] == to[d]) continue;
            if (!maps.TryGetValue((d, from[d], to[d]), out var map))
            {
                map = table.Hierarchies[d].LevelMap(from[d], to[d]).Select(label => TKey.CreateTruncating((uint)label) << layout.Shifts[d]).ToArray();
                maps.Add((d, from[d], to[d]), map);
            }
            var fieldMask = layout.FieldMask(d);
            changes.Add(new FieldChange(layout.Shifts[d], fieldMask, map));
            keep &= ~(TKey.CreateTruncating((uint)fieldMask) << layout.Shifts[d]);
        }
        return changes.ToArray();
    }

    private readonly record struct FieldChange(int Shift, int Mask, TKey[] Map);
}
