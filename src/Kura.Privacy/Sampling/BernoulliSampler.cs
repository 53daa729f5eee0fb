using System.Numerics;
using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Sampling;

/// <summary>
/// Exact Bernoulli(p) for rational p: compares a lazily drawn uniform U ∈ [0, 1) with the binary expansion
/// of p bit by bit and returns U &lt; p (two random bits on average). No floating point.
/// </summary>
[Proven("docs/proofs/BernoulliSampler.md")]
public static class BernoulliSampler
{
    /// <summary>Returns true with probability exactly <paramref name="p"/> (0 ≤ p ≤ 1).</summary>
    public static bool Sample(Rational p, IRandomBits rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        PrivacyParameterException.ThrowIf(p.Sign < 0 || p > Rational.One, nameof(p),
            "A Bernoulli probability must be in [0, 1].");
        var numerator = p.Numerator;
        var denominator = p.Denominator;
        return denominator < (BigInteger.One << 62)
            ? SampleFraction((ulong)numerator, (ulong)denominator, rng)
            : SampleFraction(numerator, denominator, rng);
    }

    /// <summary>
    /// Bernoulli(n/d) for 0 ≤ n ≤ d, d ≥ 1. Precondition: 2d is representable in <typeparamref name="T"/>.
    /// </summary>
    internal static bool SampleFraction<T>(T numerator, T denominator, IRandomBits rng)
        where T : IBinaryInteger<T>
    {
        if (numerator >= denominator)
            return true;
        var remainder = numerator;
        while (!T.IsZero(remainder))
        {
            // Next binary digit of n/d by long division.
            remainder <<= 1;
            var digit = remainder >= denominator;
            if (digit)
                remainder -= denominator;
            // The first position where U and p differ decides U < p.
            if (rng.NextBit() != digit)
                return digit;
        }
        // p's remaining digits are all zero: U < p would need U's remaining bits below zero.
        return false;
    }
}
