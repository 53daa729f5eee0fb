using Kura.Core;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Mechanisms;

namespace Kura.Synthesis.Evaluation;

/// <summary>Total variation distances between the marginals of two tables over the same domains.</summary>
public static class MarginalDistance
{
    /// <summary>TVD of one column set (indices into both tables); 0 when either table is empty.</summary>
    public static double Tvd(EncodedTable real, EncodedTable synthetic, IReadOnlyList<int> columns)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(synthetic);
        if (real.RowCount == 0 || synthetic.RowCount == 0)
            return 0;
        var p = MarginalCounts.Count(real, columns);
        var q = MarginalCounts.Count(synthetic, columns);
        double sum = 0;
        for (var i = 0; i < p.Length; i++)
            sum += Math.Abs((double)p[i] / real.RowCount - (double)q[i] / synthetic.RowCount);
        return sum / 2;
    }

    /// <summary>Mean and worst TVD over every set of <paramref name="way"/> (1–3) columns.</summary>
    public static MarginalFit Compare(EncodedTable real, EncodedTable synthetic, int way)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(synthetic);
        if (way is < 1 or > 3)
            throw KuraException.BadInput("KURA-SYNTH-REPORT", $"Marginal order must be 1, 2 or 3 (got {way}).");
        if (!real.Shape().SequenceEqual(synthetic.Shape()))
            throw KuraException.BadInput("KURA-SYNTH-REPORT", "Real and synthetic tables must have the same columns and domains.");
        var sets = Combinations(real.ColumnCount, way).ToList();
        if (sets.Count == 0)
            return new MarginalFit(way, 0, 0, 0, []);
        var distances = sets.Select(s => Tvd(real, synthetic, s)).ToArray();
        var worst = Array.IndexOf(distances, distances.Max());
        return new MarginalFit(way, sets.Count, distances.Average(), distances[worst],
            sets[worst].Select(c => real.Domains[c].Column).ToArray());
    }

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }
        for (var last = k - 1; last < n; last++)
        {
            foreach (var head in Combinations(last, k - 1))
                yield return [.. head, last];
        }
    }
}
