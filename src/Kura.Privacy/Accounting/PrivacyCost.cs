using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Accounting;

/// <summary>
/// Privacy spent by one release or by a sequence of releases, kept in three exact, non-negative parts that
/// add under composition:
/// <list type="bullet">
/// <item><see cref="Rho"/> — zCDP ρ of discrete Gaussian releases (Σ ρᵢ).</item>
/// <item><see cref="Delta"/> — additive δ of group (partition) selection (Σ δᵢ).</item>
/// <item><see cref="PureEpsilon"/> — ε of pure-DP (discrete Laplace) releases (Σ εᵢ, basic composition).</item>
/// </list>
/// The whole is δ-approximately ρ-zCDP composed with PureEpsilon-DP; <see cref="BudgetAccountant"/> turns it
/// into one (ε, δ). Persist each part with <see cref="Rational.ToString"/> and read back with <see cref="Rational.Parse"/>.
/// </summary>
public sealed record PrivacyCost
{
    /// <summary>Creates a cost; every part must be ≥ 0.</summary>
    public PrivacyCost(Rational rho, Rational delta, Rational pureEpsilon)
    {
        PrivacyParameterException.ThrowIf(rho.Sign < 0, nameof(rho), "rho must be ≥ 0.");
        PrivacyParameterException.ThrowIf(delta.Sign < 0 || delta > Rational.One, nameof(delta), "delta must be in [0, 1].");
        PrivacyParameterException.ThrowIf(pureEpsilon.Sign < 0, nameof(pureEpsilon), "pure epsilon must be ≥ 0.");
        Rho = rho;
        Delta = delta;
        PureEpsilon = pureEpsilon;
    }

    /// <summary>Nothing spent.</summary>
    public static PrivacyCost Zero { get; } = new(Rational.Zero, Rational.Zero, Rational.Zero);

    /// <summary>zCDP ρ (≥ 0) of Gaussian releases.</summary>
    public Rational Rho { get; }

    /// <summary>Additive δ (≥ 0) of group selection.</summary>
    public Rational Delta { get; }

    /// <summary>ε (≥ 0) of pure-DP releases.</summary>
    public Rational PureEpsilon { get; }

    /// <summary>True when only pure ε was spent (no ρ, no δ): the only kind allowed under a δ = 0 budget.</summary>
    public bool IsPure => Rho.IsZero && Delta.IsZero;

    /// <summary>A ρ-zCDP release (discrete Gaussian).</summary>
    public static PrivacyCost FromRho(Rational rho) => new(rho, Rational.Zero, Rational.Zero);

    /// <summary>An ε-DP release (discrete Laplace).</summary>
    public static PrivacyCost FromPureEpsilon(Rational epsilon) => new(Rational.Zero, Rational.Zero, epsilon);

    /// <summary>Sequential composition: the parts add.</summary>
    public static PrivacyCost operator +(PrivacyCost a, PrivacyCost b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Rho + b.Rho, Rational.Min(Rational.One, a.Delta + b.Delta), a.PureEpsilon + b.PureEpsilon);
    }

    public override string ToString() => $"rho={Rho}, delta={Delta}, pureEpsilon={PureEpsilon}";
}
