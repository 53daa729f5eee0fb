using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;
using Kura.Sql.Planning;

namespace Kura.Sql.Release;

/// <summary>
/// The exact privacy cost of a DP query, known before it runs so the engine can reserve it durably before any
/// noisy value exists. zCDP mode spends ρ = ε²/2 (the ρ of a pure ε-DP release); pure mode spends ε. Group
/// keys without a public domain add the partition-selection δ.
/// </summary>
public static class DpQueryCost
{
    /// <summary>The cost of releasing <paramref name="plan"/> once.</summary>
    public static PrivacyCost For(DpQueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Cost;
    }

    /// <param name="mode">Accounting mode.</param>
    /// <param name="epsilon">The query's ε (&gt; 0).</param>
    /// <param name="partitionDelta">δ of partition selection, or null when every key is public.</param>
    /// <param name="rho">Explicit zCDP ρ to spend instead of ε²/2 (zCDP mode only).</param>
    public static PrivacyCost For(PrivacyMode mode, decimal epsilon, decimal? partitionDelta, Rational? rho = null)
    {
        var e = Rational.FromDecimal(epsilon);
        var delta = partitionDelta is { } d ? Rational.FromDecimal(d) : Rational.Zero;
        return mode == PrivacyMode.Zcdp
            ? new PrivacyCost(rho ?? ZcdpConversion.RhoForPureEpsilon(e), delta, Rational.Zero)
            : new PrivacyCost(Rational.Zero, delta, e);
    }
}
