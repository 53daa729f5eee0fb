namespace Kura.Core;

/// <summary>
/// A project's total (ε, δ) budget as the steward granted it. Decimal keeps user-entered values
/// exact; the accountant converts them to rationals.
/// </summary>
public sealed record PrivacyBudget
{
    public PrivacyBudget(decimal epsilon, decimal delta)
    {
        if (epsilon <= 0)
            throw KuraException.BadInput("KURA-BUDGET-INVALID", $"Budget epsilon must be greater than 0 (got {epsilon}).");
        if (delta < 0 || delta >= 1)
            throw KuraException.BadInput("KURA-BUDGET-INVALID", $"Budget delta must be in [0, 1) (got {delta}).");
        Epsilon = epsilon;
        Delta = delta;
    }

    public decimal Epsilon { get; }
    public decimal Delta { get; }
}
