using Kura.Synthesis.Domains;

namespace Kura.Synthesis.Mechanisms;

/// <summary>Exact contingency counts of an encoded table over a set of columns.</summary>
public static class MarginalCounts
{
    /// <summary>
    /// Counts of every combination of the given columns (distinct, in the given order), flattened row-major:
    /// the last column varies fastest. Adding or removing one row changes exactly one count by one.
    /// </summary>
    public static long[] Count(EncodedTable table, IReadOnlyList<int> columns)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        var shape = table.Shape();
        long cells = 1;
        foreach (var c in columns)
            cells = checked(cells * shape[c]);
        var counts = new long[cells];
        var index = new int[table.RowCount];
        foreach (var c in columns)
        {
            var codes = table.Column(c);
            var size = shape[c];
            for (var r = 0; r < index.Length; r++)
                index[r] = index[r] * size + codes[r];
        }
        foreach (var i in index)
            counts[i]++;
        return counts;
    }
}
