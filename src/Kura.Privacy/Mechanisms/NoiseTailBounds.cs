using System.Numerics;
using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Mechanisms;

/// <summary>
/// Rigorous upper bounds on P(Z ≥ m), m ≥ 1, for the discrete noise distributions, computed with exact
/// rationals and outward-rounded exp/sqrt bounds. Used to set thresholds that must not under-state δ.
/// </summary>
internal static class NoiseTailBounds
{
    private const int Bits = 64;

    // A rational just below π: lower-bounding the normaliser √(2πσ²) keeps the tail bound an upper bound.
    private static readonly Rational PiLower = new(314159, 100000);

    /// <summary>
    /// Z ~ N_Z(0, σ²): P(Z ≥ m) ≤ e^(−m²/2σ²) / ((1 − e^(−m/σ²)) · max(1, √(2πσ²))).
    /// Numerator: Σ_{j≥0} e^(−(m+j)²/2σ²) ≤ e^(−m²/2σ²) Σ_j e^(−mj/σ²). Normaliser: Σ_Z e^(−x²/2σ²) ≥ 1 and
    /// ≥ √(2πσ²) (Poisson summation: it equals √(2πσ²)·Σ_k e^(−2π²σ²k²)).
    /// </summary>
    public static Rational DiscreteGaussianUpper(Rational sigmaSquared, BigInteger m)
    {
        var numerator = ExpUpper(-(Rational)(m * m) / (2 * sigmaSquared));
        var geometric = Rational.One - ExpUpper(-(Rational)m / sigmaSquared);
        if (geometric.Sign <= 0)
            return Rational.One;
        var normaliser = Rational.Max(Rational.One, Rational.SqrtLower(2 * PiLower * sigmaSquared, Bits));
        return Rational.Min(Rational.One, numerator / (geometric * normaliser));
    }

    /// <summary>
    /// Z discrete Laplace with scale b: P(Z ≥ m) = q^m/(1 + q) exactly, q = e^(−1/b); bounded above by
    /// ExpUpper(−m/b) / (1 + ExpLower(−1/b)).
    /// </summary>
    public static Rational DiscreteLaplaceUpper(Rational scale, BigInteger m) =>
        ExpUpper(-(Rational)m / scale) / (1 + ExpLower(-scale.Reciprocal()));

    // e^x for x ≤ 0, with arguments below −10^5 clamped: e^(−10^5) still bounds e^x from above, 0 from below.
    private static readonly Rational ClampAt = -100_000;

    private static Rational ExpUpper(Rational x) => Rational.ExpUpper(Rational.Max(x, ClampAt), Bits);

    private static Rational ExpLower(Rational x) => x < ClampAt ? Rational.Zero : Rational.ExpLower(x, Bits);
}
