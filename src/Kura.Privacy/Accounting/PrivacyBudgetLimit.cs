using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Accounting;

/// <summary>
/// The (ε, δ)-DP guarantee a budget may never exceed: ε &gt; 0 and 0 ≤ δ &lt; 1. With δ = 0 only pure-ε
/// releases can be paid for.
/// </summary>
public sealed record PrivacyBudgetLimit
{
    public PrivacyBudgetLimit(Rational epsilon, Rational delta)
    {
        PrivacyParameterException.ThrowIf(epsilon.Sign <= 0, nameof(epsilon), "The budget's epsilon must be greater than 0.");
        PrivacyParameterException.ThrowIf(delta.Sign < 0 || delta >= Rational.One, nameof(delta), "The budget's delta must be in [0, 1).");
        Epsilon = epsilon;
        Delta = delta;
    }

    /// <summary>The limit from decimal values as a steward enters them (converted exactly).</summary>
    public static PrivacyBudgetLimit FromDecimal(decimal epsilon, decimal delta) =>
        new(Rational.FromDecimal(epsilon), Rational.FromDecimal(delta));

    /// <summary>ε of the overall (ε, δ)-DP guarantee; &gt; 0.</summary>
    public Rational Epsilon { get; }

    /// <summary>δ of the overall (ε, δ)-DP guarantee; in [0, 1).</summary>
    public Rational Delta { get; }
}
