using System.Numerics;
using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Mechanisms;

/// <summary>
/// Quantiles from a noisy histogram over a declared range [lower, upper] split into equal bins. This is
/// post-processing: all privacy comes from releasing the histogram's noisy counts (Dwork &amp; Roth 2014,
/// Prop 2.1), so it costs nothing extra. The interval covers the true quantile with the confidence of the
/// simultaneous noise bound supplied (e.g. <see cref="NoiseQuantiles.SimultaneousConfidence"/> per bin).
/// </summary>
[Proven("docs/proofs/HistogramQuantile.md")]
public static class HistogramQuantile
{
    /// <summary>
    /// Estimates the <paramref name="p"/>-quantile (0 &lt; p &lt; 1) from <paramref name="noisyCounts"/> (bin i covers
    /// [lower + i·w, lower + (i+1)·w), the last bin also holds upper; w = (upper − lower)/bins), interpolating
    /// linearly inside the bin. <paramref name="simultaneousHalfWidth"/> (≥ 0) must bound |noise| of all bins at
    /// once with the desired confidence, e.g. <c>GaussianMechanism.ConfidenceHalfWidth(σ², 1 − 0.05/bins)</c>.
    /// When no count is positive, the estimate is lower + p·(upper − lower) and the interval is the whole range.
    /// </summary>
    public static QuantileEstimate Estimate(IReadOnlyList<BigInteger> noisyCounts, Rational lower, Rational upper, Rational p, BigInteger simultaneousHalfWidth)
    {
        ArgumentNullException.ThrowIfNull(noisyCounts);
        PrivacyParameterException.ThrowIf(noisyCounts.Count == 0, nameof(noisyCounts), "A histogram needs at least one bin.");
        PrivacyParameterException.ThrowIf(lower >= upper, nameof(upper), "The declared range needs lower < upper.");
        PrivacyParameterException.ThrowIf(p.Sign <= 0 || p >= Rational.One, nameof(p), "The quantile p must be strictly between 0 and 1.");
        PrivacyParameterException.ThrowIf(simultaneousHalfWidth.Sign < 0, nameof(simultaneousHalfWidth), "The noise half-width must be ≥ 0.");
        var width = (upper - lower) / noisyCounts.Count;
        Rational Edge(int i) => lower + width * i;
        var counts = noisyCounts.Select(c => BigInteger.Max(BigInteger.Zero, c)).ToArray();
        var total = counts.Aggregate(BigInteger.Zero, BigInteger.Add);
        if (total.IsZero)
            return new QuantileEstimate(lower + p * (upper - lower), lower, upper);
        var (low, high) = CoveringBins(noisyCounts, p, simultaneousHalfWidth);
        return new QuantileEstimate(Interpolate(counts, total, p, Edge, width), Edge(low), Edge(high + 1));
    }

    // First bin whose cumulative count reaches p·N, then the position of p·N inside it.
    private static Rational Interpolate(BigInteger[] counts, BigInteger total, Rational p, Func<int, Rational> edge, Rational width)
    {
        var target = p * total;
        var before = BigInteger.Zero;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i].Sign > 0 && before + counts[i] >= target)
                return edge(i) + width * ((target - before) / counts[i]);
            before += counts[i];
        }
        return edge(counts.Length);
    }

    /// <summary>
    /// With true_i ∈ [max(0, c_i − h), max(0, c_i + h)], the true quantile's bin j satisfies F_j &lt; p ≤ F_(j+1),
    /// F_j = (true count below bin j)/N. The range of possible j runs from the first j whose largest possible
    /// F_(j+1) reaches p to the last j whose smallest possible F_j is below p.
    /// </summary>
    private static (int Low, int High) CoveringBins(IReadOnlyList<BigInteger> noisy, Rational p, BigInteger h)
    {
        var bins = noisy.Count;
        var least = noisy.Select(c => BigInteger.Max(BigInteger.Zero, c - h)).ToArray();
        var most = noisy.Select(c => BigInteger.Max(BigInteger.Zero, c + h)).ToArray();
        var leastBelow = Prefix(least);
        var mostBelow = Prefix(most);
        var low = bins - 1;
        for (var j = 0; j < bins; j++)
        {
            if (Fraction(mostBelow[j + 1], least.Length, leastBelow, j + 1, isMax: true) >= p)
            {
                low = j;
                break;
            }
        }
        var high = 0;
        for (var j = bins - 1; j >= 0; j--)
        {
            if (Fraction(leastBelow[j], most.Length, mostBelow, j, isMax: false) < p)
            {
                high = j;
                break;
            }
        }
        return (Math.Min(low, high), Math.Max(low, high));
    }

    // Largest (isMax) or smallest possible share of values below edge j: below / (below + rest above),
    // where "rest above" uses the opposite extreme. An empty total leaves the share unknown: 1 or 0.
    private static Rational Fraction(BigInteger below, int bins, BigInteger[] otherPrefix, int j, bool isMax)
    {
        var above = otherPrefix[bins] - otherPrefix[j];
        var all = below + above;
        if (all.IsZero)
            return isMax ? Rational.One : Rational.Zero;
        return new Rational(below, all);
    }

    private static BigInteger[] Prefix(BigInteger[] values)
    {
        var sums = new BigInteger[values.Length + 1];
        for (var i = 0; i < values.Length; i++)
            sums[i + 1] = sums[i] + values[i];
        return sums;
    }
}
