using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Accounting;

/// <summary>
/// Decides whether a spend fits a budget; pure (no state, no I/O), so the catalog calls it inside the same
/// transaction that persists <see cref="SpendDecision.Total"/>.
/// Semantics: a total cost (ρ, δ_sel, ε_pure) against a limit (ε, δ) is allowed iff
/// <list type="bullet">
/// <item>δ = 0: ρ = 0, δ_sel = 0 and ε_pure ≤ ε (pure DP, basic composition);</item>
/// <item>δ &gt; 0: δ_sel ≤ δ (strictly &lt; δ when ρ &gt; 0) and
/// ε_pure + <see cref="ZcdpConversion.EpsilonUpperBound"/>(ρ, δ − δ_sel) ≤ ε.</item>
/// </list>
/// Then all releases together are (ε, δ)-DP: δ_sel-approximate ρ-zCDP ⇒ (ε_ρ, δ_sel + δ')-DP, and basic
/// composition with the ε_pure-DP releases (Bun &amp; Steinke 2016, §8; Dwork &amp; Roth 2014, Thm 3.16).
/// Equality with the limit is allowed; anything more is refused.
/// </summary>
[Proven("docs/proofs/BudgetAccountant.md")]
public static class BudgetAccountant
{
    /// <summary>Checks whether <paramref name="request"/> on top of <paramref name="spentSoFar"/> stays within <paramref name="limit"/>.</summary>
    public static SpendDecision TrySpend(PrivacyCost spentSoFar, PrivacyCost request, PrivacyBudgetLimit limit)
    {
        ArgumentNullException.ThrowIfNull(spentSoFar);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(limit);
        var total = spentSoFar + request;
        var refusal = Check(total, limit, out var epsilon);
        if (refusal == SpendRefusal.None)
            return new SpendDecision(true, refusal, total, epsilon, Remaining(epsilon, limit), "The request fits the budget.");
        Check(spentSoFar, limit, out var current);
        return new SpendDecision(false, refusal, spentSoFar, current, Remaining(current, limit), Explain(refusal));
    }

    /// <summary>
    /// ε of the (ε, δ_limit)-DP guarantee that <paramref name="spent"/> has, rounded up; null when it has none
    /// (ρ or δ spent under a pure budget, or δ exhausted while ρ &gt; 0).
    /// </summary>
    public static Rational? EpsilonSpent(PrivacyCost spent, PrivacyBudgetLimit limit)
    {
        ArgumentNullException.ThrowIfNull(spent);
        ArgumentNullException.ThrowIfNull(limit);
        var refusal = Check(spent, limit, out var epsilon);
        return refusal is SpendRefusal.None or SpendRefusal.EpsilonExhausted ? epsilon : null;
    }

    /// <summary>max(0, limit ε − ε spent) at the limit's δ, for display; 0 when nothing more can be spent.</summary>
    public static Rational RemainingEpsilon(PrivacyCost spent, PrivacyBudgetLimit limit) =>
        Remaining(EpsilonSpent(spent, limit), limit);

    /// <summary>
    /// The largest ρ (found by bisection, rounded down) that <see cref="TrySpend"/> would still allow on top of
    /// <paramref name="spent"/>; 0 when the limit is pure (δ = 0) or nothing is left.
    /// </summary>
    public static Rational MaxAdditionalRho(PrivacyCost spent, PrivacyBudgetLimit limit)
    {
        ArgumentNullException.ThrowIfNull(spent);
        ArgumentNullException.ThrowIfNull(limit);
        bool Fits(Rational rho) => TrySpend(spent, PrivacyCost.FromRho(rho), limit).Allowed;
        if (limit.Delta.IsZero || !Fits(Rational.Zero))
            return Rational.Zero;
        Rational low = 0, high = limit.Epsilon;
        for (var i = 0; i < 256 && Fits(high); i++)
        {
            low = high;
            high *= 2;
        }
        for (var i = 0; i < 64; i++)
        {
            var middle = (low + high) / 2;
            if (Fits(middle))
                low = middle;
            else
                high = middle;
        }
        return low;
    }

    private static SpendRefusal Check(PrivacyCost total, PrivacyBudgetLimit limit, out Rational? epsilon)
    {
        epsilon = null;
        if (limit.Delta.IsZero)
        {
            if (!total.IsPure)
                return SpendRefusal.ApproximateDpNotAllowed;
            epsilon = total.PureEpsilon;
        }
        else
        {
            var deltaLeft = limit.Delta - total.Delta;
            if (deltaLeft.Sign < 0 || (deltaLeft.IsZero && total.Rho.Sign > 0))
                return SpendRefusal.DeltaExhausted;
            epsilon = total.PureEpsilon + (total.Rho.IsZero ? Rational.Zero : ZcdpConversion.EpsilonUpperBound(total.Rho, deltaLeft));
        }
        return epsilon > limit.Epsilon ? SpendRefusal.EpsilonExhausted : SpendRefusal.None;
    }

    private static Rational Remaining(Rational? epsilon, PrivacyBudgetLimit limit) =>
        epsilon is { } spent ? Rational.Max(Rational.Zero, limit.Epsilon - spent) : Rational.Zero;

    private static string Explain(SpendRefusal refusal) => refusal switch
    {
        SpendRefusal.EpsilonExhausted => "The request would take the total epsilon past the budget; ask for a smaller epsilon or rho, or for a new budget.",
        SpendRefusal.DeltaExhausted => "The request would use up the budget's delta; release without group selection or ask for a new budget.",
        SpendRefusal.ApproximateDpNotAllowed => "The budget has delta = 0, so only pure-epsilon (Laplace) releases without group selection can be paid for.",
        _ => "The request fits the budget.",
    };
}
