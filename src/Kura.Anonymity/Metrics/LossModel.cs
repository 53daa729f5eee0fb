using System.Runtime.CompilerServices;
using Kura.Anonymity.Encoding;

namespace Kura.Anonymity.Metrics;

/// <summary>
/// ARX's "Loss" (MetricMDNMLoss with gs-factor 0.5, geometric mean): for attribute d at level l a released record
/// with label g costs share(g) = |leaves under g| / |domain|, a suppressed record costs 1; the per-attribute sum
/// S_d is normalised to (S_d − n/|D_d|) / (n − n/|D_d|), and attributes are combined as Π(1 + x_d)^(1/m) − 1.
/// The bound is the value with suppressed records costed at their generalised share (generalisation only).
/// </summary>
internal sealed class LossModel : IQualityModel
{
    private readonly int records;
    private readonly int[] domains;
    private readonly double[][] generalised;        // [d][level] Σ over all records of share
    private readonly double[][][] complement;       // [d][level][label] 1 − share
    private readonly double[][] factor;             // [d][level] (1 + normalised generalisation loss)^(1/m)

    public LossModel(EncodedTable table)
    {
        records = table.Rows;
        var m = table.Hierarchies.Length;
        domains = new int[m];
        generalised = new double[m][];
        complement = new double[m][][];
        factor = new double[m][];
        for (var d = 0; d < m; d++)
        {
            var h = table.Hierarchies[d];
            var histogram = table.LeafHistogram(d);
            domains[d] = h.DomainSize;
            generalised[d] = new double[h.Levels];
            complement[d] = new double[h.Levels][];
            for (var l = 0; l < h.Levels; l++)
            {
                var codes = h.CodesAt(l);
                complement[d][l] = new double[h.LabelCount(l)];
                for (var label = 0; label < h.LabelCount(l); label++) complement[d][l][label] = 1 - (double)h.LeavesUnder(l, label) / h.DomainSize;
                var sum = 0.0;
                for (var leaf = 0; leaf < histogram.Length; leaf++)
                {
                    if (histogram[leaf] != 0) sum += histogram[leaf] * ((double)h.LeavesUnder(l, codes[leaf]) / h.DomainSize);
                }
                generalised[d][l] = sum;
            }
            factor[d] = generalised[d].Select(g => Math.Pow(1 + Normalise(g, d), 1.0 / m)).ToArray();
        }
    }

    public bool HasStaticBound => true;

    public double StaticBound(int[] levels)
    {
        var product = 1.0;
        for (var d = 0; d < levels.Length; d++) product *= factor[d][levels[d]];
        return product - 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Value(in NodeClasses classes, out double bound)
    {
        bound = StaticBound(classes.Levels);
        if (classes.SuppressedSizes.Length == 0) return bound;
        var m = classes.Levels.Length;
        var product = 1.0;
        for (var d = 0; d < m; d++)
        {
            var table = complement[d][classes.Levels[d]];
            var sum = generalised[d][classes.Levels[d]];
            for (var c = 0; c < classes.SuppressedSizes.Length; c++) sum += classes.SuppressedSizes[c] * table[classes.SuppressedDigits[c * m + d]];
            product *= Math.Pow(1 + Normalise(sum, d), 1.0 / m);
        }
        return product - 1;
    }

    private double Normalise(double sum, int d)
    {
        var min = (double)records / domains[d];
        if (records - min <= 0) return 0;
        return Math.Max(0, (sum - min) / (records - min));
    }
}
