using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Accounting;

/// <summary>
/// The outcome of <see cref="BudgetAccountant.TrySpend"/>.
/// </summary>
/// <param name="Allowed">True when the request fits the limit; the caller then persists <paramref name="Total"/>.</param>
/// <param name="Refusal">Why the request was refused; <see cref="SpendRefusal.None"/> when allowed.</param>
/// <param name="Total">The spent amount after the decision: spent + request when allowed, else spent unchanged.</param>
/// <param name="EpsilonSpent">ε of <paramref name="Total"/> at the limit's δ, rounded up; null when it has no finite ε.</param>
/// <param name="RemainingEpsilon">max(0, limit ε − EpsilonSpent) for display; 0 when EpsilonSpent is null.</param>
/// <param name="Explanation">One sentence for the analyst; never contains data values.</param>
public sealed record SpendDecision(
    bool Allowed,
    SpendRefusal Refusal,
    PrivacyCost Total,
    Rational? EpsilonSpent,
    Rational RemainingEpsilon,
    string Explanation);
