using System.Runtime.CompilerServices;
namespace Kura.Anonymity.Search;

internal sealed partial class NodeEvaluator<TKey>
{
    /// <summary>
    /// Partitions the records by the classes of <paramref name="node"/>; with <paramref name="population"/>
    /// (leaf codes per quasi-identifier) also counts the population records falling in each class.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public NodePartition Partition(int node, int[][]? population)
    {
        var levels = lattice.Levels(node);
        var classes = Classify(Cells(node, levels));
        var lookup = new KeyCounter<TKey>();
        lookup.Reset(classes.Count);
        for (var c = 0; c < classes.Count; c++) lookup.Add(classes.Keys[c], 0);
        var fields = LabelFields(levels);
        var rowClass = new int[table.Rows];
        Parallel.ForEach(RowRanges.Of(rowClass.Length), range => ClassOfRows(lookup, fields, rowClass, range.Start, range.End));
        long[]? populationSizes = null;
        if (population is not null)
        {
            populationSizes = new long[classes.Count];
            var rows = population.Length == 0 ? 0 : population[0].Length;
            for (var r = 0; r < rows; r++)
            {
                var c = lookup.Find(KeyOf(fields, population, r));
                if (c >= 0) populationSizes[c]++;
            }
        }
        var m = levels.Length;
        var labels = new int[classes.Count * m];
        for (var c = 0; c < classes.Count; c++)
        {
            for (var d = 0; d < m; d++) labels[c * m + d] = int.CreateTruncating(classes.Keys[c] >> layout.Shifts[d]) & layout.FieldMask(d);
        }
        return new NodePartition(levels, classes.Sizes.ToArray(), classes.Released.ToArray(), rowClass, labels, populationSizes);
    }

    // Per quasi-identifier: leaf code → its label at the node's level, already shifted into place.
    private TKey[][] LabelFields(int[] levels)
    {
        var fields = new TKey[levels.Length][];
        for (var d = 0; d < levels.Length; d++)
        {
            var codes = table.Hierarchies[d].CodesAt(levels[d]);
            fields[d] = new TKey[codes.Length];
            for (var leaf = 0; leaf < codes.Length; leaf++) fields[d][leaf] = TKey.CreateTruncating((uint)codes[leaf]) << layout.Shifts[d];
        }
        return fields;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ClassOfRows(KeyCounter<TKey> lookup, TKey[][] fields, int[] rowClass, int start, int end)
    {
        for (var r = start; r < end; r++) rowClass[r] = lookup.Find(KeyOf(fields, table.QiCodes, r));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TKey KeyOf(TKey[][] fields, int[][] leafCodes, int row)
    {
        var key = TKey.Zero;
        for (var d = 0; d < fields.Length; d++) key |= fields[d][leafCodes[d][row]];
        return key;
    }
}
