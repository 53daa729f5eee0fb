using Kura.Privacy;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Mechanisms;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Domains;

namespace Kura.Synthesis.Mechanisms;

/// <summary>
/// Measures k marginals of a table (one row per person) with the discrete Gaussian, jointly ρ-zCDP: under
/// adding or removing one row each marginal changes in one cell by one, so Δ₂² = k and σ² = k/(2ρ) per cell
/// (Canonne, Kamath &amp; Steinke 2020, Thm 14). Exact integer noise; no floating point.
/// </summary>
[Proven("docs/proofs/MarginalMeasurement.md")]
public static class MarginalMeasurement
{
    /// <summary>
    /// Releases the given marginals (each a list of distinct column indices) at total cost exactly
    /// <paramref name="rho"/> (&gt; 0). Every cell, including empty ones, gets its own noise.
    /// </summary>
    public static IReadOnlyList<NoisyMarginal> Measure(EncodedTable table, IReadOnlyList<int[]> marginals, Rational rho, IRandomBits rng)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(marginals);
        ArgumentNullException.ThrowIfNull(rng);
        ParameterCheck.ThrowIf(marginals.Count == 0, nameof(marginals), "Measure at least one marginal.");
        var sigmaSquared = SigmaSquaredFor(rho, marginals.Count);
        var released = new List<NoisyMarginal>(marginals.Count);
        foreach (var columns in marginals)
        {
            var counts = MarginalCounts.Count(table, columns);
            for (var i = 0; i < counts.Length; i++)
                counts[i] = (long)GaussianMechanism.Release(counts[i], sigmaSquared, rng);
            released.Add(new NoisyMarginal(columns.ToArray(), counts, sigmaSquared));
        }
        return released;
    }

    /// <summary>σ² = k/(2ρ): the per-cell variance that makes k count marginals jointly ρ-zCDP (ρ &gt; 0, k ≥ 1). Exact.</summary>
    public static Rational SigmaSquaredFor(Rational rho, int marginalCount)
    {
        ParameterCheck.ThrowIf(marginalCount < 1, nameof(marginalCount), "Measure at least one marginal.");
        return GaussianMechanism.SigmaSquaredFor(rho, marginalCount);
    }
}
