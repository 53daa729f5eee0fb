using System.Numerics;
using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Mechanisms;

/// <summary>
/// Thresholds for releasing group keys that are not public: a group is released only if its noisy count is
/// strictly greater than τ. A group that exists only because of one person (true count ≤ c) then appears with
/// probability ≤ δ over all k groups that person can touch, which adds δ to the guarantee of the noisy counts
/// (Wilson et al. 2020, "Differentially private SQL with bounded user contribution"; Desfontaines et al. 2022).
/// </summary>
[Proven("docs/proofs/PartitionSelection.md")]
public static class PartitionSelection
{
    /// <summary>
    /// The smallest τ found with k·P(c + Z &gt; τ) ≤ δ for Z ~ N_Z(0, σ²), using a rigorous upper bound on the
    /// tail. Release groups with noisy count &gt; τ. σ² &gt; 0, k ≥ 1 groups per person, c ≥ 1 rows per group per
    /// person, 0 &lt; δ &lt; 1. Cost: δ on top of the counts' ρ.
    /// </summary>
    public static BigInteger GaussianThreshold(Rational sigmaSquared, int maxPartitionsPerPerson, BigInteger maxContribution, Rational delta)
    {
        PrivacyParameterException.ThrowIf(sigmaSquared.Sign <= 0, nameof(sigmaSquared), "sigma² must be greater than 0.");
        Validate(maxPartitionsPerPerson, maxContribution, delta);
        return Threshold(m => NoiseTailBounds.DiscreteGaussianUpper(sigmaSquared, m), maxPartitionsPerPerson, maxContribution, delta);
    }

    /// <summary>
    /// The pure-ε analogue: the smallest τ with k·P(c + Z &gt; τ) ≤ δ for discrete Laplace Z of the given scale
    /// (&gt; 0). Release groups with noisy count &gt; τ. Cost: δ on top of the counts' ε.
    /// </summary>
    public static BigInteger LaplaceThreshold(Rational scale, int maxPartitionsPerPerson, BigInteger maxContribution, Rational delta)
    {
        PrivacyParameterException.ThrowIf(scale.Sign <= 0, nameof(scale), "The Laplace scale must be greater than 0.");
        Validate(maxPartitionsPerPerson, maxContribution, delta);
        return Threshold(m => NoiseTailBounds.DiscreteLaplaceUpper(scale, m), maxPartitionsPerPerson, maxContribution, delta);
    }

    /// <summary>True when a group with this noisy count may be released under threshold τ (strictly above).</summary>
    public static bool IsReleased(BigInteger noisyCount, BigInteger threshold) => noisyCount > threshold;

    // τ = c + m − 1 where m ≥ 1 is the smallest shift with k·tail(m) ≤ δ: P(c + Z > τ) = P(Z ≥ m).
    private static BigInteger Threshold(Func<BigInteger, Rational> tailUpper, int k, BigInteger c, Rational delta)
    {
        bool Fits(BigInteger m) => k * tailUpper(m) <= delta;
        BigInteger low = 0, high = 1;
        while (!Fits(high))
        {
            low = high;
            high *= 2;
        }
        // Invariant: Fits(high); low = 0 or !Fits(low). The tail bound decreases in m.
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (Fits(middle))
                high = middle;
            else
                low = middle;
        }
        return c + high - 1;
    }

    private static void Validate(int maxPartitionsPerPerson, BigInteger maxContribution, Rational delta)
    {
        PrivacyParameterException.ThrowIf(maxPartitionsPerPerson < 1, nameof(maxPartitionsPerPerson),
            "The number of groups one person may touch must be at least 1.");
        PrivacyParameterException.ThrowIf(maxContribution < 1, nameof(maxContribution),
            "The per-group contribution bound must be at least 1.");
        PrivacyParameterException.ThrowIf(delta.Sign <= 0 || delta >= Rational.One, nameof(delta),
            "delta for group selection must be strictly between 0 and 1.");
    }
}
