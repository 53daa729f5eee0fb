using System.Numerics;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.StatisticalTests;

/// <summary>
/// Black-box privacy audit of a mechanism on neighbouring inputs x (true value c) and x' (c + Δ): for each
/// threshold T the event S_T = {output ≥ T} must satisfy P[M(x') ∈ S] ≤ e^ε·P[M(x) ∈ S] + δ, so
/// ln((p₁ − δ)/p₀) is a lower bound on ε. Clopper–Pearson bounds (p₁ from below, p₀ from above, Bonferroni
/// over thresholds) make the returned value a lower confidence bound at level 1 − <see cref="Alpha"/>.
/// </summary>
internal static class PrivacyAudit
{
    /// <summary>Total probability that the returned bound exceeds the mechanism's true ε.</summary>
    public const double Alpha = 1e-7;

    public static double EpsilonLowerBound(Func<IRandomBits, BigInteger> onX, Func<IRandomBits, BigInteger> onNeighbour, long[] thresholds, int runs, double delta)
    {
        var low = Draws.Histogram(runs, onX);
        var high = Draws.Histogram(runs, onNeighbour);
        var level = Alpha / (2 * thresholds.Length);
        var best = double.NegativeInfinity;
        foreach (var t in thresholds)
        {
            var k0 = low.Where(kv => kv.Key >= t).Sum(kv => kv.Value);
            var k1 = high.Where(kv => kv.Key >= t).Sum(kv => kv.Value);
            var p0Upper = ClopperPearson.Upper(k0, runs, level);
            var p1Lower = ClopperPearson.Lower(k1, runs, level);
            if (p1Lower - delta > 0)
                best = Math.Max(best, Math.Log((p1Lower - delta) / p0Upper));
        }
        return best;
    }
}
