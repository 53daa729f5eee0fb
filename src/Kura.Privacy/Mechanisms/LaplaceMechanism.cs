using System.Numerics;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.Mechanisms;

/// <summary>
/// The discrete Laplace (geometric) mechanism for integer-valued queries. Guarantee: adding discrete Laplace
/// noise of scale Δ₁/ε to a query with L1 sensitivity Δ₁ is ε-DP (Ghosh, Roughgarden &amp; Sundararajan 2009;
/// Canonne, Kamath &amp; Steinke 2020, §2).
/// </summary>
[Proven("docs/proofs/LaplaceMechanism.md")]
public static class LaplaceMechanism
{
    /// <summary>scale = Δ₁/ε for ε &gt; 0 and L1 sensitivity Δ₁ &gt; 0 (e.g. k·c for k groups of at most c each). Exact.</summary>
    public static Rational ScaleFor(Rational epsilon, Rational l1Sensitivity)
    {
        PrivacyParameterException.ThrowIf(epsilon.Sign <= 0, nameof(epsilon), "epsilon must be greater than 0.");
        PrivacyParameterException.ThrowIf(l1Sensitivity.Sign <= 0, nameof(l1Sensitivity),
            "The L1 sensitivity must be greater than 0; bound each person's contribution first.");
        return l1Sensitivity / epsilon;
    }

    /// <summary>The exact value plus one discrete Laplace draw with the given scale (&gt; 0).</summary>
    public static BigInteger Release(BigInteger exact, Rational scale, IRandomBits rng) =>
        exact + DiscreteLaplaceSampler.Sample(scale, rng);

    /// <summary>
    /// The smallest integer t with P(|Z| ≤ t) ≥ <paramref name="confidence"/> (0 &lt; confidence &lt; 1) for the
    /// discrete Laplace Z of this scale, from the closed form P(|Z| &gt; t) = 2q^(t+1)/(1+q), q = e^(−1/scale).
    /// </summary>
    public static BigInteger ConfidenceHalfWidth(Rational scale, double confidence) =>
        NoiseQuantiles.DiscreteLaplaceHalfWidth(scale, confidence);
}
