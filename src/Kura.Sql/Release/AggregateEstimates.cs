using System.Globalization;
using System.Numerics;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Mechanisms;
using Kura.Sql.Binding;
using Kura.Sql.Planning;

namespace Kura.Sql.Release;

/// <summary>
/// Post-processing of one group's noisy measurements into released estimates with 95% intervals. Counts and
/// sums: ± the exact 95% half-width of their noise. AVG with a well-measured count: the delta method, so its
/// coverage is close to 95% rather than far above it. Otherwise derived statistics (AVG, VARIANCE, STDDEV)
/// bound each input's noise at 1 − 0.05/k and take the extremes over that box (union bound), so the interval
/// keeps at least 95% coverage. Nothing here looks at exact values.
/// </summary>
internal static class AggregateEstimates
{
    private const double Confidence = 0.95;

    public static DpResultRow Row(DpQueryPlan plan, NoisyGroup group, IReadOnlyList<NoiseCalibration> noise) =>
        new(plan.Outputs.Select(o => o.Key is { } k ? DpCell.ForKey(group.Keys[k]) : DpCell.ForEstimate(Estimate(plan, o.Aggregate!, group, noise))).ToList());

    private static NoisyEstimate Estimate(DpQueryPlan plan, AggregatePlan a, NoisyGroup g, IReadOnlyList<NoiseCalibration> noise)
    {
        var encoding = plan.Measurements[a.Primary].Encoding;
        return a.Kind switch
        {
            AggregateKind.CountRows or AggregateKind.CountValues or AggregateKind.CountPersons => Count(g.Scalars[a.Primary], noise[a.Primary].HalfWidth(Confidence)),
            AggregateKind.Sum => Sum(g.Scalars[a.Primary], noise[a.Primary].HalfWidth(Confidence), encoding!.Scale),
            AggregateKind.Avg => Average(g.Scalars[a.Primary], g.Scalars[a.Count!.Value], noise[a.Primary], noise[a.Count.Value], encoding!),
            AggregateKind.Percentile => Percentile(plan.Measurements[a.Primary].Histogram!, g.Bins[a.Primary]!, noise[a.Primary], a.Percentile!.Value),
            _ => Spread.Estimate(a.Kind, g.Scalars[a.Primary], g.Scalars[a.Squares!.Value], g.Scalars[a.Count!.Value],
                [noise[a.Primary], noise[a.Squares.Value], noise[a.Count.Value]], encoding!),
        };
    }

    private static NoisyEstimate Count(BigInteger n, BigInteger h) =>
        Make(Rational.Max(0, n), Rational.Max(0, n - h), Rational.Max(0, n + h));

    private static NoisyEstimate Sum(BigInteger s, BigInteger h, BigInteger scale) =>
        Make(new Rational(s, scale), new Rational(s - h, scale), new Rational(s + h, scale));

    /// <summary>Smallest noisy count, in multiples of its 95% half-width, for which AVG uses the delta method.</summary>
    private const int DeltaMethodMargin = 10;

    /// <summary>
    /// AVG = (C/n + L⁻ + U⁺) / (2s) from the centred sum C and count n, clamped to [L⁻/s, U⁺/s]. When n exceeds ten
    /// times its noise's 95% half-width h_n, the error of C/n is ≈ (Z_C − (C/n)·Z_n)/n, and the interval is
    /// ± √(h_C² + (C/n)²·h_n²) / (2s·n) from the exact 95% half-widths of the two noises (exact for Gaussian
    /// noise to first order; a close approximation for Laplace). Otherwise: the conservative box.
    /// </summary>
    private static NoisyEstimate Average(BigInteger c, BigInteger n, NoiseCalibration sumNoise, NoiseCalibration countNoise, ValueEncoding e)
    {
        // The exact bounded mean lies in [⌊L·s⌋/s, ⌈U·s⌉/s], the range the rows were limited to.
        Rational low = new(e.ScaledLower, e.Scale), high = new(e.ScaledUpper, e.Scale);
        Rational Avg(BigInteger sum, BigInteger count) =>
            Clamp((new Rational(sum, count) + e.TwiceCenter) / (2 * (Rational)e.Scale), low, high);
        var value = n.Sign > 0 ? Avg(c, n) : (low + high) / 2;
        var (h95c, h95n) = (sumNoise.HalfWidth(Confidence), countNoise.HalfWidth(Confidence));
        if (n > DeltaMethodMargin * BigInteger.Max(BigInteger.One, h95n))
        {
            var ratio = new Rational(c, n);
            var spread = Rational.SqrtUpper((Rational)(h95c * h95c) + ratio * ratio * (h95n * h95n), 64);
            var half = spread / (2 * (Rational)e.Scale * n);
            return Make(value, Clamp(value - half, low, high), Clamp(value + half, low, high));
        }
        var hc = sumNoise.HalfWidth(1 - (1 - Confidence) / 2);
        var hn = countNoise.HalfWidth(1 - (1 - Confidence) / 2);
        if (n - hn <= 0) return Make(value, low, high);
        Rational[] corners = [Avg(c - hc, n - hn), Avg(c - hc, n + hn), Avg(c + hc, n - hn), Avg(c + hc, n + hn)];
        return Make(value, corners.Min(), corners.Max());
    }

    private static NoisyEstimate Percentile(HistogramEncoding h, BigInteger[] bins, NoiseCalibration noise, decimal p)
    {
        var half = noise.HalfWidth(NoiseQuantiles.SimultaneousConfidence(Confidence, bins.Length));
        Rational low = Rational.FromDecimal(h.Lower), high = Rational.FromDecimal(h.Upper);
        // Unit bins are centred on whole numbers: bin i covers [L + i − ½, L + i + ½).
        var (rangeLow, rangeHigh) = h.UnitBins ? (low - new Rational(1, 2), high + new Rational(1, 2)) : (low, high);
        var q = HistogramQuantile.Estimate(bins, rangeLow, rangeHigh, Rational.FromDecimal(p), half);
        return Make(Clamp(q.Value, low, high), Clamp(q.IntervalLower, low, high), Clamp(q.IntervalUpper, low, high));
    }

    internal static Rational Clamp(Rational x, Rational low, Rational high) => Rational.Min(high, Rational.Max(low, x));

    internal static NoisyEstimate Make(Rational value, Rational lower, Rational upper) =>
        new(ToDecimal(value), ToDecimal(Rational.Min(lower, value)), ToDecimal(Rational.Max(upper, value)), (decimal)Confidence);

    /// <summary>Nearest decimal with at most 10 fractional digits; saturates instead of failing, so no value can make a release fail.</summary>
    internal static decimal ToDecimal(Rational r)
    {
        var limit = new Rational(new BigInteger(decimal.MaxValue) / 10);
        if (r >= limit) return decimal.MaxValue / 10;
        if (r <= -limit) return decimal.MinValue / 10;
        var text = r.ToDecimalString(10);
        return decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) / 1.0000000000000000000000000000m;
    }
}
