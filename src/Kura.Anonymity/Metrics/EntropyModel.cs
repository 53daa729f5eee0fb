using System.Runtime.CompilerServices;
using Kura.Anonymity.Encoding;

namespace Kura.Anonymity.Metrics;

/// <summary>
/// Non-uniform entropy in ARX's non-monotonic form: for attribute d at level l the generalisation costs
/// −Σ_v a_v·log2(a_v / b_g(v)) bits (a_v records with value v, b_g records with its label); suppressed records
/// additionally cost −Σ_g c_g·log2(c_g / S) over the labels g they carried (S suppressed records). Summed
/// over attributes. The bound is the generalisation part.
/// </summary>
internal sealed class EntropyModel : IQualityModel
{
    private readonly double[][] generalised;   // [d][level]
    private readonly double[][] scratch;       // [d] per-label suppressed counts, sized for level 0

    public EntropyModel(EncodedTable table)
    {
        var m = table.Hierarchies.Length;
        generalised = new double[m][];
        scratch = new double[m][];
        for (var d = 0; d < m; d++)
        {
            var h = table.Hierarchies[d];
            var histogram = table.LeafHistogram(d);
            scratch[d] = new double[h.DomainSize];
            generalised[d] = new double[h.Levels];
            for (var l = 0; l < h.Levels; l++)
            {
                var codes = h.CodesAt(l);
                var labelCounts = new double[h.LabelCount(l)];
                for (var leaf = 0; leaf < histogram.Length; leaf++) labelCounts[codes[leaf]] += histogram[leaf];
                var bits = 0.0;
                for (var leaf = 0; leaf < histogram.Length; leaf++)
                {
                    if (histogram[leaf] != 0) bits -= histogram[leaf] * Math.Log2(histogram[leaf] / labelCounts[codes[leaf]]);
                }
                generalised[d][l] = bits;
            }
        }
    }

    public bool HasStaticBound => true;

    public double StaticBound(int[] levels)
    {
        var sum = 0.0;
        for (var d = 0; d < levels.Length; d++) sum += generalised[d][levels[d]];
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Value(in NodeClasses classes, out double bound)
    {
        bound = StaticBound(classes.Levels);
        if (classes.SuppressedRecords == 0) return bound;
        var m = classes.Levels.Length;
        double total = classes.SuppressedRecords, extra = 0;
        for (var d = 0; d < m; d++)
        {
            var counts = scratch[d];
            for (var c = 0; c < classes.SuppressedSizes.Length; c++) counts[classes.SuppressedDigits[c * m + d]] += classes.SuppressedSizes[c];
            for (var c = 0; c < classes.SuppressedSizes.Length; c++)
            {
                ref var n = ref counts[classes.SuppressedDigits[c * m + d]];
                if (n == 0) continue;
                extra -= n * Math.Log2(n / total);
                n = 0;
            }
        }
        return bound + extra;
    }
}
