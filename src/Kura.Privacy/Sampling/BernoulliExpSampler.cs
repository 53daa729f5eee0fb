using System.Numerics;
using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Sampling;

/// <summary>
/// Exact Bernoulli(exp(−γ)) for rational γ ≥ 0 (Canonne, Kamath &amp; Steinke 2020, Algorithm 1).
/// Uses only Bernoulli draws with rational probabilities; no floating point.
/// </summary>
[Proven("docs/proofs/BernoulliExpSampler.md")]
public static class BernoulliExpSampler
{
    /// <summary>Returns true with probability exactly exp(−<paramref name="gamma"/>), γ ≥ 0.</summary>
    public static bool Sample(Rational gamma, IRandomBits rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        PrivacyParameterException.ThrowIf(gamma.Sign < 0, nameof(gamma), "Bernoulli(exp(-gamma)) needs gamma ≥ 0.");
        return gamma.Denominator < (BigInteger.One << 62) && gamma.Numerator < (BigInteger.One << 126)
            ? SampleFraction((UInt128)gamma.Numerator, (UInt128)gamma.Denominator, rng)
            : SampleFraction(gamma.Numerator, gamma.Denominator, rng);
    }

    /// <summary>Bernoulli(exp(−n/d)) for n ≥ 0, d ≥ 1. Precondition: 2d is representable in <typeparamref name="T"/>.</summary>
    internal static bool SampleFraction<T>(T numerator, T denominator, IRandomBits rng)
        where T : IBinaryInteger<T>
    {
        if (numerator <= denominator)
            return SampleAtMostOne(numerator, denominator, rng);
        // exp(−γ) = exp(−1)^floor(γ) · exp(−(γ − floor(γ))): all independent trials must succeed.
        var whole = numerator / denominator;
        for (var i = T.Zero; i < whole; i++)
        {
            if (!SampleAtMostOne(T.One, T.One, rng))
                return false;
        }
        return SampleAtMostOne(numerator % denominator, denominator, rng);
    }

    /// <summary>
    /// γ = n/d ∈ [0, 1]: K ← 1; while Bernoulli(γ/K) succeeds, K ← K + 1; return K odd.
    /// P(K &gt; k) = γ^k/k!, so P(K odd) = Σ (−γ)^k/k! = exp(−γ).
    /// </summary>
    private static bool SampleAtMostOne<T>(T numerator, T denominator, IRandomBits rng)
        where T : IBinaryInteger<T>
    {
        ulong k = 1;
        // Bernoulli(γ/K) as the conjunction of independent Bernoulli(γ) and Bernoulli(1/K).
        while (BernoulliSampler.SampleFraction(numerator, denominator, rng)
               && BernoulliSampler.SampleFraction(1UL, k, rng))
            k++;
        return (k & 1) == 1;
    }
}
