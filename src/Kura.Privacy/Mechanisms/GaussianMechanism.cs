using System.Numerics;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.Mechanisms;

/// <summary>
/// The discrete Gaussian mechanism for integer-valued queries. Guarantee: adding N_Z(0, σ²) to a query with
/// L2 sensitivity Δ₂ is Δ₂²/(2σ²)-zCDP (Canonne, Kamath &amp; Steinke 2020, Thm 14; Bun &amp; Steinke 2016).
/// </summary>
[Proven("docs/proofs/GaussianMechanism.md")]
public static class GaussianMechanism
{
    /// <summary>
    /// σ² = Δ₂²/(2ρ): the variance that makes a query with squared L2 sensitivity
    /// <paramref name="l2SensitivitySquared"/> (&gt; 0, e.g. k·c² for k groups of at most c each) ρ-zCDP (ρ &gt; 0).
    /// Exact; no rounding.
    /// </summary>
    public static Rational SigmaSquaredFor(Rational rho, Rational l2SensitivitySquared)
    {
        PrivacyParameterException.ThrowIf(rho.Sign <= 0, nameof(rho), "rho (zCDP) must be greater than 0.");
        PrivacyParameterException.ThrowIf(l2SensitivitySquared.Sign <= 0, nameof(l2SensitivitySquared),
            "The squared L2 sensitivity must be greater than 0; bound each person's contribution first.");
        return l2SensitivitySquared / (2 * rho);
    }

    /// <summary>The exact value plus one discrete Gaussian draw with variance parameter σ² (&gt; 0).</summary>
    public static BigInteger Release(BigInteger exact, Rational sigmaSquared, IRandomBits rng) =>
        exact + DiscreteGaussianSampler.Sample(sigmaSquared, rng);

    /// <summary>
    /// The smallest integer t with P(|Z| ≤ t) ≥ <paramref name="confidence"/> (0 &lt; confidence &lt; 1) for
    /// Z ~ N_Z(0, σ²), so [released − t, released + t] is a confidence interval for the exact value.
    /// Post-processing of public parameters only.
    /// </summary>
    public static BigInteger ConfidenceHalfWidth(Rational sigmaSquared, double confidence) =>
        NoiseQuantiles.DiscreteGaussianHalfWidth(sigmaSquared, confidence);
}
