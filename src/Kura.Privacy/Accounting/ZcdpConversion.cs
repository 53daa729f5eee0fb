using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Accounting;

/// <summary>
/// Conversions between zCDP and (ε, δ)-DP, rounded in the direction that adds privacy. ε-DP ⇒ ε²/2-zCDP
/// (Bun &amp; Steinke 2016, Prop 1.4); ρ-zCDP ⇒ (ε, δ)-DP for ε = ρ + 2√(ρ ln(1/δ)) (ibid., Prop 1.3) and, for
/// every order α &gt; 1, ε = αρ + (ln(1/δ) + (α−1)ln(1−1/α) − ln α)/(α−1) (Canonne, Kamath &amp; Steinke 2020, Prop 12).
/// </summary>
[Proven("docs/proofs/ZcdpConversion.md")]
public static class ZcdpConversion
{
    private const int Bits = 64;
    private const int SearchSteps = 64;

    /// <summary>ε²/2: the zCDP ρ implied by an ε-DP release (ε ≥ 0). Exact.</summary>
    public static Rational RhoForPureEpsilon(Rational epsilon)
    {
        PrivacyParameterException.ThrowIf(epsilon.Sign < 0, nameof(epsilon), "epsilon must be ≥ 0.");
        return epsilon * epsilon / 2;
    }

    /// <summary>
    /// An ε (rounded up to a multiple of 2^-64) such that ρ-zCDP implies (ε, δ)-DP; ρ ≥ 0, 0 &lt; δ &lt; 1.
    /// The smaller of the two bounds in the summary, each evaluated with outward-rounded ln and sqrt.
    /// </summary>
    public static Rational EpsilonUpperBound(Rational rho, Rational delta)
    {
        PrivacyParameterException.ThrowIf(rho.Sign < 0, nameof(rho), "rho must be ≥ 0.");
        CheckDelta(delta);
        return rho.IsZero ? Rational.Zero : EpsilonFromLogInverse(rho, LogInverseUpper(delta));
    }

    /// <summary>
    /// The largest ρ found (by bisection, rounded down) with <see cref="EpsilonUpperBound"/>(ρ, δ) ≤ ε;
    /// ε ≥ 0, 0 &lt; δ &lt; 1. Using it as a spend never exceeds (ε, δ).
    /// </summary>
    public static Rational MaxRhoWithin(Rational epsilon, Rational delta)
    {
        PrivacyParameterException.ThrowIf(epsilon.Sign < 0, nameof(epsilon), "epsilon must be ≥ 0.");
        CheckDelta(delta);
        if (epsilon.IsZero)
            return Rational.Zero;
        var logInverse = LogInverseUpper(delta);
        bool Fits(Rational rho) => rho.IsZero || EpsilonFromLogInverse(rho, logInverse) <= epsilon;
        Rational low = 0, high = epsilon;
        for (var i = 0; i < 256 && Fits(high); i++)
        {
            low = high;
            high *= 2;
        }
        // Invariant: low = 0 or Fits(low); high does not fit.
        for (var i = 0; i < SearchSteps; i++)
        {
            var middle = (low + high) / 2;
            if (Fits(middle))
                low = middle;
            else
                high = middle;
        }
        var shorter = Rational.RoundToSignificantBits(low, Bits, up: false);
        return Fits(shorter) ? shorter : low;
    }

    /// <summary>Upper bound on ln(1/δ), 0 &lt; δ &lt; 1.</summary>
    internal static Rational LogInverseUpper(Rational delta) => Rational.LnUpper(delta.Reciprocal(), Bits);

    /// <summary>ρ &gt; 0, <paramref name="logInverseDeltaUpper"/> ≥ ln(1/δ).</summary>
    internal static Rational EpsilonFromLogInverse(Rational rho, Rational logInverseDeltaUpper)
    {
        var classic = rho + 2 * Rational.SqrtUpper(rho * logInverseDeltaUpper, Bits);
        var best = classic;
        var order = RenyiOrder.Choose(rho.ToDouble(), logInverseDeltaUpper.ToDouble());
        if (order is { } alpha)
            best = Rational.Min(best, RenyiBound(rho, logInverseDeltaUpper, alpha));
        // (ε', δ)-DP with ε' < 0 implies (0, δ)-DP.
        return Rational.Max(Rational.Zero, best).CeilingToBinaryPlaces(Bits);
    }

    /// <summary>αρ + (L + (α−1)·ln(1−1/α) − ln α)/(α−1), each logarithm bounded from the side that enlarges ε.</summary>
    private static Rational RenyiBound(Rational rho, Rational logInverseDeltaUpper, Rational alpha)
    {
        var alphaMinusOne = alpha - 1;
        var numerator = logInverseDeltaUpper
            + alphaMinusOne * Rational.LnUpper(alphaMinusOne / alpha, Bits)
            - Rational.LnLower(alpha, Bits);
        return alpha * rho + numerator / alphaMinusOne;
    }

    private static void CheckDelta(Rational delta) =>
        PrivacyParameterException.ThrowIf(delta.Sign <= 0 || delta >= Rational.One, nameof(delta),
            "delta must be strictly between 0 and 1 to convert zCDP to (epsilon, delta)-DP.");
}
