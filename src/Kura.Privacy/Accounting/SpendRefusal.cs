namespace Kura.Privacy.Accounting;

/// <summary>Why <see cref="BudgetAccountant.TrySpend"/> refused a request.</summary>
public enum SpendRefusal
{
    /// <summary>Not refused.</summary>
    None = 0,
    /// <summary>The total ε would exceed the limit's ε.</summary>
    EpsilonExhausted = 1,
    /// <summary>The total δ would reach or exceed the limit's δ (no δ would be left for converting ρ).</summary>
    DeltaExhausted = 2,
    /// <summary>The limit has δ = 0 (pure DP) and the request spends ρ or δ.</summary>
    ApproximateDpNotAllowed = 3,
}
