using System.Numerics;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.StatisticalTests;

/// <summary>Draw-collection and the symmetry / zero-mean checks shared by the sampler tests.</summary>
internal static class Draws
{
    /// <summary>|z| above this has two-sided normal p below 1.2e-7 &lt; <see cref="GoodnessOfFit.FailBelow"/>.</summary>
    public const double MaxAbsZ = 5.3;

    public static Dictionary<long, long> Histogram(int count, Func<IRandomBits, BigInteger> sample)
    {
        var rng = new CryptoRandomBits();
        var histogram = new Dictionary<long, long>();
        for (var i = 0; i < count; i++)
        {
            var x = (long)sample(rng);
            histogram[x] = histogram.GetValueOrDefault(x) + 1;
        }
        return histogram;
    }

    /// <summary>z-score of #positive − #negative under P(X &gt; 0) = P(X &lt; 0).</summary>
    public static double SymmetryZ(IReadOnlyDictionary<long, long> histogram)
    {
        double positive = histogram.Where(kv => kv.Key > 0).Sum(kv => kv.Value);
        double negative = histogram.Where(kv => kv.Key < 0).Sum(kv => kv.Value);
        return (positive - negative) / Math.Sqrt(positive + negative);
    }

    /// <summary>z-score of the sample mean against 0, with the exact variance of the distribution.</summary>
    public static double MeanZ(IReadOnlyDictionary<long, long> histogram, double variance)
    {
        double n = histogram.Values.Sum();
        var mean = histogram.Sum(kv => (double)kv.Key * kv.Value) / n;
        return mean / Math.Sqrt(variance / n);
    }

    /// <summary>Exact pmf and variance of N_Z(0, σ²) from its normalising constant (double summation over ±(40σ + 10)).</summary>
    public static (Func<long, double> Pmf, double Variance) DiscreteGaussian(double sigmaSquared)
    {
        var limit = (long)(Math.Sqrt(sigmaSquared) * 40) + 10;
        double normaliser = 0, second = 0;
        for (var x = -limit; x <= limit; x++)
        {
            var w = Math.Exp(-(double)x * x / (2 * sigmaSquared));
            normaliser += w;
            second += (double)x * x * w;
        }
        return (x => Math.Exp(-(double)x * x / (2 * sigmaSquared)) / normaliser, second / normaliser);
    }

    /// <summary>Exact pmf (1−q)/(1+q)·q^|x| and variance 2q/(1−q)² of the discrete Laplace, q = e^(−1/scale).</summary>
    public static (Func<long, double> Pmf, double Variance) DiscreteLaplace(double scale)
    {
        var q = Math.Exp(-1 / scale);
        var oneMinusQ = OneMinusExpNegative(1 / scale);
        return (x => oneMinusQ / (1 + q) * Math.Exp(-Math.Abs(x) / scale), 2 * q / (oneMinusQ * oneMinusQ));
    }

    // 1 − e^(−x) without cancellation for small x (series below 1e-5).
    private static double OneMinusExpNegative(double x) => x < 1e-5 ? x - x * x / 2 + x * x * x / 6 : 1 - Math.Exp(-x);
}
