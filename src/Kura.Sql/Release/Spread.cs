using System.Numerics;
using Kura.Privacy.Arithmetic;
using Kura.Sql.Binding;
using Kura.Sql.Planning;

namespace Kura.Sql.Release;

/// <summary>
/// VARIANCE / STDDEV from noisy centred sum C, sum of squares Q and count n (post-processing):
/// var = (Q − C²/n) / (n − d) / (4s²), d = 1 for the sample and 0 for the population statistic, clamped to
/// [0, (U⁺−L⁻)²/(4s²) · n/(n−d)] with L⁻ = ⌊L·s⌋, U⁺ = ⌈U·s⌉. The interval takes the extremes over the box of each input ± its half-width at 1 − 0.05/3.
/// </summary>
internal static class Spread
{
    public static NoisyEstimate Estimate(AggregateKind kind, BigInteger c, BigInteger q, BigInteger n, NoiseCalibration[] noise, ValueEncoding e)
    {
        var sample = kind is AggregateKind.Variance or AggregateKind.Stddev;
        var d = sample ? 1 : 0;
        var range = new Rational(e.ScaledUpper - e.ScaledLower, e.Scale);
        var max = range * range / 4 * (sample ? 2 : 1);
        var scaleSquared4 = 4 * (Rational)(e.Scale * e.Scale);
        Rational Var(Rational qv, Rational c2, Rational nv, Rational nDivisor) =>
            AggregateEstimates.Clamp((qv - c2 / nv) / (nDivisor - d) / scaleSquared4, 0, max);
        var value = n - d > 0 ? Var(q, (Rational)c * c, n, n) : Rational.Zero;
        var confidence = 1 - 0.05 / 3;
        var (hc, hq, hn) = (noise[0].HalfWidth(confidence), noise[1].HalfWidth(confidence), noise[2].HalfWidth(confidence));
        Rational lower = 0, upper = max;
        if (n - hn - d > 0)
        {
            var cLow = BigInteger.Abs(c) <= hc ? BigInteger.Zero : BigInteger.Min(BigInteger.Abs(c - hc), BigInteger.Abs(c + hc));
            var cHigh = BigInteger.Max(BigInteger.Abs(c - hc), BigInteger.Abs(c + hc));
            // Smallest numerator with the largest C² over the smallest n; the divisor that makes it smallest.
            var numLow = (Rational)(q - hq) - (Rational)(cHigh * cHigh) / (n - hn);
            var numHigh = (Rational)(q + hq) - (Rational)(cLow * cLow) / (n + hn);
            lower = AggregateEstimates.Clamp(numLow / ((numLow.Sign >= 0 ? n + hn : n - hn) - d) / scaleSquared4, 0, max);
            upper = AggregateEstimates.Clamp(numHigh / ((numHigh.Sign >= 0 ? n - hn : n + hn) - d) / scaleSquared4, 0, max);
        }
        if (kind is AggregateKind.Variance or AggregateKind.VariancePop) return AggregateEstimates.Make(value, lower, upper);
        return AggregateEstimates.Make(Sqrt(value), Sqrt(lower), Sqrt(upper));
    }

    private static Rational Sqrt(Rational x) => x.Sign <= 0 ? Rational.Zero : Rational.SqrtUpper(x, 64);
}
