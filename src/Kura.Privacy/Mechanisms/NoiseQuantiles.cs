using System.Numerics;
using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Mechanisms;

/// <summary>
/// Confidence half-widths of the discrete noise distributions. These are post-processing of public
/// parameters (σ², scale, confidence), so they may use <see cref="double"/>; they never touch a true value.
/// </summary>
public static class NoiseQuantiles
{
    // Up to σ = 10^5 the discrete Gaussian's mass is summed term by term (≈ 3·10^6 terms at most);
    // beyond, the continuity-corrected normal is indistinguishable at double precision.
    private const double DirectSumMaxSigmaSquared = 1e10;

    /// <summary>
    /// The smallest integer t ≥ 0 with P(|Z| ≤ t) ≥ <paramref name="confidence"/> for Z ~ N_Z(0, σ²), σ² &gt; 0,
    /// 0 &lt; confidence &lt; 1.
    /// </summary>
    public static BigInteger DiscreteGaussianHalfWidth(Rational sigmaSquared, double confidence)
    {
        PrivacyParameterException.ThrowIf(sigmaSquared.Sign <= 0, nameof(sigmaSquared), "sigma² must be greater than 0.");
        CheckConfidence(confidence);
        var variance = sigmaSquared.ToDouble();
        return variance <= DirectSumMaxSigmaSquared
            ? GaussianBySummation(variance, 1 - confidence)
            : GaussianByNormal(Math.Sqrt(variance), 1 - confidence);
    }

    /// <summary>
    /// The smallest integer t ≥ 0 with P(|Z| ≤ t) ≥ <paramref name="confidence"/> for the discrete Laplace Z with
    /// this scale (&gt; 0): P(|Z| &gt; t) = 2q^(t+1)/(1+q), q = e^(−1/scale).
    /// </summary>
    public static BigInteger DiscreteLaplaceHalfWidth(Rational scale, double confidence)
    {
        PrivacyParameterException.ThrowIf(scale.Sign <= 0, nameof(scale), "The Laplace scale must be greater than 0.");
        CheckConfidence(confidence);
        var b = scale.ToDouble();
        var alpha = 1 - confidence;
        var q = Math.Exp(-1 / b);
        double Tail(double t) => 2 * Math.Exp(-(t + 1) / b) / (1 + q);
        var t = Math.Max(0, Math.Ceiling(b * Math.Log(2 / (alpha * (1 + q)))) - 1);
        // Floating-point rounding can put the closed form one step off: settle on the exact smallest t.
        while (t > 0 && Tail(t - 1) <= alpha)
            t--;
        while (Tail(t) > alpha)
            t++;
        return new BigInteger(t);
    }

    /// <summary>
    /// The per-value confidence that makes <paramref name="count"/> intervals hold simultaneously with
    /// probability ≥ <paramref name="confidence"/> (union bound): 1 − (1 − confidence)/count.
    /// </summary>
    public static double SimultaneousConfidence(double confidence, int count)
    {
        CheckConfidence(confidence);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return 1 - (1 - confidence) / count;
    }

    private static BigInteger GaussianBySummation(double variance, double alpha)
    {
        double Weight(double x) => Math.Exp(-x * x / (2 * variance));
        var total = 1.0;
        for (var x = 1.0; ; x++)
        {
            var w = 2 * Weight(x);
            total += w;
            if (w < total * 1e-22)
                break;
        }
        // Mass outside [−t, t], walked down from the full total.
        var outside = total - 1;
        var t = 0.0;
        while (outside > alpha * total)
        {
            t++;
            outside -= 2 * Weight(t);
        }
        return new BigInteger(t);
    }

    private static BigInteger GaussianByNormal(double sigma, double alpha)
    {
        // P(|Z| > t) ≈ erfc((t + 1/2)/(σ√2)) for large σ.
        double Outside(double t) => NormalTail.Erfc((t + 0.5) / (sigma * Math.Sqrt(2)));
        double low = 0, high = sigma;
        while (Outside(high) > alpha)
            high *= 2;
        while (high - low > 1)
        {
            var middle = Math.Floor((low + high) / 2);
            if (Outside(middle) > alpha)
                low = middle;
            else
                high = middle;
        }
        return new BigInteger(Outside(low) <= alpha ? low : high);
    }

    private static void CheckConfidence(double confidence) =>
        PrivacyParameterException.ThrowIf(!(confidence > 0 && confidence < 1), nameof(confidence),
            "confidence must be strictly between 0 and 1, e.g. 0.95.");
}
