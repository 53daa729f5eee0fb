using System.Numerics;
using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Sampling;

/// <summary>
/// Exact discrete Laplace sampler: P(x) ∝ exp(−|x|/scale) on the integers, for rational scale &gt; 0
/// (Canonne, Kamath &amp; Steinke 2020, Algorithm 2). Integer arithmetic only.
/// </summary>
[Proven("docs/proofs/DiscreteLaplaceSampler.md")]
public static class DiscreteLaplaceSampler
{
    // Below this, every intermediate of the word-sized path fits in UInt128 (see the proof note).
    private static readonly BigInteger WordLimit = BigInteger.One << 62;

    /// <summary>One draw from the discrete Laplace distribution with the given scale (&gt; 0).</summary>
    public static BigInteger Sample(Rational scale, IRandomBits rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        PrivacyParameterException.ThrowIf(scale.Sign <= 0, nameof(scale), "The discrete Laplace scale must be greater than 0.");
        // scale = t/s: CKS Algorithm 2 takes the numerator t and the denominator s.
        if (scale.Numerator < WordLimit && scale.Denominator < WordLimit)
        {
            var (magnitude, negative) = SampleWord((ulong)scale.Numerator, (ulong)scale.Denominator, rng);
            var value = (BigInteger)magnitude;
            return negative ? -value : value;
        }
        return SampleBig(scale.Numerator, scale.Denominator, rng);
    }

    /// <summary>
    /// The word-sized path for t, s &lt; 2^62. X = U + t·V stays below 2^127 unless V reaches 2^64, i.e. unless
    /// 2^64 consecutive Bernoulli(e^−1) trials succeed; checked arithmetic turns that unreachable case into an error.
    /// </summary>
    internal static (UInt128 Magnitude, bool Negative) SampleWord(ulong t, ulong s, IRandomBits rng)
    {
        while (true)
        {
            var u = rng.UniformBelow(t);
            if (!BernoulliExpSampler.SampleFraction(u, t, rng))
                continue;
            UInt128 v = 0;
            while (BernoulliExpSampler.SampleFraction(1UL, 1UL, rng))
                v++;
            var x = checked(u + (UInt128)t * v);
            var y = s == 1 ? x : x / s;
            var negative = rng.NextBit();
            if (negative && y == 0)
                continue;
            return (y, negative);
        }
    }

    /// <summary>The same algorithm over <see cref="BigInteger"/> for scales whose parts do not fit a word.</summary>
    internal static BigInteger SampleBig(BigInteger t, BigInteger s, IRandomBits rng)
    {
        while (true)
        {
            var u = rng.UniformBelow(t);
            if (!BernoulliExpSampler.SampleFraction(u, t, rng))
                continue;
            var v = BigInteger.Zero;
            while (BernoulliExpSampler.SampleFraction(1UL, 1UL, rng))
                v++;
            var y = (u + t * v) / s;
            var negative = rng.NextBit();
            if (negative && y.IsZero)
                continue;
            return negative ? -y : y;
        }
    }
}
