using Kura.Privacy;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;

namespace Kura.Synthesis.Mechanisms;

/// <summary>
/// The exponential mechanism over integer scores, sampled exactly: P(i) ∝ exp(ε·qᵢ/(2Δ)). ε-DP (McSherry &amp;
/// Talwar 2007) and ε-bounded-range, hence ε²/8-zCDP (Cesar &amp; Rogers 2021, Lemma 3.2 and Thm 3.4).
/// Rejection sampling: a uniform candidate is kept with probability exp(−ε(q* − qᵢ)/(2Δ)) by the exact
/// Bernoulli(exp(−γ)) sampler; no floating point.
/// </summary>
[Proven("docs/proofs/ExponentialSelection.md")]
public static class ExponentialSelection
{
    /// <summary>
    /// Picks one index of <paramref name="scores"/> (≥ 1 candidate). <paramref name="sensitivity"/> (≥ 1) must bound
    /// how much any score changes when one person is added or removed; <paramref name="epsilon"/> ≥ 0 (0 picks uniformly).
    /// Expected number of trials ≤ the number of candidates.
    /// </summary>
    public static int Select(IReadOnlyList<long> scores, Rational epsilon, long sensitivity, IRandomBits rng)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(rng);
        ParameterCheck.ThrowIf(scores.Count == 0, nameof(scores), "The exponential mechanism needs at least one candidate.");
        ParameterCheck.ThrowIf(epsilon.Sign < 0, nameof(epsilon), "The exponential mechanism needs epsilon ≥ 0 (0 picks uniformly).");
        ParameterCheck.ThrowIf(sensitivity < 1, nameof(sensitivity), "The score sensitivity must be at least 1.");
        var best = scores.Max();
        var scale = epsilon / (2 * (Rational)sensitivity);
        while (true)
        {
            var candidate = (int)rng.UniformBelow((ulong)scores.Count);
            // γ ≥ 0, and γ = 0 for the best candidate, so each trial succeeds with probability ≥ 1/m.
            var gamma = scale * (best - scores[candidate]);
            if (BernoulliExpSampler.Sample(gamma, rng))
                return candidate;
        }
    }

    /// <summary>ε²/8: the zCDP cost of one selection at <paramref name="epsilon"/> (≥ 0). Exact.</summary>
    public static Rational ZcdpCost(Rational epsilon)
    {
        ParameterCheck.ThrowIf(epsilon.Sign < 0, nameof(epsilon), "epsilon must be ≥ 0.");
        return epsilon * epsilon / 8;
    }

    /// <summary>
    /// The largest ε (rounded down to a multiple of 2^-64) whose <paramref name="rounds"/> selections cost at most
    /// <paramref name="rho"/> together: ε = √(8ρ/rounds), so rounds·ε²/8 ≤ ρ. rho ≥ 0, rounds ≥ 1.
    /// </summary>
    public static Rational EpsilonWithin(Rational rho, int rounds)
    {
        ParameterCheck.ThrowIf(rho.Sign < 0, nameof(rho), "rho must be ≥ 0.");
        ParameterCheck.ThrowIf(rounds < 1, nameof(rounds), "rounds must be at least 1.");
        return Rational.SqrtLower(8 * rho / rounds, 64);
    }
}
